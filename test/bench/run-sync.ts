/** `npm run bench:sync`: only the sync figures of `npm run bench` (no build, no browser). */
import { printRows } from './report';
import { runSyncBench, SYNC_BENCH_TITLE } from './sync-bench';

const started = Date.now();
printRows(SYNC_BENCH_TITLE, await runSyncBench());
console.log(`\nSync benchmark finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
