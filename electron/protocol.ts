import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, serveAppRequest } from './app-files';

export { APP_HOST, APP_SCHEME } from './app-files';

/** What the window loads. Never file://: a file:// page could read any file the user can. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Must run before `app` is ready. `standard` + `secure` give app://quorum a real origin, so
 * IndexedDB, localStorage and fetch work there as on https://. `codeCache` lets V8 keep the
 * compiled start-up scripts between launches, as it does for https:// (it needs `standard`);
 * nothing else is granted.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves `rendererRoot` (dist/renderer) at app://quorum/. Call once the app is ready.
 * `syncOrigins` is asked on every response, so a server allowed after joining is in the CSP
 * of the next page load.
 */
export function handleAppProtocol(
  rendererRoot: string,
  syncOrigins: () => readonly string[] = () => [],
): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot, syncOrigins()));
}
