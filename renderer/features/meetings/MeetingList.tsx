import { useState } from 'react';
import { Link } from 'wouter';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import type { Meeting } from '../../../shared/model';

/** Years of quarterly meetings add up: show the newest first, a page at a time. */
const PAGE_SIZE = 50;

export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = meetings.slice(0, shown);
  const remaining = meetings.length - visible.length;
  return (
    <>
      <ul className="meeting-list" aria-label="Meetings">
        {visible.map((meeting) => (
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
            ({remaining} not shown of {meetings.length})
          </span>
        </p>
      )}
    </>
  );
}
