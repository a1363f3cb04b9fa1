import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { Action, Meeting, Person } from '../../../shared/model';
import { ActionCellHeadings, ActionCells } from './ActionCells';

interface ActionLogTableProps {
  actions: Action[];
  people: Person[];
  meetings: Meeting[];
  today: string;
}

/** The action log: actions from every meeting, each linked to the meeting it came from. */
export function ActionLogTable({ actions, people, meetings, today }: ActionLogTableProps) {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  return (
    <table className="data-table">
      <caption className="visually-hidden">Action log</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <ActionCellHeadings />
          <th scope="col">From meeting</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const meeting = meetingById.get(action.meetingId);
          return (
            <tr key={action.id}>
              <th scope="row">{action.description}</th>
              <ActionCells
                action={action}
                people={people}
                today={today}
                statusLabel={`Status of “${action.description}”`}
              />
              <td>
                {meeting ? (
                  <Link href={`/meetings/${meeting.id}/actions`}>
                    {meeting.title}, {formatLongDate(meeting.date)}
                  </Link>
                ) : (
                  'Meeting not found'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
