import type { Hocuspocus } from '@hocuspocus/server';

/**
 * Hocuspocus debounces stores (2 s after the last change, at most 10 s), so an edit a client
 * made a moment before shutdown may exist only in memory. Once the sockets are closed we
 * force those pending stores and wait until every document has been written and unloaded.
 *
 * We poll rather than wait for one event because the work arrives in stages: a connection's
 * queued messages finish applying (which schedules a new debounced store), then its close
 * callback runs, then the store, then the unload. Each round flushes whatever became pending
 * since the last one. A store that keeps failing must not hang shutdown forever: after the
 * deadline we return how many documents could not be saved, for the caller to report.
 */

const ROUND_MS = 10;
export const FLUSH_DEADLINE_MS = 10_000;

export async function flushAndUnload(
  hocuspocus: Hocuspocus,
  deadlineMs = FLUSH_DEADLINE_MS,
): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
    hocuspocus.flushPendingStores();
    await new Promise((resolve) => setTimeout(resolve, ROUND_MS));
  }
  return hocuspocus.getDocumentsCount();
}
