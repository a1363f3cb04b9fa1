import { useSyncExternalStore } from 'react';
import type { MeetingListCopy } from './meeting-list-copy';
import type { ObservedValue } from './observed-value';
import { useWorkspaceStart } from './WorkspaceProvider';
import type { Meeting } from '../../shared/model/meeting-record';

const nothing: ObservedValue<null> = { subscribe: () => () => undefined, getSnapshot: () => null };

/**
 * The meetings list for the first screen: from the document once it has loaded, and until
 * then from the copy this device keeps (meeting-list-copy.ts). Null while there is neither:
 * this device's first start with this workspace. Reads the document through the store, so
 * that this, on the start-up path, imports neither Yjs nor the model.
 */
export function useMeetingList(): MeetingListCopy | null {
  const { start, store, docLoaded } = useWorkspaceStart();
  const source: ObservedValue<Meeting[] | null> = store && docLoaded ? store.meetingList : nothing;
  const fromDoc = useSyncExternalStore(source.subscribe, source.getSnapshot);
  return fromDoc ? { meetings: fromDoc, total: fromDoc.length } : start.meetingList;
}
