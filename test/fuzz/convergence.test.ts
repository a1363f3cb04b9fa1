// First, so that ids are drawn from each run's seed (see the module).
import './deterministic-random';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUZZ_OPTIONS, runFuzzSeed } from './run-seed';

const SEEDS = 300;
/** Fewer operations than `npm run fuzz` (60) keep 300 seeds well under a minute. */
const OPTIONS = { ...DEFAULT_FUZZ_OPTIONS, operations: 40 };

describe('convergence fuzz (five replicas, random network)', () => {
  it('replays a seed exactly: the same operations, ids and positions', () => {
    const first = runFuzzSeed(7);
    const again = runFuzzSeed(7);
    expect(first.log.length).toBeGreaterThan(0);
    expect(again.log).toEqual(first.log);
  });

  it(`converges with every invariant holding for seeds 1 to ${SEEDS}`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { problems } = runFuzzSeed(seed, OPTIONS);
      if (problems.length > 0)
        failures.push(
          `seed ${seed} (replay: npm run fuzz -- --runs 1 --seed ${seed}): ${problems.join('; ')}`,
        );
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
