import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { LoggedDecision } from '../../../shared/model';
import { minutesItemHref } from '../minutes/item-anchor';
import { useJourney } from '../../data/useJourney';
import { AddAsEvidence } from '../journey/AddAsEvidence';
import { draftFromDecision } from '../journey/evidence-form';

/**
 * The decisions found, each linked to its meeting and to the item it was taken under in that
 * meeting's minutes, where the item's heading takes focus.
 */
export function DecisionLogTable({ decisions }: { decisions: readonly LoggedDecision[] }) {
  // A group with a journey can record a decision as its evidence from here.
  const hasJourney = useJourney() !== null;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Decisions</caption>
      <thead>
        <tr>
          <th scope="col">Decision</th>
          <th scope="col">Meeting</th>
          <th scope="col">Agenda item</th>
          {hasJourney && <th scope="col">Journey evidence</th>}
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
            {hasJourney && (
              <td>
                <AddAsEvidence
                  subject={decision.text}
                  draft={() => draftFromDecision(decision)}
                  recordedBy={(entry) =>
                    entry.meetingId === decision.meetingId &&
                    entry.decisionId === decision.decisionId
                  }
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
