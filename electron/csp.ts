import { setContentSecurityPolicy } from '../shared/security/content-security-policy';
import { SYNC_ORIGIN } from './sync/allowed-origins';

/**
 * The Content-Security-Policy sent with every app:// response (see protocol.ts): the policy in
 * shared/security/content-security-policy.ts, with the sync servers this device may reach.
 *
 * Sync: connect-src also lists the exact origins of the sync servers main has checked and
 * recorded (electron/sync/allowed-origins.ts: joined servers and this device's own host), as
 * ws:/http: or wss:/https: pairs. Never a wildcard, never a scheme on its own. They are
 * appended after the base policy is set, and only ever to connect-src; script-src and the
 * rest, which the security scan grades, are untouched.
 */
export function addContentSecurityPolicy(
  headers: Record<string, string>,
  syncOrigins: readonly string[] = [],
): void {
  setContentSecurityPolicy(headers);
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
