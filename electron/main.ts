/**
 * Quorum's main process: the app's lifecycle, and nothing else. Each concern lives in its
 * own file (window, protocol, security, menu, ipc); this one decides when they run.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import { FINAL_BACKUP_REQUEST } from '../shared/ipc';
import { appBackupKeeper } from './backups/app-backups';
import { finalBackupOnQuit } from './backups/final-backup';
import { allHandlers, registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { appSyncOrigins, currentSyncHost, holdQuitWhileHosting } from './sync/app-sync';
import { focusMainWindow, getMainWindow, openMainWindow } from './window';

// The bundle lives in dist-electron/; the renderer build sits beside it in dist/renderer/.
const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'dist', 'renderer');
const APP_USER_MODEL_ID = 'uk.quorum.app';

function openWindow(): Promise<BrowserWindow> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  return openMainWindow({ preload: PRELOAD, stateFile });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  // Before the first page: its CSP lists the sync servers allowed in earlier runs.
  await appSyncOrigins.load();
  handleAppProtocol(RENDERER_ROOT, () => appSyncOrigins.list());
  installApplicationMenu();
  registerIpcHandlers(allHandlers, getMainWindow);
  await openWindow();
}

function failToStart(error: unknown): void {
  console.error('Quorum could not start:', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Quorum could not start', detail);
  app.exit(1);
}

// These must happen before `ready`: privileges for app://, the sandbox for every renderer, and
// the UI language.
registerAppScheme();
app.enableSandbox();
// British English for the UI Chromium draws itself: date fields read dd/mm/yyyy, spell-check
// and text services follow en-GB, whatever the machine's own locale.
app.commandLine.appendSwitch('lang', 'en-GB');
// Windows shows an app's notifications (action reminders) only under its AppUserModelID: the
// appId the installer gives Quorum's Start menu shortcut (electron-builder.yml).
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (!app.requestSingleInstanceLock()) {
  // Another Quorum is running; it receives `second-instance` and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  // Every WebContents, including any we did not create on purpose, gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // A last backup of the workspace as it is now (the renderer sends it), then quit.
  app.on(
    'before-quit',
    finalBackupOnQuit({
      keeper: appBackupKeeper,
      askRenderer: () => {
        const window = getMainWindow();
        if (!window || window.isDestroyed()) return false;
        window.webContents.send(FINAL_BACKUP_REQUEST);
        return true;
      },
      quit: () => app.quit(),
    }),
  );
  // "Host on this network": quit only once the hosted documents are on disk.
  app.on('before-quit', (event) =>
    holdQuitWhileHosting(event, currentSyncHost(), () => app.quit()),
  );
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      openWindow().catch(failToStart);
    }
  });
  app.whenReady().then(start).catch(failToStart);
}
