/**
 * `npm run bench`: prints speed figures beside floors measured in the same run. Not a test:
 * nothing here fails the build, and no test asserts on time (see docs/testing.md).
 */
import { APP_BENCH_TITLE, runAppBench } from './app-bench';
import { printRows } from './report';
import { runSyncBench, SYNC_BENCH_TITLE } from './sync-bench';
import { startUpSideBySide } from './ten-year/side-by-side';
import { runTenYearBench, TEN_YEAR_BENCH_TITLE } from './ten-year/ten-year-bench';

const started = Date.now();
const appRows = await runAppBench();
printRows(APP_BENCH_TITLE, appRows);
printRows('Issue 5: Word export', await (await import('./export-bench')).runExportBench());
printRows(
  'Issue 14: council template fill',
  await (await import('./template-bench')).runTemplateBench(),
);
const tenYearRows = await runTenYearBench();
printRows(TEN_YEAR_BENCH_TITLE, tenYearRows);
printRows(
  'Start-up, issue 4 and ten-year workspaces side by side',
  startUpSideBySide(appRows, tenYearRows),
);
printRows(SYNC_BENCH_TITLE, await runSyncBench());
console.log(`\nBenchmarks finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
