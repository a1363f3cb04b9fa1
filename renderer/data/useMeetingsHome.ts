import { useCallback, useSyncExternalStore } from 'react';
import { localIsoDate } from '../../shared/format/local-date';
import { actionsMap, listActions } from '../../shared/model';
import { summariseMeetingsHome, type MeetingsHome } from './meetings-home';
import { useObserved } from './useObserved';
import { useWorkspace } from './WorkspaceProvider';

/** The meetings home's summary, from the workspace document, as of today's local date. */
export function useMeetingsHome(): MeetingsHome {
  const { store } = useWorkspace();
  const { doc, meetingList } = store;
  const meetings = useSyncExternalStore(meetingList.subscribe, meetingList.getSnapshot);
  const actions = useObserved(
    useCallback(() => [actionsMap(doc)], [doc]),
    useCallback(() => listActions(doc), [doc]),
  );
  return summariseMeetingsHome(meetings, actions, localIsoDate());
}
