import { describe, expect, it, vi } from 'vitest';
import { HELP_TEXT, OPTIONS, parseCli, UsageError } from '../../server/options';
import { removeDir, spawnCli, spawnServer, tempDataDir, cleanupAfterEach } from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/** The command line as an operator meets it: help, mistakes, environment variables. */

function run(args: string[]) {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const { cleanups } = cleanupAfterEach();

describe('sync-server command line', () => {
  it('--help lists every option and its environment variable', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(HELP_TEXT);
    for (const [name, spec] of Object.entries(OPTIONS)) {
      expect(stdout).toContain(`--${name}`);
      if ('env' in spec) expect(stdout).toContain(spec.env);
    }
    expect(stdout).toContain('add-workspace <workspaceId>');
  });

  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--port', 'seventy'], /invalid port: seventy/],
    [['--max-message-bytes', '12'], /invalid max message bytes/],
    [['--redis-url', 'http://user:s3cret@example'], /invalid redis url/],
    [['add-workspace', 'not-a-uuid'], /not a lowercase UUID/],
  ])('%j exits non-zero with a one-line reason', async (args, reason) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    // A rejected Redis URL is not echoed back: it may carry a password.
    expect(stderr).not.toContain('s3cret');
  });

  it('reads options from the environment, with the command line taking precedence', () => {
    const env = {
      QUORUM_SYNC_PORT: '4321',
      QUORUM_SYNC_HOST: '0.0.0.0',
      QUORUM_SYNC_DATA: '/var/lib/quorum-sync',
      QUORUM_SYNC_REDIS_URL: 'redis://127.0.0.1:6380',
      QUORUM_SYNC_MAX_MESSAGE_BYTES: '1048576',
      QUORUM_SYNC_CLOSED: '1',
      QUORUM_SYNC_TRUST_PROXY: 'yes',
    };
    expect(parseCli([], env)).toEqual({
      kind: 'serve',
      settings: {
        port: 4321,
        host: '0.0.0.0',
        dataDir: '/var/lib/quorum-sync',
        redisUrl: 'redis://127.0.0.1:6380',
        maxMessageBytes: 1048576,
        closed: true,
        trustProxy: true,
      },
    });
    const fromFlags = parseCli(['--port', '1234', '--data', './sync-data'], env);
    expect(fromFlags.kind === 'serve' && fromFlags.settings.port).toBe(1234);
    expect(fromFlags.kind === 'serve' && fromFlags.settings.dataDir).toBe('./sync-data');
    expect(() => parseCli([], { QUORUM_SYNC_PORT: '99999' })).toThrow(UsageError);
  });

  it('defaults to 127.0.0.1:1234, ./sync-data, 8 MiB messages, open registration, no proxy', () => {
    expect(parseCli([], {})).toEqual({
      kind: 'serve',
      settings: {
        port: 1234,
        host: '127.0.0.1',
        dataDir: './sync-data',
        redisUrl: undefined,
        maxMessageBytes: 8 * 1024 * 1024,
        closed: false,
        trustProxy: false,
      },
    });
  });

  it('starts, answers /health, and stops cleanly on SIGINT', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const server = await spawnServer(['--port', '0', '--data', dataDir]);
    cleanups.push(() => server.child.kill('SIGKILL'));
    const response = await fetch(`${server.url.replace('ws:', 'http:')}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    server.child.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});
