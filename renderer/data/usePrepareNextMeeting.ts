import { useCallback, useState } from 'react';
import { formatLongDate } from '../../shared/format/dates';
import { errorText, IDLE, type Progress } from './progress';
import { prepareNextMeetingOnDevice } from './prepare-next-meeting';
import { useWorkspace } from './WorkspaceProvider';

export interface PrepareNextMeeting {
  progress: Progress;
  /** Prepares (or finds) the meeting after `previousMeetingId`; resolves with its id, or null. */
  prepare(previousMeetingId: string): Promise<string | null>;
}

/** "Prepare next meeting", reporting how it went for a StatusMessage. */
export function usePrepareNextMeeting(): PrepareNextMeeting {
  const { store } = useWorkspace();
  const [progress, setProgress] = useState<Progress>(IDLE);
  const prepare = useCallback(
    async (previousMeetingId: string) => {
      setProgress({ stage: 'working', text: 'Preparing the next meeting…' });
      try {
        const next = await prepareNextMeetingOnDevice(
          store.doc,
          store.meetings,
          previousMeetingId,
          {
            settle: (ids) => store.sync.settle(ids),
          },
        );
        setProgress({
          stage: 'done',
          text: `The next meeting, ${formatLongDate(next.date)}, is prepared.`,
        });
        return next.meetingId;
      } catch (error) {
        setProgress({ stage: 'failed', text: errorText(error) });
        return null;
      }
    },
    [store],
  );
  return { progress, prepare };
}
