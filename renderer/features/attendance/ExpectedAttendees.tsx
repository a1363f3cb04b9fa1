import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { countOf } from '../../../shared/format/count';
import { setAttendance, type Person } from '../../../shared/model';
import type { ExpectedAttendance } from '../../data/expected-attendance';

type QuickMark = 'present' | 'apologies';

const QUICK_LABELS: Record<QuickMark, string> = { present: 'Present', apologies: 'Apologies' };

const MARKED: Record<QuickMark, (name: string) => string> = {
  present: (name) => `${name} marked present.`,
  apologies: (name) => `Apologies recorded for ${name}.`,
};

/**
 * The people a prepared meeting expects who are not marked yet, each with Present and
 * Apologies: the minute-taker works down the list as people arrive or send apologies. A person
 * marked leaves the list, and focus moves to the same button on the next one, so the list is
 * done with Tab and Enter alone. Everyone else (and any change) is in the full list below.
 */
export function ExpectedAttendees({
  doc,
  expected,
  awaiting,
}: ExpectedAttendance & { doc: Y.Doc }) {
  const [message, setMessage] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<{ key: string } | 'heading' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'heading') heading.current?.focus();
    else buttons.current.get(target.key)?.focus();
  });

  if (expected.length === 0) return null;

  const mark = (person: Person, status: QuickMark, index: number) => {
    const next = awaiting[index + 1] ?? awaiting[index - 1];
    focusNext.current = next ? { key: `${next.id}/${status}` } : 'heading';
    setAttendance(doc, person.id, status);
    setMessage(MARKED[status](person.name));
  };

  return (
    <section className="expected-attendees" aria-labelledby="expected-heading">
      <h3 id="expected-heading" ref={heading} tabIndex={-1}>
        Expected, not yet marked
      </h3>
      <p className="expected-count">
        {awaiting.length === 0
          ? `Everyone expected is marked (${expected.length}).`
          : `${awaiting.length} of ${countOf(expected.length, 'expected person', 'expected people')} still to mark.`}
      </p>
      {awaiting.length > 0 && (
        <ul className="expected-list" aria-labelledby="expected-heading">
          {awaiting.map((person, index) => (
            <li key={person.id} className="expected-row">
              <span className="attendance-name">{person.name}</span>
              <span className="expected-buttons">
                {(['present', 'apologies'] as const).map((status) => (
                  <button
                    key={status}
                    type="button"
                    className="button button--small"
                    // Whose row: the visible word starts the name, as WCAG's label in name asks.
                    aria-label={`${QUICK_LABELS[status]}: ${person.name}`}
                    ref={(element) => {
                      const key = `${person.id}/${status}`;
                      if (element) buttons.current.set(key, element);
                      else buttons.current.delete(key);
                    }}
                    onClick={() => mark(person, status, index)}
                  >
                    {QUICK_LABELS[status]}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="expected-status">
        {message}
      </p>
    </section>
  );
}
