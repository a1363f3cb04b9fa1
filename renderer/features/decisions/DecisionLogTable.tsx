import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { LoggedDecision } from '../../../shared/model';
import { minutesItemHref } from '../minutes/item-anchor';

/**
 * The decisions found, each linked to its meeting and to the item it was taken under in that
 * meeting's minutes, where the item's heading takes focus.
 */
export function DecisionLogTable({ decisions }: { decisions: readonly LoggedDecision[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Decisions</caption>
      <thead>
        <tr>
          <th scope="col">Decision</th>
          <th scope="col">Meeting</th>
          <th scope="col">Agenda item</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr key={`${decision.meetingId}/${decision.decisionId}`}>
            <th scope="row">{decision.text}</th>
            <td>
              <Link href={`/meetings/${decision.meetingId}/agenda`}>
                {formatLongDate(decision.meeting.date)}: {decision.meeting.title}
              </Link>
            </td>
            <td>
              <Link href={minutesItemHref(decision.meetingId, decision.itemId)}>
                Item {decision.itemNumber}: {decision.itemTitle}
                <span className="visually-hidden">, in the minutes</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
