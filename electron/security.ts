import { shell } from 'electron';
import type { Event, Session, WebContents, WebContentsWillNavigateEventParams } from 'electron';

/**
 * True only for a URL we are willing to hand to the user's browser: it parses, it is
 * http(s), and it carries no user name or password (a phishing trick, and a leak).
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const webProtocol = url.protocol === 'https:' || url.protocol === 'http:';
  return webProtocol && url.username === '' && url.password === '' && url.hostname !== '';
}

/** Opens a link in the default browser after validation; anything else is refused. */
export function openExternalSafely(raw: string): boolean {
  if (!isSafeExternalUrl(raw)) {
    console.warn(`Refused to open a link that is not a plain web address: ${raw.slice(0, 200)}`);
    return false;
  }
  // Reviewed (electronegativity OPEN_EXTERNAL_JS_CHECK): the app's openExternal for web
  // links, reached only with a URL that passed isSafeExternalUrl above. (The other, for
  // mailto: links only, is in ipc/mail.ts.)
  const opening = shell.openExternal(new URL(raw).href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  opening.catch((error: unknown) => {
    console.error('Could not open the link in the browser:', error);
  });
  return true;
}

/**
 * Every navigation is denied. The renderer is a single-page app: its routing uses the
 * History API, which does not emit will-navigate, so any real navigation is either a link
 * to the web (opened in the browser instead) or something we did not intend, including
 * same-origin app:// pages and redirects.
 */
function denyNavigation(event: Event<WebContentsWillNavigateEventParams>): void {
  event.preventDefault();
  if (isSafeExternalUrl(event.url)) openExternalSafely(event.url);
}

/** Applied to every WebContents the app creates (see `web-contents-created` in main.ts). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternalSafely(url);
    return { action: 'deny' };
  });
}

/**
 * Quorum needs no camera, microphone, location, notifications or device access, so every
 * permission request and check says no. Note this includes `clipboard-sanitized-write`:
 * copy and paste through the Edit menu and the keyboard still work, but
 * `navigator.clipboard.writeText` from the page is refused.
 */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
