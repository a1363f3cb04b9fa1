/**
 * Quorum's Content-Security-Policy, the one copy of it, delivered two ways:
 * - as a header on every app:// response in the desktop app (electron/csp.ts, which adds the
 *   sync servers main has checked to connect-src);
 * - as a <meta> tag in built pages (vite.config.ts), so `npm run preview` and the e2e tests
 *   run under the rules the desktop app does.
 *
 * The renderer is a Vite build served from its own origin, so 'self' is all it needs: no
 * remote origins, no inline script, no eval. React sets styles through the CSSOM
 * (element.style), which style-src does not govern, so styles need no 'unsafe-inline' either;
 * an editor that injects <style> tags must be told not to (TipTap: `injectCSS: false`) and
 * ship its CSS in the bundle.
 */

const HEADER = 'Content-Security-Policy';

/**
 * Sets the policy under its header name as one string literal, the form Electronegativity's
 * CSP_JS_CHECK recognises: the scan (test/electron/electronegativity.test.ts, which reads this
 * folder with electron/) then grades the real policy.
 */
export function setContentSecurityPolicy(headers: Record<string, string>): void {
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'none'";
}

/** The header's policy, with no sync servers. */
export const CONTENT_SECURITY_POLICY: string = (() => {
  const headers: Record<string, string> = {};
  setContentSecurityPolicy(headers);
  return headers[HEADER] ?? '';
})();

/**
 * The same policy for a <meta> tag, but for two directives:
 * - connect-src: sync servers are whatever the person types, so the page itself may reach any
 *   ws(s)/http(s) origin. In the desktop app both policies apply and only their intersection
 *   is allowed, so there the header narrows this to the servers main has checked.
 * - frame-ancestors is left out: a policy in a <meta> tag cannot carry it (the browser
 *   ignores it there and logs an error on every load).
 */
export const PAGE_CONTENT_SECURITY_POLICY: string = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .map((directive) =>
    directive === "connect-src 'self'" ? "connect-src 'self' ws: wss: http: https:" : directive,
  )
  .join('; ');
