import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveWindowState } from '../../electron/window-state';
import { focusMainWindow, getMainWindow, openMainWindow } from '../../electron/window';
import { fake, FakeBrowserWindow } from './fakes/electron';
import { tempDir } from './helpers';

async function open(state?: Parameters<typeof saveWindowState>[1]): Promise<FakeBrowserWindow> {
  const stateFile = path.join(await tempDir('window'), 'window-state.json');
  if (state) await saveWindowState(stateFile, state);
  await openMainWindow({ preload: '/app/dist-electron/preload.cjs', stateFile });
  const [window] = FakeBrowserWindow.windows;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('the main window', () => {
  it('is isolated, sandboxed and has no Node, with our preload', async () => {
    const { options } = await open();
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads app://quorum/, never file://', async () => {
    const window = await open();
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    expect(window.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/quorum\//);
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('opens hidden and shows itself when ready', async () => {
    const window = await open();
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('opens at the saved size and place, maximised if it was', async () => {
    const window = await open({ x: 40, y: 50, width: 1000, height: 700, maximised: true });
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
  });

  it('is the IPC window until it closes', async () => {
    const window = await open();
    expect(getMainWindow()).toBe(window);
    window.close();
    expect(getMainWindow()).toBeNull();
  });

  it('comes to the front, restored, when Quorum is launched again', async () => {
    const window = await open();
    window.minimize();
    focusMainWindow();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
