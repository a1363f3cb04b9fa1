/** Only issue 16's section of `npm run bench` (build first: `npm run build`). */
import { printRows } from '../report';
import { runTenYearBench, TEN_YEAR_BENCH_TITLE } from './ten-year-bench';

const started = Date.now();
printRows(TEN_YEAR_BENCH_TITLE, await runTenYearBench());
console.log(`\nFinished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
