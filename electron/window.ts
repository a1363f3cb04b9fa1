import { BrowserWindow } from 'electron';
import { APP_URL } from './protocol';
import { loadWindowState, trackWindowState } from './window-state';
import type { WindowState } from './window-state';

export interface MainWindowPaths {
  /** dist-electron/preload.cjs */
  preload: string;
  /** userData/window-state.json */
  stateFile: string;
}

let mainWindow: BrowserWindow | null = null;

/** The one window whose renderer may call IPC; `null` before it opens and after it closes. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Creates the window (not yet loaded) with the security settings in DESIGN.md. */
export function createMainWindow(preload: string, state: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 480,
    minHeight: 360,
    title: 'Quorum',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would ask for a new window; they are denied, but do not even ask.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  return window;
}

/** Opens Quorum's window at its saved size and place and loads app://quorum/. */
export async function openMainWindow(paths: MainWindowPaths): Promise<BrowserWindow> {
  const state = await loadWindowState(paths.stateFile);
  const window = createMainWindow(paths.preload, state);
  mainWindow = window;
  // Maximising also shows the window, so both wait until there is something to show.
  window.once('ready-to-show', () => {
    if (state.maximised) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  trackWindowState(window, paths.stateFile);
  await window.loadURL(APP_URL);
  return window;
}

/** A second launch brings the existing window forward instead of opening another. */
export function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
