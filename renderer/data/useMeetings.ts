import { useCallback, useSyncExternalStore } from 'react';
import {
  createMeeting,
  getMeeting,
  meetingsMap,
  type Meeting,
  type MeetingInput,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useObserved } from './useObserved';

/** Every meeting in the workspace, newest first; re-renders on any change, local or synced. */
export function useMeetings(): Meeting[] {
  // The store's live list, which the meetings screen also reads (useMeetingList).
  const { meetingList } = useWorkspace().store;
  return useSyncExternalStore(meetingList.subscribe, meetingList.getSnapshot);
}

/** One meeting's index entry (title, date, times, venue), or null if there is none. */
export function useMeetingSummary(meetingId: string): Meeting | null {
  const { doc } = useWorkspace().store;
  return useObserved(
    useCallback(() => [meetingsMap(doc)], [doc]),
    useCallback(() => getMeeting(doc, meetingId), [doc, meetingId]),
  );
}

/** Returns a function that adds a meeting and gives back its id (throws InputError). */
export function useCreateMeeting(): (input: MeetingInput) => string {
  const { doc } = useWorkspace().store;
  return useCallback((input: MeetingInput) => createMeeting(doc, input), [doc]);
}
