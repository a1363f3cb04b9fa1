import type { Action, AgendaItem, Person } from '../../../shared/model';
import { itemLabel } from './action-labels';
import { ActionCellHeadings, ActionCells } from './ActionCells';

interface MeetingActionsTableProps {
  caption: string;
  /** In the order to show them, each with its reference (A1, A2 …). */
  rows: readonly { ref: string; action: Action }[];
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  today: string;
}

/** The actions one meeting agreed, by reference, with the agenda item each came from. */
export function MeetingActionsTable({
  caption,
  rows,
  people,
  agenda,
  today,
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
              />
              <td>{item ? itemLabel(item) : <span className="muted">Not linked</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
