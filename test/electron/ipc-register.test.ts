import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { ipcRequestSchemas, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import type { FakeBrowserWindow } from './fakes/electron';
import { fake, FakeWebFrame } from './fakes/electron';
import { appWindow, invokeEvent } from './helpers';

const saveRequest = {
  suggestedName: 'Minutes 9 October 2023.docx',
  data: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'Word document', extensions: ['docx'] }],
};

function spyHandlers() {
  return {
    'app:info': vi.fn(async () => ok({ name: 'Quorum', version: '0.1.0', platform: 'linux' })),
    'file:save': vi.fn(async () => ok({ location: '/tmp/minutes.docx' })),
    'file:open': vi.fn(async () => ok({ name: 'a.docx', data: new Uint8Array() })),
    'export:pdf': vi.fn(async () => ok(new Uint8Array([0x25, 0x50, 0x44, 0x46]))),
    'sync:host-start': vi.fn(async () =>
      ok({
        port: 4455,
        urls: ['ws://127.0.0.1:4455'],
        localUrl: 'ws://127.0.0.1:4455',
        inviteCode: 'QRM-7KX4-P9TD-M2HQ',
        workspaceId: '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80',
      }),
    ),
    'sync:host-stop': vi.fn(async () => ok({ stopped: true as const })),
    'sync:host-status': vi.fn(async () => ok({ hosting: false as const })),
    'sync:use-server': vi.fn(async () => ok({ url: 'ws://127.0.0.1:4455' })),
    'sync:join': vi.fn(async () =>
      ok({ workspaceId: '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80', url: 'ws://127.0.0.1:4455' }),
    ),
    'reminder:show': vi.fn(async () => ok({ shown: true as const })),
    'mail:compose': vi.fn(async () => ok({ opened: true as const })),
    'backup:write': vi.fn(async () => ok({ written: null, nextInMs: 1000 })),
    'backup:list': vi.fn(async () => ok([])),
    'backup:read': vi.fn(async () => ok(new Uint8Array())),
  } satisfies IpcHandlers;
}

let window: FakeBrowserWindow;
let handlers: ReturnType<typeof spyHandlers>;

beforeEach(() => {
  window = appWindow();
  handlers = spyHandlers();
  registerIpcHandlers(handlers, () => window as unknown as BrowserWindow);
});

describe('registration', () => {
  it('handles every channel in the contract, and allHandlers covers them all', () => {
    const channels = Object.keys(ipcRequestSchemas).sort();
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(channels);
    expect(Object.keys(allHandlers).sort()).toEqual(channels);
  });

  it('hands the handler the parsed request from our window', async () => {
    const result = await fake.invoke('file:save', invokeEvent(window), saveRequest);
    expect(result).toEqual({ ok: true, value: { location: '/tmp/minutes.docx' } });
    expect(handlers['file:save']).toHaveBeenCalledWith(saveRequest);
  });
});

describe('payload validation', () => {
  it.each([
    ['a path for a name', { ...saveRequest, suggestedName: '../../.bashrc' }, 'suggestedName'],
    ['no bytes', { ...saveRequest, data: 'not bytes' }, 'data'],
    ['an extra field', { ...saveRequest, path: '/etc/passwd' }, 'path'],
    [
      'a bad extension',
      { ...saveRequest, filters: [{ name: 'x', extensions: ['*'] }] },
      'filters.0.extensions.0',
    ],
    ['nothing at all', undefined, 'request'],
  ])(
    'rejects file:save with %s, naming the field, without calling the handler',
    async (_case, payload, field) => {
      const result = await fake.invoke('file:save', invokeEvent(window), payload);
      expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
      expect((result as { message: string }).message).toContain(field);
      expect(handlers['file:save']).not.toHaveBeenCalled();
    },
  );

  it('rejects a payload where none is expected', async () => {
    const result = await fake.invoke('app:info', invokeEvent(window), { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('never shows a dialog for an invalid payload to the real handlers', async () => {
    fake.ipcMain.handle.mockClear();
    fake.reset();
    const mine = appWindow();
    registerIpcHandlers(allHandlers, () => mine as unknown as BrowserWindow);
    await fake.invoke('file:save', invokeEvent(mine), { ...saveRequest, suggestedName: '' });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('sender checks', () => {
  const forbidden = { ok: false, error: 'forbidden-sender' };

  it('rejects another window', async () => {
    const other = appWindow();
    expect(await fake.invoke('app:info', invokeEvent(other))).toMatchObject(forbidden);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('rejects a subframe of our window, even on app://quorum', async () => {
    const frame = new FakeWebFrame('app://quorum/index.html', window.webContents.mainFrame);
    expect(await fake.invoke('app:info', invokeEvent(window, frame))).toMatchObject(forbidden);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/page.html',
    'app://elsewhere/index.html',
    'about:blank',
  ])('rejects our window once it shows %s', async (url) => {
    window.webContents.mainFrame.url = url;
    expect(await fake.invoke('app:info', invokeEvent(window))).toMatchObject(forbidden);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('rejects a frame that has gone, and any call once the window has closed', async () => {
    expect(await fake.invoke('app:info', invokeEvent(window, null))).toMatchObject(forbidden);
    window.close();
    expect(await fake.invoke('app:info', invokeEvent(window))).toMatchObject(forbidden);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });
});

describe('handler failures', () => {
  it('turns an unexpected throw into an internal error that keeps the message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    handlers['app:info'].mockRejectedValueOnce(new Error('boom'));
    const result = await fake.invoke('app:info', invokeEvent(window));
    expect(result).toMatchObject({ ok: false, error: 'internal' });
    expect((result as { message: string }).message).toContain('boom');
  });
});
