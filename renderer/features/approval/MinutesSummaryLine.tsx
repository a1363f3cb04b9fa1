import type * as Y from 'yjs';
import { useMinutesSummary } from '../../data/useApproval';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Draft minutes of 9 October 2023: 6 of 9 items minuted, 2 decisions, 3 actions." */
export function MinutesSummaryLine({ doc, when }: { doc: Y.Doc; when: string }) {
  const summary = useMinutesSummary(doc);
  return (
    <p>
      Draft minutes of {when}: {summary.itemsWithMinutes} of {count(summary.items, 'item')} minuted,{' '}
      {count(summary.decisions, 'decision')}, {count(summary.actions, 'action')}.
    </p>
  );
}
