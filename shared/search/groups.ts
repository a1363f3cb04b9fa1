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

/** Hits grouped by kind, in a fixed order of kinds, best first within each; at most `perKind`. */
export function groupHits(hits: readonly SearchHit[], perKind = 8): HitGroup[] {
  return searchKinds
    .map((kind) => ({
      kind,
      label: LABELS[kind],
      hits: hits.filter((hit) => hit.kind === kind).slice(0, perKind),
    }))
    .filter((group) => group.hits.length > 0);
}
