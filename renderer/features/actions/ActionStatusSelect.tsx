import {
  actionStatuses,
  updateAction,
  type Action,
  type ActionStatus,
} from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { statusLabels } from './action-labels';

/** Changes one action's status where it stands; `label` names the action for screen readers. */
export function ActionStatusSelect({ action, label }: { action: Action; label: string }) {
  const workspace = useWorkspaceDoc();
  return (
    <select
      className="select select--compact"
      aria-label={label}
      value={action.status}
      onChange={(event) =>
        updateAction(workspace, action.id, { status: event.target.value as ActionStatus })
      }
    >
      {actionStatuses.map((status) => (
        <option key={status} value={status}>
          {statusLabels[status]}
        </option>
      ))}
    </select>
  );
}
