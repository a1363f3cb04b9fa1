import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import type { Action, ActionStatus, Meeting, Person } from '../../../shared/model';
import { ActionCellHeadings, ActionCells, EditActionCell, EditActionHeading } from './ActionCells';

interface ActionLogTableProps {
  actions: Action[];
  people: Person[];
  meetings: Meeting[];
  today: string;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
}

/** The action log: actions from every meeting, each linked to the meeting it came from. */
export function ActionLogTable({
  actions,
  people,
  meetings,
  today,
  onStatusChange,
  onEdit,
}: ActionLogTableProps) {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  return (
    <table className="data-table">
      <caption className="visually-hidden">Action log</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <ActionCellHeadings />
          <th scope="col">From meeting</th>
          <EditActionHeading />
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
                onStatusChange={onStatusChange}
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
              <EditActionCell action={action} name={`“${action.description}”`} onEdit={onEdit} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
