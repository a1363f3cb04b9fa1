import type * as Y from 'yjs';
import { updateItemNote, type AgendaItem } from '../../../shared/model';
import type { OpenQuestion } from '../../../shared/rules/open-questions';
import { useItemNotes } from '../../data/useMeetingData';
import { itemLabel } from '../actions/action-labels';

interface ItemQuestionsProps {
  doc: Y.Doc;
  item: AgendaItem;
  /** Questions found in this item's minutes (shared/rules/open-questions.ts). */
  found: readonly OpenQuestion[];
}

/**
 * One item's open questions, as list entries: those marked with "Mark as open question",
 * which can be ticked resolved, then those found in the text and not marked as well.
 */
export function ItemQuestions({ doc, item, found }: ItemQuestionsProps) {
  const notes = useItemNotes(doc, item.id, 'questions');
  const marked = new Set(notes.map((note) => note.text.toLowerCase()));
  const source = itemLabel(item);
  return (
    <>
      {notes.map((note) => (
        <li key={note.id} className={note.resolved ? 'open-question is-resolved' : 'open-question'}>
          <label className="checkbox open-question-check">
            <input
              type="checkbox"
              // The visible "Resolved" starts the name, which says which question it resolves.
              aria-label={`Resolved: ${note.text}`}
              checked={note.resolved}
              onChange={(event) =>
                updateItemNote(doc, item.id, 'questions', note.id, {
                  resolved: event.target.checked,
                })
              }
            />
            <span aria-hidden="true">Resolved</span>
          </label>
          <span className="open-question-text">{note.text}</span>
          <span className="open-question-source">
            {source}
            {note.resolved ? ' · resolved' : ''}
          </span>
        </li>
      ))}
      {found
        .filter((question) => !marked.has(question.text.toLowerCase()))
        .map((question) => (
          <li key={question.text} className="open-question">
            <span className="open-question-text">{question.text}</span>
            <span className="open-question-source">{source} · in the minutes</span>
          </li>
        ))}
    </>
  );
}
