import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { isOverdue, type Action, type Meeting, type Person } from '../../../shared/model';
import { dueLabel, ownerLabel } from './action-labels';
import { ActionStatusSelect } from './ActionStatusSelect';

interface ActionLogTableProps {
  actions: Action[];
  people: Person[];
  meetings: Meeting[];
  today: string;
}

/** Every action with its owner, due date, status and the meeting it came from. */
export function ActionLogTable({ actions, people, meetings, today }: ActionLogTableProps) {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  return (
    <table className="data-table">
      <caption className="visually-hidden">Action log</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">From meeting</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const meeting = meetingById.get(action.meetingId);
          const overdue = isOverdue(action, today);
          return (
            <tr key={action.id}>
              <th scope="row">{action.description}</th>
              <td>{ownerLabel(action, people)}</td>
              <td>
                <span className="actions-table-date">{dueLabel(action.due)}</span>
                {overdue && <strong className="overdue-tag">Overdue</strong>}
              </td>
              <td>
                <ActionStatusSelect action={action} label={`Status of “${action.description}”`} />
              </td>
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
