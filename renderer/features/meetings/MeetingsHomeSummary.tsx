import { Link, useLocation } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import { useMeetingsHome } from '../../data/useMeetingsHome';
import { JourneyHomePanel } from '../journey/JourneyHomePanel';
import { usePrepareNextMeeting } from '../../data/usePrepareNextMeeting';
import { StatusMessage } from '../../ui/StatusMessage';
import './meetings-home.css';
import { countOf } from '../../../shared/format/count';

/**
 * Where the group stands in its cycle: the next meeting (or "Prepare next meeting" from the
 * last one held), minutes still awaiting approval, and the open and overdue actions. Loaded
 * after the list, with the workspace document.
 */
export function MeetingsHomeSummary() {
  const home = useMeetingsHome();
  const { progress, prepare } = usePrepareNextMeeting();
  const [, navigate] = useLocation();
  const prepareNext = async (fromId: string) => {
    const nextId = await prepare(fromId);
    if (nextId) navigate(`/meetings/${nextId}/agenda`);
  };
  return (
    <div className="home-summary">
      <section className="home-panel" aria-labelledby="home-next-heading">
        <h2 id="home-next-heading">Next meeting</h2>
        {home.next ? (
          <p>
            <Link href={`/meetings/${home.next.id}/agenda`}>{home.next.title}</Link>
            <br />
            {describeMeetingWhenWhere(home.next)}
          </p>
        ) : (
          <p>No meeting is arranged yet.</p>
        )}
        {home.prepareFrom && (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => home.prepareFrom && void prepareNext(home.prepareFrom.id)}
            >
              Prepare next meeting
            </button>
            <p className="field-hint">
              After {formatLongDate(home.prepareFrom.date)}: its date of next meeting, or a quarter
              on, with the standard agenda and the items carried forward.
            </p>
          </>
        )}
        <StatusMessage progress={progress} failedPrefix="The next meeting was not prepared." />
      </section>
      <section className="home-panel" aria-labelledby="home-minutes-heading">
        <h2 id="home-minutes-heading">Minutes awaiting approval</h2>
        {home.awaitingApproval.length === 0 ? (
          <p>None: every meeting held has approved minutes.</p>
        ) : (
          <ul className="home-minutes">
            {home.awaitingApproval.slice(0, 3).map((meeting) => (
              <li key={meeting.id}>
                <Link href={`/meetings/${meeting.id}/minutes`}>{formatLongDate(meeting.date)}</Link>
                , draft minutes
              </li>
            ))}
            {home.awaitingApproval.length > 3 && (
              <li>and {home.awaitingApproval.length - 3} more</li>
            )}
          </ul>
        )}
      </section>
      <section className="home-panel" aria-labelledby="home-actions-heading">
        <h2 id="home-actions-heading">Actions</h2>
        <p>
          <Link href="/actions">{countOf(home.openActions, 'open action', 'open actions')}</Link>
          {home.overdueActions > 0 && (
            <>
              , <strong className="overdue-count">{home.overdueActions} overdue</strong>
            </>
          )}
        </p>
      </section>
      <JourneyHomePanel />
    </div>
  );
}
