import { useCallback } from 'react';
import {
  createMeeting,
  getMeeting,
  listMeetings,
  meetingsMap,
  type Meeting,
  type MeetingInput,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useObserved } from './useObserved';

/** Every meeting in the workspace, newest first; re-renders on any change, local or synced. */
export function useMeetings(): Meeting[] {
  const { doc } = useWorkspace().store;
  return useObserved(
    useCallback(() => [meetingsMap(doc)], [doc]),
    useCallback(() => listMeetings(doc), [doc]),
  );
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
