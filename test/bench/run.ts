/**
 * `npm run bench`: prints speed figures beside floors measured in the same run. Not a test:
 * nothing here fails the build, and no test asserts on time (see docs/testing.md).
 */
import { APP_BENCH_TITLE, runAppBench } from './app-bench';
import { printRows } from './report';
import { runSyncBench, SYNC_BENCH_TITLE } from './sync-bench';

const started = Date.now();
printRows(APP_BENCH_TITLE, await runAppBench());
printRows('Issue 5: Word export', await (await import('./export-bench')).runExportBench());
printRows(
  'Issue 14: council template fill',
  await (await import('./template-bench')).runTemplateBench(),
);
printRows(SYNC_BENCH_TITLE, await runSyncBench());
console.log(`\nBenchmarks finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
