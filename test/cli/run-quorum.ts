import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../cli/run';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../cli/bin.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the installed entry point, `quorum`, as a shell would: a new Node process in `cwd`. */
export function quorum(args: string[], cwd: string): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same through `node --import tsx cli/quorum.ts`, the way `npm run quorum` starts it. */
export function quorumFromSource(args: string[]): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/quorum.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The command line in-process, through the same runCli the shell calls, output captured. */
export async function runInProcess(argv: string[], now: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => new Date(now),
  });
  return { code, stdout, stderr };
}
