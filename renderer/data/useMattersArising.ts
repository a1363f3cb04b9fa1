import { useCallback } from 'react';
import {
  actionsMap,
  listMattersArising,
  meetingsMap,
  recordActionUpdate,
  type ActionStatus,
  type MatterArising,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useObserved } from './useObserved';

/**
 * The actions that come back to `meetingId` as matters arising. Observes the action log and
 * the meetings index: recording an update changes the action (its updatedAt) in the same
 * transaction as its history, so the history needs no observer of its own.
 */
export function useMattersArising(meetingId: string): MatterArising[] {
  const { doc } = useWorkspace().store;
  return useObserved(
    useCallback(() => [actionsMap(doc), meetingsMap(doc)], [doc]),
    useCallback(() => listMattersArising(doc, meetingId), [doc, meetingId]),
  );
}

export interface GivenUpdate {
  status: ActionStatus | null;
  note: string;
}

/**
 * Records an update given on an action at `meetingId`, signed with the name this person shows
 * to others while syncing ('' if they have given none). Throws with words to show if refused.
 */
export function useRecordActionUpdate(
  meetingId: string,
): (actionId: string, update: GivenUpdate) => void {
  const { store } = useWorkspace();
  return useCallback(
    (actionId: string, update: GivenUpdate) =>
      recordActionUpdate(store.doc, actionId, {
        ...update,
        meetingId,
        by: store.sync.currentUser.name,
      }),
    [store, meetingId],
  );
}
