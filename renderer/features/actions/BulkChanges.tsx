import { useState } from 'react';
import { actionStatuses, type ActionStatus, type Person } from '../../../shared/model';
import { statusLabels } from './action-labels';

interface BulkChangesProps {
  /** How many of the selected actions are still shown (a filter may have hidden some). */
  count: number;
  people: Person[];
  onStatus: (status: ActionStatus) => void;
  onOwner: (personId: string) => void;
  onClear: () => void;
}

/** Changes the status or the owner of every selected action in one step. */
export function BulkChanges({ count, people, onStatus, onOwner, onClear }: BulkChangesProps) {
  const [status, setStatus] = useState<ActionStatus>('done');
  const [owner, setOwner] = useState('');
  const none = count === 0;
  return (
    <section className="register-bulk" aria-labelledby="register-bulk-heading">
      <h2 id="register-bulk-heading" className="register-bulk-heading">
        {none
          ? 'No actions selected'
          : count === 1
            ? '1 action selected'
            : `${count} actions selected`}
      </h2>
      <div className="register-bulk-controls">
        <div className="field">
          <label htmlFor="register-bulk-status">New status</label>
          <select
            id="register-bulk-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
          >
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={none} onClick={() => onStatus(status)}>
          Change status
        </button>
        <div className="field">
          <label htmlFor="register-bulk-owner">New owner</label>
          <select id="register-bulk-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">Choose a person</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={none || owner === ''}
          onClick={() => onOwner(owner)}
        >
          Change owner
        </button>
        <button type="button" className="button" disabled={none} onClick={onClear}>
          Clear selection
        </button>
      </div>
    </section>
  );
}
