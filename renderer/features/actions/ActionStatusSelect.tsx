import { actionStatuses, type Action, type ActionStatus } from '../../../shared/model';
import { statusLabels } from './action-labels';

interface ActionStatusSelectProps {
  action: Action;
  /** Names the action for screen readers. */
  label: string;
  /** Writes the change and says what happened (useActionCorrections.statusChanged). */
  onChange: (action: Action, status: ActionStatus) => void;
}

/** Changes one action's status where it stands. */
export function ActionStatusSelect({ action, label, onChange }: ActionStatusSelectProps) {
  return (
    <select
      className="select select--compact"
      aria-label={label}
      value={action.status}
      onChange={(event) => onChange(action, event.target.value as ActionStatus)}
    >
      {actionStatuses.map((status) => (
        <option key={status} value={status}>
          {statusLabels[status]}
        </option>
      ))}
    </select>
  );
}
