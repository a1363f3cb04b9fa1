import { useState, type FormEvent } from 'react';
import {
  AGENDA_PURPOSE_LABELS,
  addStandardAgendaItem,
  moveStandardAgendaItem,
  removeStandardAgendaItem,
  type AgendaSection,
} from '../../../shared/model';
import { useStandardAgenda, useWorkspaceDoc } from '../../data/useWorkspaceData';
import { Field } from '../../ui/Field';

/**
 * The agenda every new meeting starts with. Opening items come before the meeting's own
 * items and closing items after them; existing meetings keep the agenda they started with.
 */
export function StandardAgendaPanel() {
  const workspace = useWorkspaceDoc();
  const items = useStandardAgenda();
  const [title, setTitle] = useState('');
  const [section, setSection] = useState<AgendaSection>('opening');
  const [error, setError] = useState<string | undefined>();

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('Enter a title for the item');
    addStandardAgendaItem(workspace, { title, section });
    setTitle('');
    setError(undefined);
  };

  return (
    <section className="panel" aria-labelledby="standard-agenda-heading">
      <h2 id="standard-agenda-heading">Standard agenda</h2>
      <p>
        New meetings start with these items; the meeting’s own items go before the closing ones.
      </p>
      <ol className="standard-agenda">
        {items.map((item) => {
          const sameSection = items.filter((other) => other.section === item.section);
          const index = sameSection.indexOf(item);
          return (
            <li key={item.id}>
              <span className="standard-agenda-title">{item.title}</span>
              <span className="standard-agenda-detail">
                {item.section === 'opening' ? 'Opening' : 'Closing'} ·{' '}
                {AGENDA_PURPOSE_LABELS[item.purpose]} · {item.allottedMinutes} min
              </span>
              <span className="standard-agenda-buttons">
                <button
                  type="button"
                  className="button button--small"
                  disabled={index === 0}
                  onClick={() => moveStandardAgendaItem(workspace, item.id, index - 1)}
                >
                  Move up<span className="visually-hidden">: {item.title}</span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={index === sameSection.length - 1}
                  onClick={() => moveStandardAgendaItem(workspace, item.id, index + 1)}
                >
                  Move down<span className="visually-hidden">: {item.title}</span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => removeStandardAgendaItem(workspace, item.id)}
                >
                  Remove<span className="visually-hidden">: {item.title}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <form className="standard-agenda-add" onSubmit={add} noValidate>
        <Field
          label="New standard item"
          value={title}
          error={error}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div className="field">
          <label htmlFor="standard-section">Goes</label>
          <select
            id="standard-section"
            value={section}
            onChange={(e) => setSection(e.target.value as AgendaSection)}
          >
            <option value="opening">Before the meeting’s own items</option>
            <option value="closing">After the meeting’s own items</option>
          </select>
        </div>
        <button type="submit" className="button">
          Add to standard agenda
        </button>
      </form>
    </section>
  );
}
