import { SYNC_ORIGIN } from './sync/allowed-origins';

/**
 * The Content-Security-Policy sent with every app:// response (see protocol.ts).
 *
 * The renderer is a Vite build served from app://quorum, so 'self' is all it needs: no remote
 * origins, no inline script, no eval. React sets styles through the CSSOM (element.style),
 * which style-src does not govern, so styles need no 'unsafe-inline' either; an editor that
 * injects <style> tags must be told not to (TipTap: `injectCSS: false`) and ship its CSS in
 * the bundle.
 *
 * Sync: connect-src also lists the exact origins of the sync servers main has checked and
 * recorded (electron/sync/allowed-origins.ts: joined servers and this device's own host), as
 * ws:/http: or wss:/https: pairs. Never a wildcard, never a scheme on its own.
 *
 * The base policy is one string literal, assigned under its header name, so that
 * electronegativity (CSP_JS_CHECK / CSP_GLOBAL_CHECK) finds it and grades the real policy.
 * The sync origins are appended afterwards by allowSyncServers(), which only ever adds exact
 * origins to connect-src; script-src and the rest, which the scan grades, are untouched.
 */
export function addContentSecurityPolicy(
  headers: Record<string, string>,
  syncOrigins: readonly string[] = [],
): void {
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'none'";
  allowSyncServers(headers, syncOrigins);
}

const HEADER = 'Content-Security-Policy';

function allowSyncServers(headers: Record<string, string>, origins: readonly string[]): void {
  // Checked again here, where it matters: a source with a space or ; would add directives.
  const exact = origins.filter((origin) => SYNC_ORIGIN.test(origin));
  if (exact.length === 0) return;
  headers[HEADER] = (headers[HEADER] ?? '').replace(
    "connect-src 'self'",
    `connect-src 'self' ${[...new Set(exact)].join(' ')}`,
  );
}

/** The base policy (no sync servers) as a value, for tests and logs. */
export const CONTENT_SECURITY_POLICY: string = (() => {
  const headers: Record<string, string> = {};
  addContentSecurityPolicy(headers);
  return headers['Content-Security-Policy'] ?? '';
})();
