import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../electron/ipc';
import { createSyncHandlers } from '../../electron/ipc/sync';
import { postJson } from '../../shared/sync/post-json';
import { AllowedSyncOrigins } from '../../electron/sync/allowed-origins';
import { holdQuitWhileHosting } from '../../electron/sync/app-sync';
import { INVITE_CODES_FILE, SyncHost } from '../../electron/sync/sync-host';
import { allHandlers } from '../../electron/ipc';
import { workspaceDocumentName } from '../../shared/sync/document-names';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { silentLogger } from '../../server/logger';
import { MAX_FAILED_ATTEMPTS } from '../../server/failed-attempts';
import { DATABASE_FILE } from '../../server/sync-server';
import type { HostDetails, IpcHandlers } from '../../shared/ipc';
import {
  connectClient,
  freePort,
  registerByFirstUse,
  newWorkspace,
  startTestServer,
  until,
  cleanupAfterEach,
} from '../server/helpers';
import { fake, FakeEvent } from './fakes/electron';
import { appWindow, invokeEvent, tempDir } from './helpers';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const { cleanups, track } = cleanupAfterEach();
afterEach(() => vi.restoreAllMocks());

const LAN = {
  eth0: [
    {
      address: '192.168.1.20',
      netmask: '255.255.255.0',
      family: 'IPv4' as const,
      mac: '00:00:00:00:00:01',
      internal: false,
      cidr: '192.168.1.20/24',
    },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6' as const,
      mac: '00:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 2,
    },
  ],
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4' as const,
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
};

async function occupiedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as { port: number }).port;
}

interface Setup {
  handlers: Pick<
    IpcHandlers,
    'sync:host-start' | 'sync:host-stop' | 'sync:host-status' | 'sync:use-server' | 'sync:join'
  >;
  host: SyncHost;
  origins: AllowedSyncOrigins;
  originsFile: string;
  dataDir: string;
}

/** The real handlers, with a host bound to 127.0.0.1 (tests never listen on the network). */
async function setUp(options: { dataDir?: string; preferredPort?: number } = {}): Promise<Setup> {
  const dataDir = options.dataDir ?? (await tempDir('sync-host'));
  const host = new SyncHost({
    dataDir,
    bindHost: '127.0.0.1',
    preferredPort: options.preferredPort ?? (await freePort()),
    networkInterfaces: () => LAN,
    sqliteNativeBinding: () => undefined,
    logger: silentLogger,
  });
  cleanups.push(() => host.stop());
  const originsFile = path.join(await tempDir('sync-origins'), 'sync-origins.json');
  const origins = new AllowedSyncOrigins(() => originsFile);
  const handlers = createSyncHandlers({ host: () => host, origins, post: postJson });
  return { handlers, host, origins, originsFile, dataDir };
}

function value<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

