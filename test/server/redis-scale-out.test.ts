import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meetingDocumentName } from '../../shared/sync/document-names';
import { requireTestTools } from '../setup/require-tools';
import type { RunningSyncServer } from '../../server/sync-server';
import {
  connectClient,
  freePort,
  newWorkspace,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/**
 * Two sync server instances on different ports share one redis-server; a client on each
 * must see the other's edits, including edits made offline and merged on reconnect.
 */

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  redis.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(
    () => output.includes('Ready to accept connections') || redis.exitCode !== null,
    'redis-server to start',
  );
  if (redis.exitCode !== null) throw new Error(`redis-server failed:\n${output}`);
  return redis;
}

describe('Redis scale-out', () => {
  requireTestTools(['redis-server']);
  let redis: ChildProcess;
  let dataDir: string;
  const servers: RunningSyncServer[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    dataDir = tempDataDir();
    // Same data dir on the same host: both instances share one SQLite file (WAL mode).
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startTestServer({ dataDir, redisUrl: `redis://127.0.0.1:${port}` }));
    }
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.close();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
    }
    if (dataDir) removeDir(dataDir);
  });

  it('clients on different instances converge', async () => {
    const [first, second] = servers as [RunningSyncServer, RunningSyncServer];
    expect(first.port).not.toBe(second.port);
    const { workspaceId, code } = newWorkspace();
    const name = meetingDocumentName(workspaceId, randomUUID());
    const chair = connectClient(first.url, code, [name]);
    const minuteTaker = connectClient(second.url, code, [name]);
    clients.push(chair, minuteTaker);
    await until(() => chair.settled() && minuteTaker.settled(), 'both clients to sync');

    chair.doc().getArray<string>('agenda').push(['Welcome']);
    await until(
      () => minuteTaker.doc().getArray('agenda').length === 1,
      'the edit on instance 1 to reach instance 2',
    );
    minuteTaker.doc().getText('minutes').insert(0, 'Apologies: Sam.');
    await until(
      () => chair.doc().getText('minutes').toString() === 'Apologies: Sam.',
      'the edit on instance 2 to reach instance 1',
    );

    // Both go offline, both edit the same paragraph, both come back.
    chair.socket.disconnect();
    minuteTaker.socket.disconnect();
    await until(
      () => [chair, minuteTaker].every((c) => c.socket.status === 'disconnected'),
      'both clients to be offline',
    );
    chair.doc().getText('minutes').insert(0, 'Present: Jenny. ');
    minuteTaker.doc().getText('minutes').insert(15, ' Jo.');
    void chair.socket.connect();
    void minuteTaker.socket.connect();
    await until(
      () =>
        chair.settled() &&
        minuteTaker.settled() &&
        chair.doc().getText('minutes').toString() ===
          minuteTaker.doc().getText('minutes').toString(),
      'the instances to converge',
    );
    const text = chair.doc().getText('minutes').toString();
    expect(text).toContain('Present: Jenny. ');
    expect(text).toContain(' Jo.');
    expect(chair.doc().getArray('agenda').toArray()).toEqual(['Welcome']);
  });
});
