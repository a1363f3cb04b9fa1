import { useId, useState, type FormEvent } from 'react';
import { ACTION_STATUS_LABELS } from '../../../shared/format/action-status';
import {
  ACTION_RAG_LABELS,
  actionStatuses,
  type ActionStatus,
  type MatterArising,
  type Person,
} from '../../../shared/model';
import type { GivenUpdate } from '../../data/useMattersArising';
import { dueLabel } from '../actions/action-labels';
import { ActionOwner } from '../actions/ActionOwner';
import { describeActionUpdate } from '../../../shared/format/action-update';

interface MatterArisingRowProps {
  matter: MatterArising;
  people: readonly Person[];
  onUpdate: (actionId: string, update: GivenUpdate) => void;
  headingLevel: 'h4' | 'h5';
}

/**
 * One action under matters arising: where it came from, who owns it, when it is due and its
 * RAG state (in words as well as colour), the updates given on it at this meeting, and the
 * form that gives one more: a new status and a short note, recorded in one step.
 */
export function MatterArisingRow({
  matter,
  people,
  onUpdate,
  headingLevel,
}: MatterArisingRowProps) {
  const Heading = headingLevel;
  const id = useId();
  const { action, reference, rag, updates } = matter;
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      onUpdate(action.id, { status: status || null, note });
      setStatus('');
      setNote('');
      setMessage({ error: false, text: `Update recorded for ${reference}.` });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <li className="matter" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="matter-title">
        <span className="matter-ref">{reference}</span> {action.description}
      </Heading>
      <p className="matter-facts">
        <span>
          Owner: <ActionOwner action={action} people={people} />
        </span>
        <span>Due: {dueLabel(action.due)}</span>
        <span>Status: {ACTION_STATUS_LABELS[action.status]}</span>
        <span className={`rag-tag rag-tag--${rag.replace(' ', '-')}`}>
          {ACTION_RAG_LABELS[rag]}
        </span>
      </p>
      {updates.length > 0 && (
        <ul className="matter-updates" aria-label={`Updates given on ${reference}`}>
          {updates.map((update) => (
            <li key={`${update.at}-${update.by}-${update.note}`}>{describeActionUpdate(update)}</li>
          ))}
        </ul>
      )}
      <form className="matter-form" onSubmit={submit} aria-label={`Update on ${reference}`}>
        <div className="field">
          <label htmlFor={`${id}-status`}>
            New status<span className="visually-hidden"> for {reference}</span>
          </label>
          <select
            id={`${id}-status`}
            className="select"
            value={status}
            onChange={(event) => setStatus(event.target.value as ActionStatus | '')}
          >
            <option value="">No change ({ACTION_STATUS_LABELS[action.status]})</option>
            {actionStatuses
              .filter((s) => s !== action.status)
              .map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
          </select>
        </div>
        <div className="field matter-note">
          <label htmlFor={`${id}-note`}>
            Progress note<span className="visually-hidden"> for {reference}</span>
          </label>
          <input
            id={`${id}-note`}
            type="text"
            maxLength={1000}
            value={note}
            placeholder="Update given: …"
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Record update<span className="visually-hidden"> on {reference}</span>
        </button>
      </form>
      <p
        className={message?.error ? 'field-error' : 'matter-status'}
        role={message?.error ? 'alert' : 'status'}
      >
        {message?.text}
      </p>
    </li>
  );
}
