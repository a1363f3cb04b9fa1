import { useState } from 'react';
import { Link } from 'wouter';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import type { Meeting } from '../../../shared/model/meeting-record';
import { FIRST_PAGE } from '../../data/startup/meeting-list-page';
import { useRowsInTwoFrames } from '../../ui/useRowsInTwoFrames';

/** Years of quarterly meetings add up: show the newest first, a page at a time. */
const PAGE_SIZE = FIRST_PAGE;

/** Cards drawn in the first frame, more than a window shows; the rest of the page follow. */
const FIRST_FRAME_CARDS = 15;

/**
 * `meetings` may be the newest few of `total` while start-up's copy is all there is: the rest
 * arrive moments later (WorkspaceProvider), and a page asked for meanwhile shows then.
 */
export function MeetingList({ meetings, total }: { meetings: Meeting[]; total: number }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = meetings.slice(0, shown);
  const remaining = total - visible.length;
  const drawn = useRowsInTwoFrames(visible, FIRST_FRAME_CARDS);
  return (
    <>
      <ul className="meeting-list" aria-label="Meetings">
        {drawn.map((meeting) => (
          <li key={meeting.id} className="meeting-card">
            <h2 className="meeting-card-title">
              <Link href={`/meetings/${meeting.id}/agenda`}>{meeting.title}</Link>
            </h2>
            <p className="meeting-card-when">{describeMeetingWhenWhere(meeting)}</p>
          </li>
        ))}
      </ul>
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