describe('sync:host-start', () => {
  it('hosts a workspace that a real provider can sync with the code it returns', async () => {
    const { handlers, origins } = await setUp();
    const { workspaceId } = newWorkspace();
    const details = value(await handlers['sync:host-start']({ workspaceId }));

    expect(details.workspaceId).toBe(workspaceId);
    expect(details.inviteCode).toMatch(/^QRM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(details.localUrl).toBe(`ws://127.0.0.1:${details.port}`);
    expect(details.urls).toEqual([
      `ws://192.168.1.20:${details.port}`,
      `ws://127.0.0.1:${details.port}`,
    ]);
    expect(origins.list()).toEqual([
      `ws://127.0.0.1:${details.port}`,
      `http://127.0.0.1:${details.port}`,
    ]);

    const name = workspaceDocumentName(workspaceId);
    const chair = track(connectClient(details.localUrl, details.inviteCode, [name]));
    chair.doc().getArray<string>('agenda').push(['Welcome and introductions']);
    await until(() => chair.settled(), 'the chair to sync');
    const minuteTaker = track(connectClient(details.localUrl, details.inviteCode, [name]));
    await until(
      () => minuteTaker.doc().getArray<string>('agenda').length === 1,
      'the minute-taker to receive the agenda',
    );
    expect(minuteTaker.doc().getArray<string>('agenda').toArray()).toEqual([
      'Welcome and introductions',
    ]);
  });

  it('is idempotent: a second start returns the same server and code', async () => {
    const { handlers } = await setUp();
    const { workspaceId } = newWorkspace();
    const [first, second] = await Promise.all([
      handlers['sync:host-start']({ workspaceId }),
      handlers['sync:host-start']({ workspaceId }),
    ]);
    expect(value(second)).toEqual(value(first));
    expect(value(await handlers['sync:host-start']({ workspaceId }))).toEqual(value(first));
  });

  it('serves only the workspaces it hosts: others are refused (closed mode)', async () => {
    const { handlers } = await setUp();
    const details = value(
      await handlers['sync:host-start']({ workspaceId: newWorkspace().workspaceId }),
    );
    const stranger = newWorkspace();
    const client = track(
      connectClient(details.localUrl, stranger.code, [workspaceDocumentName(stranger.workspaceId)]),
    );
    let denied = false;
    client.providers[0]!.on('authenticationFailed', () => (denied = true));
    await until(() => denied, 'an unhosted workspace to be refused');
  });

  it('keeps the code on the host disk and shows the same one after a restart', async () => {
    const first = await setUp();
    const { workspaceId } = newWorkspace();
    const before = value(await first.handlers['sync:host-start']({ workspaceId }));
    value(await first.handlers['sync:host-stop'](undefined));

    const second = await setUp({ dataDir: first.dataDir });
    const after = value(await second.handlers['sync:host-start']({ workspaceId }));
    expect(after.inviteCode).toBe(before.inviteCode);

    const file = path.join(first.dataDir, INVITE_CODES_FILE);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      codes: { [workspaceId]: before.inviteCode },
    });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    // The kept code still opens the workspace on the restarted server.
    const client = track(
      connectClient(after.localUrl, after.inviteCode, [workspaceDocumentName(workspaceId)]),
    );
    await until(() => client.settled(), 'a client to sync after the restart');
  });

  it('registers the kept code again when the database was lost', async () => {
    const first = await setUp();
    const { workspaceId } = newWorkspace();
    const before = value(await first.handlers['sync:host-start']({ workspaceId }));
    await first.handlers['sync:host-stop'](undefined);
    for (const suffix of ['', '-wal', '-shm']) {
      await rm(path.join(first.dataDir, `${DATABASE_FILE}${suffix}`), { force: true });
    }

    const second = await setUp({ dataDir: first.dataDir });
    const after = value(await second.handlers['sync:host-start']({ workspaceId }));
    expect(after.inviteCode).toBe(before.inviteCode);
    const client = track(
      connectClient(after.localUrl, after.inviteCode, [workspaceDocumentName(workspaceId)]),
    );
    await until(() => client.settled(), 'a client to sync with the re-registered code');
  });

  it('issues a new code, with a log line, when the code file is corrupt', async () => {
    const first = await setUp();
    const { workspaceId } = newWorkspace();
    const before = value(await first.handlers['sync:host-start']({ workspaceId }));
    await first.handlers['sync:host-stop'](undefined);
    await writeFile(path.join(first.dataDir, INVITE_CODES_FILE), '{"version": 1, "codes": [');

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const second = await setUp({ dataDir: first.dataDir });
    const after = value(await second.handlers['sync:host-start']({ workspaceId }));
    expect(after.inviteCode).not.toBe(before.inviteCode);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invite-codes.json'));

    // The old code no longer opens the workspace; the new one does.
    const name = workspaceDocumentName(workspaceId);
    const stale = track(connectClient(after.localUrl, before.inviteCode, [name]));
    let denied = false;
    stale.providers[0]!.on('authenticationFailed', () => (denied = true));
    await until(() => denied, 'the old code to be refused');
    const member = track(connectClient(after.localUrl, after.inviteCode, [name]));
    await until(() => member.settled(), 'the new code to be admitted');
  });

  it('uses the preferred port when it is free, and any port when it is taken', async () => {
    const preferred = await freePort();
    const free = await setUp({ preferredPort: preferred });
    const onPreferred = value(
      await free.handlers['sync:host-start']({ workspaceId: newWorkspace().workspaceId }),
    );
    expect(onPreferred.port).toBe(preferred);

    const taken = await occupiedPort();
    const busy = await setUp({ preferredPort: taken });
    const elsewhere = value(
      await busy.handlers['sync:host-start']({ workspaceId: newWorkspace().workspaceId }),
    );
    expect(elsewhere.port).not.toBe(taken);
    expect(elsewhere.port).toBeGreaterThan(0);
  });

  it('says why when the server cannot start', async () => {
    const { handlers, origins } = await setUp();
    const broken = new SyncHost({
      dataDir: await tempDir('sync-host'),
      bindHost: '127.0.0.1',
      preferredPort: await freePort(),
      networkInterfaces: () => LAN,
      sqliteNativeBinding: () => {
        throw new Error('The database module has not been built for this version of Electron.');
      },
      logger: silentLogger,
    });
    const failing = createSyncHandlers({ host: () => broken, origins, post: postJson });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await failing['sync:host-start']({ workspaceId: newWorkspace().workspaceId });
    expect(result).toEqual({
      ok: false,
      error: 'unavailable',
      message:
        'Quorum could not start hosting on this network. The database module has not been built for this version of Electron.',
    });
    expect(origins.list()).toEqual([]);
    expect(value(await handlers['sync:host-status'](undefined))).toEqual({ hosting: false });
  });
});

