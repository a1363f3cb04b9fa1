/**
 * The Content-Security-Policy sent with every app:// response (see protocol.ts).
 *
 * The renderer is a Vite build served from app://quorum, so 'self' is all it needs: no remote
 * origins, no inline script, no eval. React sets styles through the CSSOM (element.style),
 * which style-src does not govern, so styles need no 'unsafe-inline' either; an editor that
 * injects <style> tags must be told not to (TipTap: `injectCSS: false`) and ship its CSS in
 * the bundle.
 *
 * TODO(sync): a later issue adds the user-configured sync server to connect-src (its exact
 * ws:/wss: origin, built from validated settings, never a wildcard). Until then the renderer
 * can talk to nothing but app://quorum.
 *
 * The policy is one string literal, assigned under its header name, so that electronegativity
 * (CSP_JS_CHECK / CSP_GLOBAL_CHECK) finds it and grades the real policy.
 */
export function addContentSecurityPolicy(headers: Record<string, string>): void {
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'none'";
}

/** The same policy as a value, for tests and logs. */
export const CONTENT_SECURITY_POLICY: string = (() => {
  const headers: Record<string, string> = {};
  addContentSecurityPolicy(headers);
  return headers['Content-Security-Policy'] ?? '';
})();
