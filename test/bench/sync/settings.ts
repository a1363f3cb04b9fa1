/**
 * The sync benchmark's knobs. Defaults are issue 6's workload; smaller values run the same
 * steps quickly while developing (e.g. QUORUM_BENCH_SYNC_CLIENTS=5 QUORUM_BENCH_SYNC_SECONDS=5).
 */
function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export interface SyncBenchSettings {
  /** Offline operations per client before they reconnect (issue 6: 500). */
  offlineOps: number;
  /** Measured offline/reconnect runs; the median is reported. One warm-up run comes first. */
  offlineRuns: number;
  /** Clients editing one meeting at once (issue 6: 50). */
  clients: number;
  /** How long they edit, in seconds (issue 6: 30). */
  seconds: number;
  /** Keystrokes timed one at a time for the acknowledgement cost (issue 15). */
  ackKeystrokes: number;
}

export function syncBenchSettings(): SyncBenchSettings {
  return {
    offlineOps: Math.round(positiveNumber('QUORUM_BENCH_SYNC_OPS', 500)),
    offlineRuns: Math.round(positiveNumber('QUORUM_BENCH_SYNC_RUNS', 5)),
    clients: Math.max(2, Math.round(positiveNumber('QUORUM_BENCH_SYNC_CLIENTS', 50))),
    seconds: positiveNumber('QUORUM_BENCH_SYNC_SECONDS', 30),
    ackKeystrokes: Math.round(positiveNumber('QUORUM_BENCH_SYNC_ACKS', 300)),
  };
}
