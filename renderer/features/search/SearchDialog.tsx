import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { groupHits, type SearchHit } from '../../../shared/search';
import { hitHref } from './hit-href';
import { SearchHitText } from './SearchHitText';
import { useSearchResults } from './useSearchResults';
import './search.css';

/**
 * The search dialog: a combobox (the field) driving a listbox of hits grouped by kind, as
 * the ARIA combobox pattern has it. Focus stays in the field; ↑ and ↓ move the active hit
 * (aria-activedescendant), Enter opens it and Escape closes the dialog.
 */
export function SearchDialog({
  onClose,
  withinMeeting,
}: {
  onClose: () => void;
  /** A meeting's id: find only in that meeting (Ctrl+F on a meeting's screen). */
  withinMeeting?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [text, setText] = useState('');
  const { answer, indexed } = useSearchResults(text, withinMeeting);
  const title = withinMeeting ? 'Find in this meeting' : 'Search';
  // The active hit, for one answer: a new answer starts again at its first hit.
  const [active, setActiveFor] = useState<{ answer: unknown; index: number }>({
    answer: null,
    index: 0,
  });
  const [, navigate] = useLocation();

  const groups = useMemo(() => (answer?.ok ? groupHits(answer.hits) : []), [answer]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const optionId = (index: number) => `${ids}-hit-${index}`;
  const activeIndex = Math.min(active.answer === answer ? active.index : 0, flat.length - 1);
  const setActive = (index: number) => setActiveFor({ answer, index });

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (hit: SearchHit) => {
    dialog.current?.close();
    onClose();
    navigate(hitHref(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + flat.length) % flat.length);
    } else if (event.key === 'Escape') {
      // The field would take the first Escape to clear itself; one press closes the dialog.
      event.preventDefault();
      dialog.current?.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = flat[activeIndex];
      if (hit) open(hit);
    }
  };

  const status = !text.trim()
    ? ''
    : answer === null
      ? 'Searching…'
      : !answer.ok
        ? answer.message
        : flat.length === 0
          ? indexed === null
            ? `Nothing found yet for ${text}: still reading your meetings.`
            : `Nothing found for ${text}.`
          : `${flat.length} ${flat.length === 1 ? 'result' : 'results'}. Use the arrow keys to choose one and Enter to open it.`;

  let index = -1;
  return (
    <dialog
      ref={dialog}
      className="dialog search-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
    >
      <h2 id={`${ids}-title`}>{title}</h2>
      <div className="field">
        <label htmlFor={`${ids}-input`}>
          {withinMeeting
            ? 'Find in this meeting’s agenda, minutes, decisions and actions'
            : 'Search meetings, minutes, actions and people'}
        </label>
        <p className="field-hint" id={`${ids}-hint`}>
          Words or &quot;a phrase&quot;; narrow it with before:2024, after:2023-09 or in:October.
        </p>
        <input
          id={`${ids}-input`}
          type="text"
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls={`${ids}-results`}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${ids}-hint`}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="search-status" role="status">
        {status}
      </p>
      <div
        id={`${ids}-results`}
        role="listbox"
        aria-label="Results"
        className="search-results"
        hidden={flat.length === 0}
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${ids}-${group.kind}`}>
            <div role="presentation" className="search-group" id={`${ids}-${group.kind}`}>
              {group.label}
            </div>
            {group.hits.map((hit) => {
              index++;
              const at = index;
              return (
                <div
                  key={hit.id}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === activeIndex}
                  className="search-hit"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => open(hit)}
                >
                  <span className="search-hit-title">{hit.title}</span>
                  {hit.meetingDate && (
                    <span className="search-hit-date">{formatLongDate(hit.meetingDate)}</span>
                  )}
                  <SearchHitText hit={hit} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
