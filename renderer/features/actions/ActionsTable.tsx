import { isOverdue, type Action, type AgendaItem, type Person } from '../../../shared/model';
import { dueLabel, itemLabel, ownerLabel } from './action-labels';
import { ActionStatusSelect } from './ActionStatusSelect';

interface ActionsTableProps {
  caption: string;
  /** In the order to show them, each with its reference (A1, A2 …). */
  rows: readonly { ref: string; action: Action }[];
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  today: string;
}

/** The meeting's action log as a real table, each status changeable where it stands. */
export function ActionsTable({ caption, rows, people, agenda, today }: ActionsTableProps) {
  return (
    <table className="data-table actions-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Agenda item</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ ref, action }) => {
          const item = agenda.find((candidate) => candidate.id === action.itemId);
          const overdue = isOverdue(action, today);
          return (
            <tr key={action.id}>
              <th scope="row">{ref}</th>
              <td>{action.description}</td>
              <td>{ownerLabel(action, people)}</td>
              <td>
                <span className="actions-table-date">{dueLabel(action.due)}</span>
                {overdue && <strong className="overdue-tag">Overdue</strong>}
              </td>
              <td>
                <ActionStatusSelect action={action} label={`Status of ${ref}`} />
              </td>
              <td>{item ? itemLabel(item) : <span className="muted">Not linked</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
