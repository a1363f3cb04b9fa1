import type * as Y from 'yjs';
import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { Meeting } from '../../../shared/model';
import { usePreviousMeeting, usePreviousMinutesResolution } from '../../data/useApproval';
import { useMeetingDoc } from '../../data/useMeetingDoc';
import { ResolutionForm } from './ResolutionForm';
import { ResolutionText } from './ResolutionText';
import { MinutesSummaryLine } from './MinutesSummaryLine';
import './approval.css';

/**
 * Under "Minutes of the previous meeting": the previous meeting's draft minutes (a link and a
 * summary), and the chair's resolution, which approves them. Once recorded, the resolution.
 */
export function PreviousMinutesPanel({ meetingId, doc }: { meetingId: string; doc: Y.Doc }) {
  const previous = usePreviousMeeting(meetingId);
  const resolution = usePreviousMinutesResolution(doc);
  if (resolution) return <ResolutionText resolution={resolution} />;
  if (!previous)
    return (
      <p className="previous-minutes">
        There is no earlier meeting in this workspace, so there are no minutes to approve.
      </p>
    );
  return <PreviousMeetingMinutes previous={previous} doc={doc} />;
}

function PreviousMeetingMinutes({ previous, doc }: { previous: Meeting; doc: Y.Doc }) {
  const state = useMeetingDoc(previous.id);
  const when = formatLongDate(previous.date);
  return (
    <div className="previous-minutes">
      <p>
        <Link href={`/meetings/${previous.id}/minutes`}>Open the minutes of {when}</Link>
      </p>
      {state.status === 'loading' && <p role="status">Opening the minutes of {when}…</p>}
      {state.status === 'failed' && (
        <p role="alert">
          The minutes of {when} could not be opened, so they cannot be approved here:{' '}
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <MinutesSummaryLine doc={state.doc} when={when} />
          <ResolutionForm doc={doc} previousDoc={state.doc} when={when} />
        </>
      )}
    </div>
  );
}
