import { app } from 'electron';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { AllowedSyncOrigins } from './allowed-origins';
import { chooseSqliteBinding } from './native-sqlite';
import { SyncHost } from './sync-host';

/**
 * The app's one sync host and one list of allowed sync servers, wired to Electron's paths.
 * Created on first use: app.getPath() may only be asked once the app is starting.
 */

/** Easy to say and to type; any free port is used if it is taken. */
export const PREFERRED_HOST_PORT = 4455;

export const appSyncOrigins = new AllowedSyncOrigins(() =>
  path.join(app.getPath('userData'), 'sync-origins.json'),
);

let host: SyncHost | undefined;

export function appSyncHost(): SyncHost {
  host ??= new SyncHost({
    dataDir: path.join(app.getPath('userData'), 'sync-host'),
    // Every interface, so others on the network can reach it; the invite code guards access.
    bindHost: '0.0.0.0',
    preferredPort: PREFERRED_HOST_PORT,
    networkInterfaces,
    sqliteNativeBinding: () => {
      const electronVersion = process.versions.electron;
      return chooseSqliteBinding({
        electronVersion,
        isPackaged: app.isPackaged,
        appRoot: electronVersion ? app.getAppPath() : '',
        platform: process.platform,
        arch: process.arch,
        exists: existsSync,
      });
    },
  });
  return host;
}

/** The host if this run has used one; undefined otherwise (none is created just to ask). */
export function currentSyncHost(): SyncHost | undefined {
  return host;
}

/**
 * For before-quit: a hosted server may hold edits not yet on disk, so the quit waits until
 * the host has stopped (written everything), then asks again. Stopping clears `hosting`, so
 * that second before-quit passes straight through.
 */
export function holdQuitWhileHosting(
  event: { preventDefault(): void },
  syncHost: SyncHost | undefined,
  quit: () => void,
): void {
  if (!syncHost?.hosting) return;
  event.preventDefault();
  syncHost
    .stop()
    .catch((error: unknown) => console.error('Could not stop hosting cleanly:', error))
    .finally(quit);
}
