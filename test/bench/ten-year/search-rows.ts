import { fineMs, ratio, type BenchRow } from '../report';
import { percentile } from '../stats';
import type { SearchFloor } from './search-floor';
import type { TimedSearch } from './search-phase';

/** The search figures: p50 and p95 in the app beside the same in Node, and a check on hits. */
export function searchRows(app: readonly TimedSearch[], floor: SearchFloor): BenchRow[] {
  if (app.length !== floor.queryMs.length)
    throw new Error(`${app.length} searches timed in the app but ${floor.queryMs.length} in Node`);
  const appMs = app.map((search) => search.ms);
  const [p50, p95] = [percentile(appMs, 50), percentile(appMs, 95)];
  const [floor50, floor95] = [percentile(floor.queryMs, 50), percentile(floor.queryMs, 95)];
  const same = app.filter((search, i) => search.hits === floor.hits[i]).length;
  return [
    {
      name: `Search: p50 of ${app.length} queries`,
      value: fineMs(p50),
      floor: `Node, same index ${fineMs(floor50)}`,
      ratio: ratio(p50, floor50),
      target: '–',
      met: null,
    },
    {
      name: `Search: p95 of ${app.length} queries`,
      value: fineMs(p95),
      floor: `Node, same index ${fineMs(floor95)}`,
      ratio: ratio(p95, floor95),
      target: '≤ 30 ms and ≤ 2x floor',
      met: p95 <= 30 && p95 <= 2 * floor95,
    },
    {
      name: '  queries with the same hits',
      value: `${same} of ${app.length}`,
      floor: '–',
      ratio: '–',
      target: 'all',
      met: same === app.length,
    },
  ];
}
