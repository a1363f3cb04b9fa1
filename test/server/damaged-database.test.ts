import { randomUUID } from 'node:crypto';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { meetingDocumentName, workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { UNCHECKED_CODE } from '../../server/auth';
import { createLogger } from '../../server/logger';
import { UNREADABLE_DOCUMENT } from '../../server/sqlite-storage';
import { DATABASE_FILE } from '../../server/sync-server';
import {
  cleanupAfterEach,
  connectClient,
  postJoin,
  registerByFirstUse,
  removeDir,
  spawnCli,
  spawnServer,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/** Issue 15, point 7: a damaged database is reported, to the operator and the client. */

const { cleanups, track } = cleanupAfterEach();

async function serverOn(dataDir: string) {
  const lines: string[] = [];
  const server = await startTestServer({ dataDir, logger: createLogger((l) => lines.push(l)) });
  cleanups.push(() => server.close());
  return { server, base: server.url.replace(/^ws:/, 'http:'), lines };
}

/** Overwrites the b-tree pages of `objects` (tables, indexes) with bytes SQLite cannot read. */
function damagePages(databaseFile: string, objects: string[]) {
  const db = new Database(databaseFile);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = objects.map(
    (name) =>
      (
        db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(name) as {
          rootpage: number;
        }
      ).rootpage,
  );
  db.close(); // checkpoints the WAL into the file
  const fd = openSync(databaseFile, 'r+');
  try {
    for (const page of pages)
      writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

function refusalReason(client: TestClient): Promise<string> {
  return new Promise((resolve) =>
    client.providers[0]!.on('authenticationFailed', ({ reason }: { reason: string }) =>
      resolve(reason),
    ),
  );
}

describe('a damaged workspaces table', () => {
  it('POST /join answers 500 and the server keeps serving', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await serverOn(dataDir);
    const { workspaceId, code } = await registerByFirstUse(first.server.url, track);
    await first.server.close();
    damagePages(join(dataDir, DATABASE_FILE), ['workspaces', 'workspaces_lookup']);

    const { server, base, lines } = await serverOn(dataDir);
    for (let i = 0; i < 2; i++) {
      const response = await postJoin(base, JSON.stringify({ code }));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: 'internal' });
    }
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(lines.some((line) => /ERROR join\.failed .*malformed/.test(line))).toBe(true);

    // A socket presenting the code is told the server could not check it, not "wrong code".
    const client = track(connectClient(server.url, code, [workspaceDocumentName(workspaceId)]));
    expect(await refusalReason(client)).toBe(UNCHECKED_CODE);
    expect(lines.some((line) => line.includes(`ERROR auth.failed workspace=${workspaceId}`))).toBe(
      true,
    );
  });
});

describe('a damaged document', () => {
  it('is named in the log and the client hears the server could not read it', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await serverOn(dataDir);
    const { workspaceId, code } = await registerByFirstUse(first.server.url, track);
    await first.server.close();
    const damaged = meetingDocumentName(workspaceId, randomUUID());
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.prepare('INSERT INTO documents (name, data) VALUES (?, ?)').run(
      damaged,
      Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]),
    );
    db.close();

    const { server, lines } = await serverOn(dataDir);
    const client = track(connectClient(server.url, code, [damaged]));
    expect(await refusalReason(client)).toBe(UNREADABLE_DOCUMENT);
    expect(
      lines.some((line) => line.includes(`ERROR document.unreadable document=${damaged}`)),
    ).toBe(true);
    // The workspace's other documents are unaffected.
    const other = track(connectClient(server.url, code, [workspaceDocumentName(workspaceId)]));
    await until(() => other.settled(), 'an undamaged document to sync');
  });
});

describe('a database file that is not a database', () => {
  it.each([
    ['0 bytes', Buffer.alloc(0), /is empty \(0 bytes\), not a database/],
    ['a text file', Buffer.from('minutes of the last meeting\n'), /is not an SQLite database/],
  ])('of %s: the server refuses to start with one line', async (_, bytes, reason) => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    writeFileSync(join(dataDir, DATABASE_FILE), bytes);
    const child = spawnCli(['--port', '0', '--data', dataDir]);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toContain(DATABASE_FILE);
  });

  it('add-workspace refuses it too, rather than register into an empty new database', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    writeFileSync(join(dataDir, DATABASE_FILE), Buffer.alloc(0));
    const child = spawnCli(['add-workspace', randomUUID(), '--data', dataDir]);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => child.once('close', resolve))).toBe(1);
    expect(output.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/is empty \(0 bytes\), not a database/),
    ]);
  });

  it('absent: a new database, and the server starts', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const server = await spawnServer(['--port', '0', '--data', dataDir]);
    cleanups.push(() => server.child.kill('SIGKILL'));
    const client = track(
      connectClient(server.url, generateInviteCode(), [workspaceDocumentName(randomUUID())]),
    );
    await until(() => client.settled(), 'a first client on a new database');
  });
});
