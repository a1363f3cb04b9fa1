import { runAckBench } from './sync/ack-bench';
import { runEchoBench } from './sync/echo-bench';
import { runOfflineBench } from './sync/offline-bench';
import { syncBenchSettings } from './sync/settings';
import type { BenchRow } from './report';

/**
 * Issue 6: sync. Two devices merging after working offline, and a meeting with many devices
 * typing at once, each beside raw Yjs doing the same merging in the same run. Runs inside
 * `npm run bench`, or alone with `npm run bench:sync` (test/bench/run-sync.ts).
 */
export const SYNC_BENCH_TITLE =
  'Issue 6: sync (real sync server on 127.0.0.1, clients in this process)';

export async function runSyncBench(): Promise<BenchRow[]> {
  const settings = syncBenchSettings();
  return [
    ...(await runOfflineBench(settings)),
    ...(await runEchoBench(settings)),
    ...(await runAckBench(settings.ackKeystrokes)),
  ];
}
