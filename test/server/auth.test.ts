import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { meetingDocumentName, workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { createLogger } from '../../server/logger';
import {
  connectClient,
  newWorkspace,
  removeDir,
  spawnCli,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
  cleanupAfterEach,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const { cleanups, track } = cleanupAfterEach();
afterEach(() => vi.restoreAllMocks());

async function serverIn(options: { closed?: boolean; sink?: (line: string) => void } = {}) {
  const dataDir = tempDataDir();
  const logger = options.sink ? createLogger(options.sink) : undefined;
  const server = await startTestServer({
    dataDir,
    closed: options.closed ?? false,
    ...(logger ? { logger } : {}),
  });
  cleanups.push(
    () => removeDir(dataDir),
    () => server.close(),
  );
  return { server, dataDir };
}

/** Counts denials; `reach(n)` waits until n have arrived. */
function denials(client: TestClient) {
  let seen = 0;
  client.providers[0]!.on('authenticationFailed', () => (seen += 1));
  return (count = 1) => until(() => seen >= count, `${count} authentication failure(s)`);
}

describe('per-workspace authentication', () => {
  it('a wrong invite code reads nothing, writes nothing, and no code reaches the logs', async () => {
    const lines: string[] = [];
    // Hocuspocus logs through console; capture that too, not only our logger.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void lines.push(format(...args)),
      );
    }
    const { server } = await serverIn({ sink: (line) => lines.push(line) });
    const { workspaceId, code } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);

    const member = track(connectClient(server.url, code, [name]));
    member.doc().getArray<string>('agenda').push(['Welcome', 'Matters arising']);
    await until(() => member.settled(), 'the member to sync');

    const wrongCode = generateInviteCode();
    const intruderDoc = new Y.Doc();
    intruderDoc.getArray<string>('agenda').push(['Written offline by an intruder']);
    const intruder = track(connectClient(server.url, wrongCode, [name], [intruderDoc]));
    const reach = denials(intruder);
    await reach(1);
    // A write after the denial; then ask again, so the server has read everything it was sent.
    intruderDoc.getArray<string>('agenda').push(['Written after denial']);
    await intruder.providers[0]!.sendToken();
    await reach(2);

    expect(intruderDoc.getArray('agenda').toArray()).toEqual([
      'Written offline by an intruder',
      'Written after denial',
    ]);
    const reader = track(connectClient(server.url, code, [name]));
    await until(() => reader.settled(), 'a fresh member to sync');
    expect(reader.doc().getArray('agenda').toArray()).toEqual(['Welcome', 'Matters arising']);
    expect(member.doc().getArray('agenda').toArray()).toEqual(['Welcome', 'Matters arising']);

    const log = lines.join('\n');
    expect(log).toContain('auth.denied');
    expect(log).toContain('auth.ok');
    for (const secret of [code, wrongCode, code.replace(/-/g, ''), wrongCode.slice(4)]) {
      expect(log).not.toContain(secret);
    }
  });

  it('a code for one workspace opens none of another workspace’s documents', async () => {
    const { server } = await serverIn();
    const first = newWorkspace();
    const second = newWorkspace();
    const owner = track(
      connectClient(server.url, second.code, [workspaceDocumentName(second.workspaceId)]),
    );
    await until(() => owner.settled(), 'the second workspace to be registered');

    const meeting = meetingDocumentName(second.workspaceId, randomUUID());
    const other = track(connectClient(server.url, first.code, [meeting]));
    await denials(other)();
    expect(other.providers[0]!.isAuthenticated).toBe(false);
  });

  it('trust on first use only accepts a well-formed invite code', async () => {
    const { server } = await serverIn();
    const weak = track(
      connectClient(server.url, 'password', [workspaceDocumentName(randomUUID())]),
    );
    await denials(weak)();
    expect(weak.providers[0]!.isAuthenticated).toBe(false);
  });

  it('document names of an unknown shape are refused', async () => {
    const { server } = await serverIn();
    const { code } = newWorkspace();
    const closes: number[] = [];
    const stray = track(connectClient(server.url, code, ['notes:anything']));
    stray.socket.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
    await until(() => closes.length > 0, 'the connection to be closed');
    expect(closes[0]).toBe(1007);
    expect(stray.providers[0]!.isAuthenticated).toBe(false);
  });

  it('with --closed, only workspaces created by add-workspace are served', async () => {
    const { server, dataDir } = await serverIn({ closed: true });
    const { workspaceId, code: selfChosen } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);
    const early = track(connectClient(server.url, selfChosen, [name]));
    await denials(early)();

    const cli = spawnCli(['add-workspace', workspaceId, '--data', dataDir]);
    let stdout = '';
    cli.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
    expect(exitCode).toBe(0);
    const issued = stdout.trim();
    expect(issued).toMatch(/^QRM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const member = track(connectClient(server.url, issued.toLowerCase(), [name]));
    await until(() => member.settled(), 'the member with the issued code to sync');
    expect(member.providers[0]!.isAuthenticated).toBe(true);
  });

  it('a raw client asking for a document with a wrong code gets only a denial', async () => {
    const { server } = await serverIn();
    const { workspaceId, code } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);
    const member = track(connectClient(server.url, code, [name]));
    member.doc().getText('minutes').insert(0, 'Confidential: budget figures');
    await until(() => member.settled(), 'the member to sync');

    const raw = new WebSocket(server.url);
    cleanups.push(() => raw.terminate());
    const received: Buffer[] = [];
    raw.on('message', (data: Buffer) => received.push(data));
    await new Promise((resolve) => raw.once('open', resolve));
    // Sync step 1 first (a request for the whole document), then an auth message with a wrong code.
    const syncStep1 = encoding.createEncoder();
    encoding.writeVarString(syncStep1, name);
    encoding.writeVarUint(syncStep1, 0);
    encoding.writeVarUint(syncStep1, 0);
    encoding.writeVarUint8Array(syncStep1, Y.encodeStateVector(new Y.Doc()));
    raw.send(encoding.toUint8Array(syncStep1));
    const auth = encoding.createEncoder();
    encoding.writeVarString(auth, name);
    encoding.writeVarUint(auth, 2);
    encoding.writeVarUint(auth, 0);
    encoding.writeVarString(auth, generateInviteCode());
    raw.send(encoding.toUint8Array(auth));

    await until(() => received.length > 0, 'the server to answer');
    const answer = Buffer.concat(received).toString('latin1');
    expect(answer).toContain('permission-denied');
    expect(answer).not.toContain('budget');
  });
});
