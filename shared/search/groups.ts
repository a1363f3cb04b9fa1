import { searchKinds, type SearchKind } from './documents';
import type { SearchHit } from './engine';

export interface HitGroup {
  kind: SearchKind;
  /** "Minutes", "Agenda items" …: the group's heading. */
  label: string;
  hits: SearchHit[];
}

const LABELS: Record<SearchKind, string> = {
  meeting: 'Meetings',
  'agenda item': 'Agenda items',
  minutes: 'Minutes',
  decision: 'Decisions',
  action: 'Actions',
  question: 'Open questions',
  person: 'People',
};

/**
 * Hits grouped by kind, best first within each, at most `perKind`. The group holding the best
 * hit comes first (so Enter on a fresh search opens the best hit), then by their best hits;
 * kinds whose best hits score the same keep the order of searchKinds.
 */
export function groupHits(hits: readonly SearchHit[], perKind = 8): HitGroup[] {
  return searchKinds
    .map((kind) => ({
      kind,
      label: LABELS[kind],
      hits: hits
        .filter((hit) => hit.kind === kind)
        .sort((a, b) => b.score - a.score)
        .slice(0, perKind),
    }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
}
