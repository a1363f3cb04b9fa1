import {
  describeAgendaTotal,
  formatMinutes,
  meetingLengthMinutes,
} from '../../../shared/format/durations';
import { totalAllottedMinutes, type AgendaItem } from '../../../shared/model';

interface AgendaTotalProps {
  items: readonly AgendaItem[];
  startTime: string;
  endTime: string;
}

/**
 * The time the agenda needs against the meeting's length. An overrun gets a warning in words
 * with an icon, so it never depends on colour alone (WCAG 1.4.1).
 */
export function AgendaTotal({ items, startTime, endTime }: AgendaTotalProps) {
  const total = totalAllottedMinutes(items);
  const length = meetingLengthMinutes(startTime, endTime);
  if (total === 0) {
    return <p className="agenda-total">No time is allotted to any item.</p>;
  }
  if (length === 0) {
    return <p className="agenda-total">Total {formatMinutes(total)}</p>;
  }
  const standing = describeAgendaTotal(total, length);
  return (
    <div className={standing.over ? 'agenda-total agenda-total--over' : 'agenda-total'}>
      <p className="agenda-total-text">{standing.text}</p>
      {standing.over && (
        <p className="warning-text">
          <span className="warning-icon" aria-hidden="true">
            !
          </span>
          <strong>
            <span className="visually-hidden">Warning: </span>
            The agenda is {formatMinutes(total - length)} longer than the meeting. Shorten or remove
            items, or change the meeting’s end time.
          </strong>
        </p>
      )}
    </div>
  );
}
