import { useState } from 'react';
import { Link } from 'wouter';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import { localIsoDate } from '../../../shared/format/local-date';
import type { Meeting } from '../../../shared/model/meeting-record';
import { FIRST_PAGE } from '../../data/startup/meeting-list-page';
import { useRowsInTwoFrames } from '../../ui/useRowsInTwoFrames';
import './meeting-list.css';

/** Years of quarterly meetings add up: show the newest first, a page at a time. */
const PAGE_SIZE = FIRST_PAGE;

/** Cards drawn in the first frame, more than a window shows; the rest of the page follow. */
const FIRST_FRAME_CARDS = 15;

const MINUTES_STATUS = { draft: 'Draft minutes', approved: 'Approved minutes' } as const;

function MeetingCard({ meeting, held }: { meeting: Meeting; held: boolean }) {
  return (
    <li className="meeting-card">
      <h3 className="meeting-card-title">
        <Link href={`/meetings/${meeting.id}/agenda`}>{meeting.title}</Link>
      </h3>
      <p className="meeting-card-when">{describeMeetingWhenWhere(meeting)}</p>
      {held && (
        <p className={`meeting-card-status meeting-card-status--${meeting.minutesStatus}`}>
          {MINUTES_STATUS[meeting.minutesStatus]}
        </p>
      )}
    </li>
  );
}

/**
 * `meetings` (newest first) may be the newest few of `total` while start-up's copy is all
 * there is: the rest arrive moments later (WorkspaceProvider), and a page asked for meanwhile
 * shows then. Split by the local calendar date into upcoming (soonest first) and past.
 */
export function MeetingList({ meetings, total }: { meetings: Meeting[]; total: number }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = meetings.slice(0, shown);
  const remaining = total - visible.length;
  const drawn = useRowsInTwoFrames(visible, FIRST_FRAME_CARDS);
  const today = localIsoDate();
  const upcoming = drawn.filter((m) => m.date >= today).reverse();
  const past = drawn.filter((m) => m.date < today);
  return (
    <>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading" className="meeting-group">
          <h2 id="upcoming-heading">Upcoming</h2>
          <ul className="meeting-list" aria-label="Upcoming meetings">
            {upcoming.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} held={false} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-heading" className="meeting-group">
          <h2 id="past-heading">Past</h2>
          <ul className="meeting-list" aria-label="Past meetings">
            {past.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} held />
            ))}
          </ul>
        </section>
      )}
      {remaining > 0 && (
        <p className="meeting-list-more">
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, remaining)} earlier meetings
          </button>{' '}
          <span>
            ({remaining} not shown of {total})
          </span>
        </p>
      )}
    </>
  );
}
