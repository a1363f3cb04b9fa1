import type * as Y from 'yjs';
import { indexWorkspace, searchIndex, type SearchIndex } from '../../../shared/search';
import type { BenchQuery } from './queries';

/**
 * The search floor: the same shared/search code (MiniSearch with Quorum's terms) answering
 * the same queries over the same documents in plain Node, the index built beforehand. What
 * the app adds on top is the worker's round trip and the page's side.
 */
export interface SearchFloor {
  index: SearchIndex;
  buildMs: number;
  /** One duration per query, in the order given. */
  queryMs: number[];
  /** Hits per query (at most the app's 60), to check the app finds the same. */
  hits: number[];
}

/** Queries run twice: the first pass warms V8 up, as the app's worker is by its first search. */
export function measureSearchFloor(
  workspace: Y.Doc,
  meetingDocs: ReadonlyMap<string, Y.Doc>,
  queries: readonly BenchQuery[],
  limit = 60,
): SearchFloor {
  const started = performance.now();
  const index = indexWorkspace(workspace, meetingDocs);
  const buildMs = performance.now() - started;
  const run = () =>
    queries.map((query) => {
      const before = performance.now();
      const answer = searchIndex(index, query.text, limit);
      const ms = performance.now() - before;
      if (!answer.ok) throw new Error(`Query ${query.text} was refused: ${answer.message}`);
      return { ms, hits: answer.hits.length };
    });
  run();
  const timed = run();
  return { index, buildMs, queryMs: timed.map((t) => t.ms), hits: timed.map((t) => t.hits) };
}
