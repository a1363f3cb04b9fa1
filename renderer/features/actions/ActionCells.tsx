import { isOverdue, type Action, type Person } from '../../../shared/model';
import { dueLabel, ownerLabel } from './action-labels';
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
}

/**
 * What every action table shows of an action: its owner, its due date, flagged in words when
 * overdue (not by colour alone), and its status, changeable where it stands.
 */
export function ActionCells({ action, people, today, statusLabel }: ActionCellsProps) {
  return (
    <>
      <td>{ownerLabel(action, people)}</td>
      <td>
        <span className="actions-table-date">{dueLabel(action.due)}</span>
        {isOverdue(action, today) && <strong className="overdue-tag">Overdue</strong>}
      </td>
      <td>
        <ActionStatusSelect action={action} label={statusLabel} />
      </td>
    </>
  );
}
