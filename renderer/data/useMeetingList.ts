import { useSyncExternalStore } from 'react';
import type { MeetingListCopy } from './startup/meeting-list-page';
import type { ObservedValue } from './observed-value';
import { useWorkspaceStart } from './WorkspaceProvider';
import type { Meeting } from '../../shared/model/meeting-record';

const nothing: ObservedValue<null> = { subscribe: () => () => undefined, getSnapshot: () => null };

/**
 * The meetings list for the first screen, from the best source read so far: the document once
 * it has loaded; before that the copy this device keeps (meeting-list-copy.ts); before that
 * its first page as last shown (first-screen.ts), if it is this workspace's. Null while there
 * is none of them: this device's first start with this workspace. Reads the document through
 * the store, so that this, on the start-up path, imports neither Yjs nor the model.
 */
export function useMeetingList(): MeetingListCopy | null {
  const { firstScreen, start, store, docLoaded } = useWorkspaceStart();
  const source: ObservedValue<Meeting[] | null> = store && docLoaded ? store.meetingList : nothing;
  const fromDoc = useSyncExternalStore(source.subscribe, source.getSnapshot);
  if (fromDoc) return { meetings: fromDoc, total: fromDoc.length };
  const firstPage =
    !start || firstScreen?.workspaceId === start.workspaceId ? firstScreen?.list : null;
  return start?.meetingList ?? firstPage ?? null;
}
