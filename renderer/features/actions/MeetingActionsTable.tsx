import type { Action, ActionStatus, AgendaItem, Person } from '../../../shared/model';
import { itemLabel } from './action-labels';
import { ActionCellHeadings, ActionCells, EditActionCell, EditActionHeading } from './ActionCells';

interface MeetingActionsTableProps {
  caption: string;
  /** In the order to show them, each with its reference (A1, A2 …). */
  rows: readonly { ref: string; action: Action }[];
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  today: string;
  onStatusChange: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
}

/** The actions one meeting agreed, by reference, with the agenda item each came from. */
export function MeetingActionsTable({
  caption,
  rows,
  people,
  agenda,
  today,
  onStatusChange,
  onEdit,
}: MeetingActionsTableProps) {
  return (
    <table className="data-table actions-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Action</th>
          <ActionCellHeadings />
          <th scope="col">Agenda item</th>
          <EditActionHeading />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ ref, action }) => {
          const item = agenda.find((candidate) => candidate.id === action.itemId);
          return (
            <tr key={action.id}>
              <th scope="row">{ref}</th>
              <td>{action.description}</td>
              <ActionCells
                action={action}
                people={people}
                today={today}
                statusLabel={`Status of ${ref}`}
                onStatusChange={onStatusChange}
              />
              <td>{item ? itemLabel(item) : <span className="muted">Not linked</span>}</td>
              <EditActionCell action={action} name={ref} onEdit={onEdit} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
