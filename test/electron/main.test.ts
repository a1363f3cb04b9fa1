import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas } from '../../shared/ipc';
import { WORKSPACE, workspaceFile } from './backups/fixtures';
import { fake, FakeBrowserWindow, FakeEvent, FakeWebContents } from './fakes/electron';
import { invokeEvent } from './helpers';

/** Runs electron/main.ts from the top, as `electron .` would. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('with the single-instance lock', () => {
  it('registers app:// before ready, enables the sandbox, then opens one window', async () => {
    await launch();
    expect(fake.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB');
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));

    const [window] = FakeBrowserWindow.windows;
    expect(path.basename(String(window?.options.webPreferences?.preload))).toBe('preload.cjs');
    expect(fake.protocol.isProtocolHandled('app')).toBe(true);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
    expect(await fake.requestPermission(new FakeWebContents(), 'media')).toBe(false);
  });

  it('gives Windows the installer’s app id, so its notifications are shown', async () => {
    const builder = await readFile(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
    const appId = /^appId: (\S+)$/m.exec(builder)?.[1];
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      await launch();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(fake.app.setAppUserModelId).toHaveBeenCalledExactlyOnceWith(appId);
    // Let start-up finish here, not in the next test's fresh Electron.
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
  });

  it('hardens every WebContents it creates', async () => {
    await launch();
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
    const contents = FakeBrowserWindow.windows[0]?.webContents;
    expect(contents?.navigate('app://quorum/elsewhere.html').defaultPrevented).toBe(true);
    expect(contents?.openWindow('app://quorum/index.html')).toBe('deny');
  });

  it('focuses the existing window when a second instance starts', async () => {
    await launch();
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
    const [window] = FakeBrowserWindow.windows;
    fake.app.emit('second-instance');
    expect(window?.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.windows).toHaveLength(1);
  });
});

describe('without the single-instance lock', () => {
  it('quits at once and opens nothing', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    // Nothing to wait for once the import has run: main.ts's top level is synchronous, and a
    // window or a handler could only follow whenReady(), which it never called.
    await launch();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });
});

describe('quitting', () => {
  it('holds a quit for the last backup, then lets it through when this run never hosted', async () => {
    await launch();
    await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
    const [window] = FakeBrowserWindow.windows;
    window!.webContents.mainFrame.url = 'app://quorum/index.html';
    const held = new FakeEvent();
    fake.app.emit('before-quit', held);
    expect(held.defaultPrevented).toBe(true);
    expect(window?.webContents.send).toHaveBeenCalledWith('backup:final-snapshot-request');

    // The page answers with its last snapshot; once it is on disk the app quits again.
    const answer = await fake.invoke('backup:write', invokeEvent(window!), {
      workspaceId: WORKSPACE,
      data: workspaceFile(),
      reason: 'quit',
    });
    expect(answer).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    const backups = path.join(fake.app.getPath('userData'), 'backups', WORKSPACE);
    expect(readdirSync(backups)).toHaveLength(1);

    const again = new FakeEvent();
    fake.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
