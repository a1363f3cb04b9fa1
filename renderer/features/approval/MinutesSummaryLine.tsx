import type * as Y from 'yjs';
import { countOf as count } from '../../../shared/format/count';
import { useMinutesSummary } from '../../data/useApproval';

/** "Draft minutes of 9 October 2023: 6 of 9 items minuted, 2 decisions, 3 actions." */
export function MinutesSummaryLine({ doc, when }: { doc: Y.Doc; when: string }) {
  const summary = useMinutesSummary(doc);
  return (
    <p>
      Draft minutes of {when}: {summary.itemsWithMinutes} of {count(summary.agendaItems, 'item')}{' '}
      minuted, {count(summary.decisions, 'decision')}, {count(summary.actions, 'action')}.
    </p>
  );
}
