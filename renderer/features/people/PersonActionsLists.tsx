import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { ACTION_STATUS_LABELS } from '../../../shared/format/action-status';
import type { Action } from '../../../shared/model';
import { usePersonActions } from '../../data/usePersonRecord';

function ActionsTable({ caption, actions }: { caption: string; actions: Action[] }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <td>
              <Link href={`/meetings/${action.meetingId}/actions`}>{action.description}</Link>
            </td>
            <td>{action.due ? formatLongDate(action.due) : 'No date'}</td>
            <td>{ACTION_STATUS_LABELS[action.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The person's actions from every meeting: still to do, then done or dropped. */
export function PersonActionsLists({ personId }: { personId: string }) {
  const { open, past } = usePersonActions(personId);
  return (
    <section aria-labelledby="person-actions-heading" className="person-section">
      <h2 id="person-actions-heading">Actions</h2>
      {open.length === 0 ? (
        <p>No open actions.</p>
      ) : (
        <ActionsTable caption={`Open (${open.length})`} actions={open} />
      )}
      {past.length === 0 ? (
        <p>No past actions.</p>
      ) : (
        <ActionsTable caption={`Done or dropped (${past.length})`} actions={past} />
      )}
    </section>
  );
}