describe('sync:host-stop and sync:host-status', () => {
  it('reports hosting with the same details, then stops and refuses connections', async () => {
    const { handlers } = await setUp();
    expect(value(await handlers['sync:host-status'](undefined))).toEqual({ hosting: false });
    const { workspaceId } = newWorkspace();
    const details: HostDetails = value(await handlers['sync:host-start']({ workspaceId }));
    expect(value(await handlers['sync:host-status'](undefined))).toEqual({
      hosting: true,
      ...details,
    });

    expect(value(await handlers['sync:host-stop'](undefined))).toEqual({ stopped: true });
    expect(value(await handlers['sync:host-status'](undefined))).toEqual({ hosting: false });
    await expect(fetch(`http://127.0.0.1:${details.port}/health`)).rejects.toThrow();
    // Stopping twice is harmless.
    expect(value(await handlers['sync:host-stop'](undefined))).toEqual({ stopped: true });
  });

  it('writes an edit made just before stopping to disk', async () => {
    const first = await setUp();
    const { workspaceId } = newWorkspace();
    const name = workspaceDocumentName(workspaceId);
    const details = value(await first.handlers['sync:host-start']({ workspaceId }));
    const writer = track(connectClient(details.localUrl, details.inviteCode, [name]));
    writer.doc().getArray<string>('actions').push(['Jenny to share the presentation']);
    await until(() => writer.settled(), 'the edit to reach the host');
    await first.handlers['sync:host-stop'](undefined);
    writer.destroy();

    const second = await setUp({ dataDir: first.dataDir });
    const again = value(await second.handlers['sync:host-start']({ workspaceId }));
    const reader = track(connectClient(again.localUrl, again.inviteCode, [name]));
    await until(() => reader.settled(), 'a reader to sync from the restarted host');
    expect(reader.doc().getArray<string>('actions').toArray()).toEqual([
      'Jenny to share the presentation',
    ]);
  });
});

describe('sync:join', () => {
  async function remoteServer() {
    const dataDir = await tempDir('sync-remote');
    const server = await startTestServer({ dataDir });
    cleanups.push(() => server.close());
    const { workspaceId, code } = await registerByFirstUse(server.url, track);
    return { server, workspaceId, code };
  }

  it('answers the workspace id and the provider URL, and allows the server in the CSP', async () => {
    const { handlers, origins, originsFile } = await setUp();
    const { server, workspaceId, code } = await remoteServer();
    const port = server.port;
    const typed = `http://127.0.0.1:${port}/`;

    const result = await handlers['sync:join']({ url: typed, inviteCode: code.toLowerCase() });
    expect(result).toEqual({ ok: true, value: { workspaceId, url: `ws://127.0.0.1:${port}` } });
    expect(origins.list()).toEqual([`ws://127.0.0.1:${port}`, `http://127.0.0.1:${port}`]);

    // Saved for the next start.
    const reloaded = new AllowedSyncOrigins(() => originsFile);
    await reloaded.load();
    expect(reloaded.list()).toEqual(origins.list());
  });

  it('says the server did not recognise a code it does not know', async () => {
    const { handlers, origins } = await setUp();
    const { server } = await remoteServer();
    const result = await handlers['sync:join']({
      url: server.url,
      inviteCode: generateInviteCode(),
    });
    expect(result).toEqual({
      ok: false,
      error: 'unknown-code',
      message: `The server at 127.0.0.1:${server.port} did not recognise that invite code.`,
    });
    expect(origins.list()).toEqual([]);
  });

  it('after too many wrong codes, says so and when to try again', async () => {
    const { handlers, origins } = await setUp();
    const { server, code } = await remoteServer();
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i += 1) {
      await handlers['sync:join']({ url: server.url, inviteCode: generateInviteCode() });
    }
    const result = await handlers['sync:join']({ url: server.url, inviteCode: code });
    expect(result).toEqual({
      ok: false,
      error: 'too-many-attempts',
      message: expect.stringMatching(
        new RegExp(
          `^The server at 127\\.0\\.0\\.1:${server.port} has refused too many wrong invite ` +
            'codes from this computer\\. Check the code and try again in (a minute|\\d+ seconds)\\.$',
        ),
      ),
    });
    expect(origins.list()).toEqual([]);
  });

  it('says it could not reach an address where nothing listens', async () => {
    const { handlers, origins } = await setUp();
    const port = await freePort();
    const result = await handlers['sync:join']({
      url: `ws://127.0.0.1:${port}`,
      inviteCode: generateInviteCode(),
    });
    expect(result).toEqual({
      ok: false,
      error: 'unreachable',
      message: `Quorum could not reach 127.0.0.1:${port}. Check the address and that you are on the same network.`,
    });
    expect(origins.list()).toEqual([]);
  });

  it('says a server that is not a Quorum sync server is not one', async () => {
    const { handlers } = await setUp();
    const { server } = await remoteServer();
    // The server is mounted at /; /elsewhere/join is an ordinary 404.
    const result = await handlers['sync:join']({
      url: `ws://127.0.0.1:${server.port}/elsewhere`,
      inviteCode: generateInviteCode(),
    });
    expect(result).toMatchObject({ ok: false, error: 'unreachable' });
    expect((result as { message: string }).message).toContain('not as a Quorum sync server');
  });

  it('joins the host a device started (the same server, as others reach it)', async () => {
    const { handlers } = await setUp();
    const { workspaceId } = newWorkspace();
    const hosted = value(await handlers['sync:host-start']({ workspaceId }));
    const joined = value(
      await handlers['sync:join']({ url: hosted.localUrl, inviteCode: hosted.inviteCode }),
    );
    expect(joined).toEqual({ workspaceId, url: hosted.localUrl });
  });
});

