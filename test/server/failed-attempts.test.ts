import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { meetingDocumentName, workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import {
  clientAddress,
  CodeAttempts,
  isThrottled,
  MAX_FAILED_ATTEMPTS,
  REFILL_MS,
} from '../../server/failed-attempts';
import { createLogger } from '../../server/logger';
import {
  cleanupAfterEach,
  connectClient,
  postJoin,
  registerByFirstUse,
  removeDir,
  startTestServer,
  tempDataDir,
  until,
  type TestClient,
} from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const { cleanups, track } = cleanupAfterEach();
afterEach(() => vi.restoreAllMocks());

/** A check the test resolves by hand, to hold attempts in flight. */
function deferredChecks() {
  const started: { resolve: (accepted: boolean) => void }[] = [];
  const check = () =>
    new Promise<boolean>((resolve) => {
      started.push({ resolve });
    });
  return { started, check };
}

const accepted = (outcome: boolean) => outcome;

describe('CodeAttempts', () => {
  it('allows a burst of wrong codes, then one more every REFILL_MS', async () => {
    let now = 1_000_000;
    const attempts = new CodeAttempts(3, 6_000, 2, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(
        await attempts.attempt('10.0.0.5', 'join', `guess-${i}`, async () => false, accepted),
      ).toBe(false);
    }
    expect(
      await attempts.attempt('10.0.0.5', 'join', 'guess-3', async () => false, accepted),
    ).toEqual({
      throttled: true,
      retryAfterMs: 6_000,
    });
    expect(await attempts.attempt('10.0.0.6', 'join', 'guess-3', async () => false, accepted)).toBe(
      false,
    );
    now += 4_000;
    expect(attempts.retryAfterMs('10.0.0.5')).toBe(2_000);
    now += 2_000;
    // A colleague with the right code waits seconds after someone else's typos, not a minute.
    expect(await attempts.attempt('10.0.0.5', 'join', 'right', async () => true, accepted)).toBe(
      true,
    );
    expect(await attempts.attempt('10.0.0.5', 'join', 'right', async () => true, accepted)).toBe(
      true,
    );
  });

  it('does not spend the budget on right codes', async () => {
    const attempts = new CodeAttempts(3, 6_000, 2, () => 0);
    for (let i = 0; i < 50; i += 1) {
      expect(
        await attempts.attempt('a', `workspace-${i}`, 'right', async () => true, accepted),
      ).toBe(true);
    }
  });

  it('counts attempts while they are in flight, so parallel guesses are throttled', async () => {
    const attempts = new CodeAttempts(10, 6_000, 100, () => 0);
    const { started, check } = deferredChecks();
    const outcomes = Array.from({ length: 100 }, (_, i) =>
      attempts.attempt('a', 'join', `guess-${i}`, check, accepted),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(10);
    for (const pending of started) pending.resolve(false);
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === false)).toHaveLength(10);
    expect(results.filter((r) => isThrottled(r))).toHaveLength(90);
  });

  it('shares one check among the same code presented at once for the same scope', async () => {
    const attempts = new CodeAttempts(10, 6_000, 2, () => 0);
    const { started, check } = deferredChecks();
    const outcomes = Array.from({ length: 20 }, () =>
      attempts.attempt('a', 'workspace-1', 'right', check, accepted),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(1);
    started[0]!.resolve(true);
    expect(await Promise.all(outcomes)).toEqual(Array.from({ length: 20 }, () => true));
  });

  it('runs at most the global number of checks at once, across addresses', async () => {
    const attempts = new CodeAttempts(10, 6_000, 2, () => 0);
    const { started, check } = deferredChecks();
    const outcomes = ['a', 'b', 'c', 'd'].map((address) =>
      attempts.attempt(address, 'join', 'code', check, accepted),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(2);
    started[0]!.resolve(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(3);
    for (const pending of started.slice(1)) pending.resolve(true);
    await new Promise((resolve) => setImmediate(resolve));
    started[3]!.resolve(true);
    expect(await Promise.all(outcomes)).toEqual([true, true, true, true]);
  });
});

describe('clientAddress', () => {
  const request = (forwarded?: string) =>
    ({
      socket: { remoteAddress: '127.0.0.1' },
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    }) as unknown as IncomingMessage;

  it('is the TCP peer unless the proxy is trusted', () => {
    expect(clientAddress(request('203.0.113.9'), false)).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, is the address the proxy appended, not what the client sent', () => {
    expect(clientAddress(request('198.51.100.1, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddress(request(), true)).toBe('127.0.0.1');
  });
});

async function serverWith(options: { trustProxy?: boolean } = {}) {
  const dataDir = tempDataDir();
  const lines: string[] = [];
  const server = await startTestServer({
    dataDir,
    logger: createLogger((line) => lines.push(line)),
    ...options,
  });
  cleanups.push(
    () => removeDir(dataDir),
    () => server.close(),
  );
  return { server, base: server.url.replace(/^ws:/, 'http:'), lines };
}

/** Asks /join for `code`, as the client a trusted proxy names in X-Forwarded-For. */
function join(base: string, code: string, forwardedFor?: string) {
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  return postJoin(base, JSON.stringify({ code }), headers);
}

describe('wrong invite codes, on a real server', () => {
  it('POST /join answers 429 with Retry-After after too many, even for the right code', async () => {
    const { server, base, lines } = await serverWith();
    const { code } = await registerByFirstUse(server.url, track);

    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i += 1) {
      expect((await join(base, generateInviteCode())).status).toBe(404);
    }
    const refused = await join(base, code);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: 'too-many-attempts' });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(REFILL_MS / 1000);
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(lines.some((line) => line.includes('join.throttled'))).toBe(true);
  });

  it('behind a trusted proxy, one client over the limit does not lock out another', async () => {
    const { server, base } = await serverWith({ trustProxy: true });
    const { workspaceId, code } = await registerByFirstUse(server.url, track);

    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i += 1) {
      await join(base, generateInviteCode(), '203.0.113.9');
    }
    expect((await join(base, code, '203.0.113.9')).status).toBe(429);
    const other = await join(base, code, '198.51.100.7');
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ workspaceId });
  });

  it('over WebSocket, wrong codes count too, and then the right code is refused unchecked', async () => {
    const { server, lines } = await serverWith();
    const { workspaceId, code } = await registerByFirstUse(server.url, track);
    const name = workspaceDocumentName(workspaceId);

    const refusedBy = async (client: TestClient) => {
      let refused = false;
      client.providers[0]?.on('authenticationFailed', () => (refused = true));
      await until(() => refused, 'the server to refuse the code');
    };
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i += 1) {
      const guesser = track(connectClient(server.url, generateInviteCode(), [name]));
      await refusedBy(guesser);
      guesser.destroy();
    }
    const rightCode = track(connectClient(server.url, code, [name]));
    await refusedBy(rightCode);
    expect(rightCode.doc().share.size).toBe(0);
    expect(lines.filter((line) => line.includes('auth.throttled'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(code);
  });

  it('200 parallel POST /join guesses: the in-flight ones count, and the rest get 429', async () => {
    const { base } = await serverWith();
    const startedAt = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => join(base, generateInviteCode())),
    );
    const statuses = answers.map((answer) => answer.status);
    const budget = withRefills(startedAt);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(budget);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(200 - budget);
  });

  it('100 parallel auth frames on two sockets run at most the budget of scrypts', async () => {
    const { server, lines } = await serverWith();
    const { workspaceId } = await registerByFirstUse(server.url, track);
    const startedAt = Date.now();
    const sockets = await Promise.all([0, 1].map(() => openRawSocket(server.url)));
    // Each frame names another meeting, so Hocuspocus checks them side by side.
    for (const socket of sockets) {
      for (let i = 0; i < 50; i += 1) {
        socket.send(
          authFrame(meetingDocumentName(workspaceId, randomUUID()), generateInviteCode()),
        );
      }
    }
    const decided = () => lines.filter((line) => /auth\.(denied|throttled)/.test(line)).length;
    await until(() => decided() === 100, 'every guess to be answered');
    expect(lines.filter((line) => line.includes('auth.denied')).length).toBeLessThanOrEqual(
      withRefills(startedAt),
    );
    for (const socket of sockets) socket.close();
  });

  it('a device opening twenty documents at once with the right code is not throttled', async () => {
    const { server, lines } = await serverWith();
    const { workspaceId, code } = await registerByFirstUse(server.url, track);
    const names = Array.from({ length: 20 }, () => meetingDocumentName(workspaceId, randomUUID()));
    const device = track(connectClient(server.url, code, names));
    await until(() => device.settled(), 'all twenty documents to sync');
    expect(lines.filter((line) => line.includes('auth.throttled'))).toHaveLength(0);
  });
});

/** The burst plus what refilled since `startedAt` (a loaded machine may take seconds). */
function withRefills(startedAt: number): number {
  return MAX_FAILED_ATTEMPTS + Math.floor((Date.now() - startedAt) / REFILL_MS);
}

function openRawSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** A Hocuspocus authentication message: document name, Auth (2), Token (0), the token. */
function authFrame(documentName: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}
