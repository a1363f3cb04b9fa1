/**
 * `npm run fuzz -- --runs 10000 [--seed S] [--operations N]`: the convergence fuzz over many
 * seeds (S, S+1, …; S is random unless given). Prints the count and every failing seed, which
 * `npm run fuzz -- --runs 1 --seed S` replays with its operations listed.
 */
import './deterministic-random';

const { DEFAULT_FUZZ_OPTIONS, runFuzzSeed } = await import('./run-seed');

function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number, not "${process.argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs') ?? 1000;
const firstSeed = option('seed') ?? Math.floor(Math.random() * 2 ** 31);
const options = {
  ...DEFAULT_FUZZ_OPTIONS,
  operations: option('operations') ?? DEFAULT_FUZZ_OPTIONS.operations,
};

console.log(
  `Convergence fuzz: ${runs} runs from seed ${firstSeed}, ${options.replicas} replicas, ${options.operations} operations each`,
);
const started = Date.now();
const failures: number[] = [];
let deleteSetsDiffered = 0;
for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
  const result = runFuzzSeed(seed, options);
  if (result.deleteSetsDiffer) deleteSetsDiffered++;
  if (result.problems.length > 0) {
    failures.push(seed);
    console.log(`seed ${seed} failed:\n  ${result.problems.join('\n  ')}`);
    if (runs === 1) console.log(`operations:\n  ${result.log.join('\n  ')}`);
    else console.log(`  replay: npm run fuzz -- --runs 1 --seed ${seed}`);
  }
  const done = seed - firstSeed + 1;
  if (done % 1000 === 0 && done < runs) console.log(`… ${done} runs, ${failures.length} failed`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `${runs} runs (seeds ${firstSeed}–${firstSeed + runs - 1}): ${failures.length} failed` +
    (failures.length > 0 ? ` (seeds ${failures.join(', ')})` : '') +
    `, ${seconds} s`,
);
console.log(
  `${deleteSetsDiffered} ${deleteSetsDiffered === 1 ? 'run' : 'runs'} converged with delete sets differing only in Yjs's formatting markers`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
