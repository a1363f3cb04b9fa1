import { JOIN_TIMEOUT_MS, type PostJson } from './join-workspace';

/**
 * The one HTTP call joining makes, for main and the browser adapter alike. Only the global
 * fetch and AbortSignal, which Node 20, Electron and browsers all have, so it may live in
 * shared/. The server answers CORS * (docs/sync.md, "Joining"), so a page on any origin may
 * ask it too.
 */
export const postJson: PostJson = async (url, body) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(JOIN_TIMEOUT_MS),
    // The invite code must not be sent on to wherever a redirect points.
    redirect: 'error',
  });
  return {
    status: response.status,
    body: await response.json().catch(() => null),
    retryAfter: response.headers.get('retry-after'),
  };
};
