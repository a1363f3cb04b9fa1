import { readFileSync } from 'node:fs';
import { spawnServer, type ServerProcess } from '../../server/helpers';

/**
 * The sync server as its own process, started as `npm run sync-server` starts it, so its
 * memory is measured alone (the clients live in the benchmark's process).
 */

/** Resident memory of a process in KiB, from /proc (Linux only), or null if it is gone. */
export function readRssKiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS on a timer and keeps the peak. */
export function sampleRss(pid: number, everyMs = 100) {
  let peak = readRssKiB(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, readRssKiB(pid) ?? 0);
  }, everyMs);
  // If a run fails before stop(), sampling must not keep the benchmark's process alive.
  timer.unref();
  return {
    /** Stops sampling and returns the peak, including one last reading. */
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, readRssKiB(pid) ?? 0);
    },
  };
}

export interface BenchServer extends ServerProcess {
  pid: number;
  stop(): Promise<void>;
}

export async function startServerProcess(dataDir: string): Promise<BenchServer> {
  const server = await spawnServer(['--port', '0', '--host', '127.0.0.1', '--data', dataDir]);
  const { child } = server;
  // WARNING: a synchronous last resort. If the benchmark dies without reaching stop() (an
  // uncaught error, Ctrl-C), the server must not outlive it holding its port and data dir.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopped: Promise<void> | undefined;
  return {
    ...server,
    pid: child.pid!,
    stop() {
      stopped ??= (async () => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM'); // the server flushes its documents, then exits
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), 10_000).unref(),
        );
        if ((await Promise.race([server.exited, timeout])) === 'timeout') {
          child.kill('SIGKILL');
          await server.exited;
        }
      })();
      return stopped;
    },
  };
}
