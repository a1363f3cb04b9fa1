import { readGroupProfile } from '../../shared/model';
import { quorumApi } from '../platform/quorum-api';
import { resumeHosting } from './sync/hosting';
import { rememberWorkspace } from './known-workspaces';
import type { WorkspaceStore } from './workspace-store';

/**
 * The code that opens the workspace document, Yjs and sync with it. WorkspaceProvider
 * imports this module only once the first screen is on screen, so that start-up neither
 * fetches nor runs it.
 */
export { createWorkspaceStore } from './workspace-store';

/**
 * What follows a load: hosting starts again if this computer hosts, Settings lists it, and
 * meetings not yet in the decision log and the list's minutes status are read into them in
 * the background (mirror-backfill.ts), at idle moments, one meeting at a time.
 */
export function afterWorkspaceLoaded(store: WorkspaceStore): void {
  void store.mirrors.backfill.run();
  void resumeHosting(quorumApi, store);
  void rememberWorkspace(store.localDb, {
    id: store.workspaceId,
    name: readGroupProfile(store.doc).name,
  });
}
