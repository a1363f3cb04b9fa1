import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import type { Meeting } from '../../../shared/model';

export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  return (
    <ul className="meeting-list" aria-label="Meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="meeting-card">
          <h2 className="meeting-card-title">{meeting.title}</h2>
          <p className="meeting-card-when">{describeMeetingWhenWhere(meeting)}</p>
        </li>
      ))}
    </ul>
  );
}
