import { isOverdue, type Action, type ActionStatus, type Person } from '../../../shared/model';
import { dueLabel } from './action-labels';
import { ActionOwner } from './ActionOwner';
import { ActionStatusSelect } from './ActionStatusSelect';

/** The column headings for ActionCells, in the same order. */
export function ActionCellHeadings() {
  return (
    <>
      <th scope="col">Owner</th>
      <th scope="col">Due</th>
      <th scope="col">Status</th>
    </>
  );
}

interface ActionCellsProps {
  action: Action;
  people: readonly Person[];
  today: string;
  /** Names the status select, which sits in a row of many. */
  statusLabel: string;
  onStatusChange: (action: Action, status: ActionStatus) => void;
}

/**
 * What every action table shows of an action: its owner, its due date, flagged in words when
 * overdue (not by colour alone), and its status, changeable where it stands.
 */
export function ActionCells({
  action,
  people,
  today,
  statusLabel,
  onStatusChange,
}: ActionCellsProps) {
  return (
    <>
      <td>
        <ActionOwner action={action} people={people} />
      </td>
      <td>
        <span className="actions-table-date">{dueLabel(action.due)}</span>
        {isOverdue(action, today) && <strong className="overdue-tag">Overdue</strong>}
      </td>
      <td>
        <ActionStatusSelect action={action} label={statusLabel} onChange={onStatusChange} />
      </td>
    </>
  );
}

/** The heading over EditActionCell, read out but not shown: the buttons say what they do. */
export function EditActionHeading() {
  return (
    <th scope="col">
      <span className="visually-hidden">Corrections</span>
    </th>
  );
}

/** "Edit", naming the action for screen readers: the row's last cell. */
export function EditActionCell({
  action,
  name,
  onEdit,
}: {
  action: Action;
  /** How the row names the action: its reference (A1) or its text. */
  name: string;
  onEdit: (action: Action) => void;
}) {
  return (
    <td>
      <button type="button" className="button button--small" onClick={() => onEdit(action)}>
        Edit<span className="visually-hidden"> {name}</span>
      </button>
    </td>
  );
}
