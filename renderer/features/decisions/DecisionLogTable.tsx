import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { LoggedDecision } from '../../../shared/model';

/** The decisions found, each linked to the minutes of the meeting and item it was taken under. */
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
              <Link href={`/meetings/${decision.meetingId}/minutes`}>
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