describe('sync:join payload validation (through the real registration)', () => {
  let window: ReturnType<typeof appWindow>;
  beforeEach(() => {
    window = appWindow();
    registerIpcHandlers(allHandlers, () => window as unknown as BrowserWindow);
  });

  it.each([
    ['a scheme that is not allowed', { url: 'file:///etc/passwd', inviteCode: 'x' }, 'url'],
    [
      'credentials in the address',
      { url: 'ws://jenny:secret@192.168.1.20:4455', inviteCode: 'QRM-7KX4-P9TD-M2HQ' },
      'user name or password',
    ],
    [
      'an address that is far too long',
      { url: `ws://${'a'.repeat(600)}`, inviteCode: 'QRM-7KX4-P9TD-M2HQ' },
      'url',
    ],
    ['no code', { url: 'ws://192.168.1.20:4455', inviteCode: '   ' }, 'inviteCode'],
    [
      'a code that is far too long',
      { url: 'ws://192.168.1.20:4455', inviteCode: 'Q'.repeat(101) },
      'inviteCode',
    ],
    ['an extra field', { url: 'ws://192.168.1.20:4455', inviteCode: 'x', proxy: 'y' }, 'proxy'],
  ])('refuses %s without contacting anything', async (_case, payload, field) => {
    const result = await fake.invoke('sync:join', invokeEvent(window), payload);
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect((result as { message: string }).message).toContain(field);
  });

  it('refuses a workspace id that is not a lowercase UUID', async () => {
    const result = await fake.invoke('sync:host-start', invokeEvent(window), {
      workspaceId: '0B9D3C8E-4F7A-4E21-9C55-2A1F3E6D7B80',
    });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it('the app-wide handlers report not hosting before anything started', async () => {
    const result = await fake.invoke('sync:host-status', invokeEvent(window), undefined);
    expect(result).toEqual({ ok: true, value: { hosting: false } });
  });
});

describe('quitting while hosting', () => {
  it('holds the quit until the host has written everything, then quits', async () => {
    const { handlers, host } = await setUp();
    const { workspaceId } = newWorkspace();
    const details = value(await handlers['sync:host-start']({ workspaceId }));
    const writer = track(
      connectClient(details.localUrl, details.inviteCode, [workspaceDocumentName(workspaceId)]),
    );
    writer.doc().getArray<string>('decisions').push(['Agreed the terms of reference']);
    await until(() => writer.settled(), 'the edit to reach the host');

    const event = new FakeEvent();
    const quit = vi.fn();
    holdQuitWhileHosting(event, host, quit);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(host.hosting).toBe(false);

    // The quit that follows is not held again.
    const again = new FakeEvent();
    holdQuitWhileHosting(again, host, quit);
    expect(again.defaultPrevented).toBe(false);
  });

  it('does not hold a quit when nothing is hosted', () => {
    const event = new FakeEvent();
    const quit = vi.fn();
    holdQuitWhileHosting(event, undefined, quit);
    expect(event.defaultPrevented).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });
});

describe('sync:use-server', () => {
  it('allows exactly the typed server in the CSP and answers its provider URL', async () => {
    const { handlers, origins } = await setUp();
    const result = await handlers['sync:use-server']({ url: 'https://sync.example.gov.uk/quorum' });
    expect(result).toEqual({ ok: true, value: { url: 'wss://sync.example.gov.uk/quorum' } });
    expect(origins.list()).toEqual(['wss://sync.example.gov.uk', 'https://sync.example.gov.uk']);
  });

  it('refuses an address with credentials and allows nothing', async () => {
    const { handlers, origins } = await setUp();
    const result = await handlers['sync:use-server']({ url: 'ws://me:secret@127.0.0.1:4455' });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(origins.list()).toEqual([]);
  });
});
