import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import {
  clientAddress,
  FailedAttempts,
  FAILED_ATTEMPTS_WINDOW_MS,
  MAX_FAILED_ATTEMPTS,
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

describe('FailedAttempts', () => {
  it('refuses an address after the limit until its oldest failure leaves the window', () => {
    let now = 1_000_000;
    const attempts = new FailedAttempts(3, 60_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(attempts.retryAfterMs('10.0.0.5')).toBe(0);
      attempts.record('10.0.0.5');
      now += 10_000;
    }
    // Failures at 0 s, 10 s and 20 s; it is now 30 s: the first leaves the window at 60 s.
    expect(attempts.retryAfterMs('10.0.0.5')).toBe(30_000);
    expect(attempts.retryAfterMs('10.0.0.6')).toBe(0);
    now += 30_000;
    expect(attempts.retryAfterMs('10.0.0.5')).toBe(0);
    attempts.record('10.0.0.5');
    // 10 s, 20 s and 60 s are in the window: wait for the one at 10 s to leave.
    expect(attempts.retryAfterMs('10.0.0.5')).toBe(10_000);
  });

  it('counts failures only within the window', () => {
    let now = 0;
    const attempts = new FailedAttempts(2, 1_000, () => now);
    attempts.record('a');
    now += 1_500;
    attempts.record('a');
    expect(attempts.retryAfterMs('a')).toBe(0);
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
    expect(retryAfter).toBeLessThanOrEqual(FAILED_ATTEMPTS_WINDOW_MS / 1000);
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
});
