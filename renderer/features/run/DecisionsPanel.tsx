import { useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addItemNote, removeItemNote, type AgendaItem } from '../../../shared/model';
import { useItemNotes } from '../../data/useMeetingData';
import { Field } from '../../ui/Field';

/**
 * Decisions taken on the current item, recorded as they are agreed ("Agreed quarterly
 * meetings"). Keyed by item by its parent, so a half-typed decision never lands on another item.
 */
export function DecisionsPanel({ doc, item }: { doc: Y.Doc; item: AgendaItem }) {
  const decisions = useItemNotes(doc, item.id, 'decisions');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Field keeps its input to itself, so reach it through the form.
  const focusField = () => form.current?.querySelector('input')?.focus();

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Enter the decision');
      focusField();
      return;
    }
    addItemNote(doc, item.id, 'decisions', text);
    setText('');
    setError(undefined);
    setStatus(`Decision recorded: ${text.trim()}`);
  };

  const remove = (id: string, removed: string) => {
    removeItemNote(doc, item.id, 'decisions', id);
    setStatus(`Decision removed: ${removed}`);
    focusField();
  };

  return (
    <section className="panel run-decisions" aria-labelledby="run-decisions-heading">
      <h3 id="run-decisions-heading">Decisions on item {item.number}</h3>
      {decisions.length === 0 ? (
        <p className="run-muted">No decisions recorded on this item yet.</p>
      ) : (
        <ul className="run-decision-list">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <span>{decision.text}</span>
              <button
                type="button"
                className="button run-remove"
                onClick={() => remove(decision.id, decision.text)}
              >
                Remove<span className="visually-hidden"> decision: {decision.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form ref={form} noValidate className="run-decision-form" onSubmit={record}>
        <Field
          label="Decision"
          hint="For example, Agreed quarterly meetings"
          value={text}
          error={error}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          Record decision
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
