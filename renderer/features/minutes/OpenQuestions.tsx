import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { AgendaItem } from '../../../shared/model';
import { findOpenQuestions, type OpenQuestion } from '../../../shared/rules/open-questions';
import { ItemQuestions } from './ItemQuestions';
import { useMinutesBlocks } from './useMinutesBlocks';

/**
 * "Open questions" at the end of the meeting's minutes: what was left to clarify afterwards,
 * item by item, so nothing noted in passing is forgotten.
 */
export function OpenQuestions({ doc, agenda }: { doc: Y.Doc; agenda: readonly AgendaItem[] }) {
  const itemIds = useMemo(() => agenda.map((item) => item.id), [agenda]);
  const blocks = useMinutesBlocks(doc, itemIds);
  const byItem = useMemo(() => {
    const map = new Map<string, OpenQuestion[]>();
    for (const question of findOpenQuestions(blocks)) {
      map.set(question.itemId, [...(map.get(question.itemId) ?? []), question]);
    }
    return map;
  }, [blocks]);

  return (
    <section className="open-questions" aria-labelledby="open-questions-heading">
      <h3 id="open-questions-heading">Open questions</h3>
      <p className="field-hint">
        Lines that say “clarify”, lines that start “Question:” and end with “?”, and lines marked
        with Mark as open question.
      </p>
      {/* Each item adds its own entries; CSS shows the "none" line while the list is empty. */}
      <ul className="open-questions-list">
        {agenda.map((item) => (
          <ItemQuestions key={item.id} doc={doc} item={item} found={byItem.get(item.id) ?? []} />
        ))}
      </ul>
      <p className="open-questions-none">No open questions.</p>
    </section>
  );
}
