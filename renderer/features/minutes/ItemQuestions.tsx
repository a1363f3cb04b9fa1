import type * as Y from 'yjs';
import { setQuestionResolved, type AgendaItem } from '../../../shared/model';
import { itemQuestions, type OpenQuestion } from '../../../shared/rules/open-questions';
import { useItemNotes } from '../../data/useMeetingData';
import { itemLabel } from '../actions/action-labels';

interface ItemQuestionsProps {
  doc: Y.Doc;
  item: AgendaItem;
  /** Questions found in this item's minutes (shared/rules/open-questions.ts). */
  found: readonly OpenQuestion[];
}

/**
 * One item's open questions, as list entries: those found in the text and those marked with
 * "Mark as open question", each of which can be ticked resolved. Keyed by text and kept in
 * the same order when ticked, so the checkbox keeps focus.
 */
export function ItemQuestions({ doc, item, found }: ItemQuestionsProps) {
  const notes = useItemNotes(doc, item.id, 'questions');
  const questions = itemQuestions(
    notes,
    found.map((question) => question.text),
  );
  const source = itemLabel(item);
  return (
    <>
      {questions.map((question) => (
        <li
          key={question.text.toLowerCase()}
          className={question.resolved ? 'open-question is-resolved' : 'open-question'}
        >
          <label className="checkbox open-question-check">
            <input
              type="checkbox"
              // The visible "Resolved" starts the name, which says which question it resolves.
              aria-label={`Resolved: ${question.text}`}
              checked={question.resolved}
              onChange={(event) =>
                setQuestionResolved(doc, item.id, question.text, event.target.checked)
              }
            />
            <span aria-hidden="true">Resolved</span>
          </label>
          <span className="open-question-text">{question.text}</span>
          <span className="open-question-source">
            {source}
            {question.inMinutes ? ' · in the minutes' : ''}
            {question.resolved ? ' · resolved' : ''}
          </span>
        </li>
      ))}
    </>
  );
}
