import { readGroupProfile } from '../../shared/model';
import { isDesktopApp } from '../platform/desktop';
import { quorumApi } from '../platform/quorum-api';
import { startBackups } from './backups/backup-scheduler';
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
 * What follows a load: backups start (desktop app), hosting starts again if this computer
 * hosts, Settings lists it, and meetings not yet in the decision log and the list's minutes
 * status are read into them in the background (mirror-backfill.ts), at idle moments, one
 * meeting at a time.
 */
export function afterWorkspaceLoaded(store: WorkspaceStore): void {
  void store.mirrors.backfill.run();
  // The desktop app keeps backups by itself; a browser has the workspace file only.
  if (isDesktopApp()) startBackups(store, quorumApi);
  void resumeHosting(quorumApi, store);
  void rememberWorkspace(store.localDb, {
    id: store.workspaceId,
    name: readGroupProfile(store.doc).name,
  });
}
