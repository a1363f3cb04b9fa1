import { useCallback, useRef, useSyncExternalStore } from 'react';
import {
  createMeeting,
  listMeetings,
  meetingsMap,
  type Meeting,
  type MeetingInput,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';

/** Every meeting in the workspace, newest first; re-renders on any change, local or synced. */
export function useMeetings(): Meeting[] {
  const { doc } = useWorkspace().store;
  // useSyncExternalStore needs a stable snapshot: recompute only after the map changes.
  const cache = useRef<{ doc: typeof doc; meetings: Meeting[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = meetingsMap(doc);
      const observer = () => {
        cache.current = null;
        onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, meetings: listMeetings(doc) };
    return cache.current.meetings;
  }, [doc]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** Returns a function that adds a meeting and gives back its id (throws MeetingInputError). */
export function useCreateMeeting(): (input: MeetingInput) => string {
  const { doc } = useWorkspace().store;
  return useCallback((input: MeetingInput) => createMeeting(doc, input), [doc]);
}
