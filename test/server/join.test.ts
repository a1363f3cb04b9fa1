import { randomBytes, randomUUID, scrypt } from 'node:crypto';
import { join } from 'node:path';
import { format, promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { MAX_JOIN_BODY_BYTES } from '../../server/join';
import { createLogger } from '../../server/logger';
import { DATABASE_FILE } from '../../server/sync-server';
import { WorkspaceRegistry } from '../../server/workspace-registry';
import {
  connectClient,
  newWorkspace,
  postJoin,
  registerByFirstUse,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  cleanupAfterEach,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const { cleanups, track } = cleanupAfterEach();
afterEach(() => vi.restoreAllMocks());

async function serverIn(dataDir = tempDataDir(), sink?: (line: string) => void) {
  const server = await startTestServer({
    dataDir,
    ...(sink ? { logger: createLogger(sink) } : {}),
  });
  cleanups.push(
    () => removeDir(dataDir),
    () => server.close(),
  );
  return { server, dataDir, base: server.url.replace(/^ws:/, 'http:') };
}

describe('POST /join', () => {
  it('answers the workspace a code opens, however the code is typed', async () => {
    const { server, base } = await serverIn();
    const { workspaceId, code } = await registerByFirstUse(server.url, track);

    const typedByHand = code.replace(/^QRM-/, '').replace(/-/g, ' ').toLowerCase();
    for (const typed of [code, typedByHand]) {
      const response = await postJoin(base, JSON.stringify({ code: typed }));
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.json()).toEqual({ workspaceId });
    }
  });

  it('finds workspaces created with register (add-workspace) too', async () => {
    const dataDir = tempDataDir();
    const registry = new WorkspaceRegistry(join(dataDir, DATABASE_FILE));
    const workspaceId = randomUUID();
    const code = generateInviteCode();
    await registry.register(workspaceId, code);
    registry.close();
    const { base } = await serverIn(dataDir);

    const response = await postJoin(base, JSON.stringify({ code }));
    expect(await response.json()).toEqual({ workspaceId });
  });

  it('answers 404 unknown-code for a well-formed code no workspace has', async () => {
    const { server, base } = await serverIn();
    await registerByFirstUse(server.url, track);
    const response = await postJoin(base, JSON.stringify({ code: generateInviteCode() }));
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ error: 'unknown-code' });
  });

  it.each([
    ['not JSON', 'QRM-7KX4-P9TD-M2HQ'],
    ['no code', '{}'],
    ['a code that is not a string', '{"code": 42}'],
    ['an array', '["QRM-7KX4-P9TD-M2HQ"]'],
    ['a code that is not code-shaped', '{"code": "password"}'],
    [
      'a body over the limit',
      JSON.stringify({ code: 'QRM-7KX4-P9TD-M2HQ', pad: 'x'.repeat(MAX_JOIN_BODY_BYTES) }),
    ],
  ])('answers 400 bad-request for %s', async (_what, body) => {
    const { base } = await serverIn();
    const response = await postJoin(base, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad-request' });
  });

  it('answers the CORS preflight of a page on another origin', async () => {
    const { base } = await serverIn();
    const response = await fetch(`${base}/join`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:4173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('refuses other methods', async () => {
    const { base } = await serverIn();
    const response = await fetch(`${base}/join`);
    expect(response.status).toBe(405);
  });

  it('does not make a second workspace with a code that already opens one', async () => {
    const { server, base } = await serverIn();
    const { workspaceId, code } = await registerByFirstUse(server.url, track);

    const decoy = track(connectClient(server.url, code, [workspaceDocumentName(randomUUID())]));
    let denied = false;
    decoy.providers[0]!.on('authenticationFailed', () => (denied = true));
    await until(() => denied, 'the second registration to be refused');

    const response = await postJoin(base, JSON.stringify({ code }));
    expect(await response.json()).toEqual({ workspaceId });
  });

  it('never logs the code, whatever the outcome', async () => {
    const lines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void lines.push(format(...args)),
      );
    }
    const { server, base } = await serverIn(undefined, (line) => lines.push(line));
    const { workspaceId, code } = await registerByFirstUse(server.url, track);
    const unknown = generateInviteCode();

    await postJoin(base, JSON.stringify({ code }));
    await postJoin(base, JSON.stringify({ code: unknown }));
    await postJoin(base, JSON.stringify({ code: code.toLowerCase(), extra: code }));
    await postJoin(base, `{"code": "${code}"`);

    expect(lines.some((line) => line.includes('join.ok') && line.includes(workspaceId))).toBe(true);
    expect(lines.some((line) => line.includes('join.unknown-code'))).toBe(true);
    expect(lines.some((line) => line.includes('join.bad-request'))).toBe(true);
    const body = (c: string) => c.replace(/^QRM-/, '').replace(/-/g, '');
    for (const secret of [code, unknown, body(code), body(unknown), code.slice(4, 8)]) {
      expect(lines.join('\n').toUpperCase()).not.toContain(secret.toUpperCase());
    }
  });
});

describe('lookup keys for workspaces registered before /join', () => {
  const scryptAsync = promisify(scrypt) as (p: string, s: Buffer, n: number) => Promise<Buffer>;

  /** A data dir as the server wrote it before this change: no lookup column. */
  async function oldDatabase(workspaceId: string, code: string): Promise<string> {
    const dataDir = tempDataDir();
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.exec(`CREATE TABLE "workspaces" (
      "id" text PRIMARY KEY NOT NULL,
      "salt" blob NOT NULL,
      "hash" blob NOT NULL,
      "created_at" text NOT NULL
    )`);
    const salt = randomBytes(16);
    db.prepare('INSERT INTO workspaces VALUES (?, ?, ?, ?)').run(
      workspaceId,
      salt,
      await scryptAsync(code, salt, 32),
      '2024-01-01T00:00:00.000Z',
    );
    db.close();
    return dataDir;
  }

  it('adds the column, and fills a row in the next time its code is admitted', async () => {
    const { workspaceId, code } = newWorkspace();
    const { server, base, dataDir } = await serverIn(await oldDatabase(workspaceId, code));

    // Not findable yet: the old row has only its salted hash.
    expect((await postJoin(base, JSON.stringify({ code }))).status).toBe(404);

    const member = track(connectClient(server.url, code, [workspaceDocumentName(workspaceId)]));
    await until(() => member.settled(), 'the existing member to be admitted');

    const response = await postJoin(base, JSON.stringify({ code }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ workspaceId });

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    cleanups.push(() => db.close());
    const row = db.prepare('SELECT lookup FROM workspaces WHERE id = ?').get(workspaceId) as {
      lookup: Buffer | null;
    };
    expect(row.lookup).toBeInstanceOf(Buffer);
    // The code itself is stored nowhere in the file.
    const everything = JSON.stringify(db.prepare('SELECT * FROM workspaces').all());
    expect(everything).not.toContain(code);
  });

  it('a wrong code for an old row fills nothing in', async () => {
    const { workspaceId, code } = newWorkspace();
    const dataDir = await oldDatabase(workspaceId, code);
    const registry = new WorkspaceRegistry(join(dataDir, DATABASE_FILE));
    cleanups.push(() => removeDir(dataDir));
    try {
      expect(await registry.admit(workspaceId, generateInviteCode(), true)).toBe('denied');
      expect(await registry.workspaceForCode(code)).toBeNull();
      expect(await registry.admit(workspaceId, code, true)).toBe('admitted');
      expect(await registry.workspaceForCode(code)).toBe(workspaceId);
    } finally {
      registry.close();
    }
  });
});
