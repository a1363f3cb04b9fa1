import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeInviteCode } from '../shared/sync/invite-codes';
import { clientAddress, isThrottled, type CodeAttempts } from './failed-attempts';
import type { Logger } from './logger';
import type { WorkspaceRegistry } from './workspace-registry';

/**
 * POST /join: which workspace does this invite code open? A person joining types the
 * server's address and the code; this answers the workspace id their providers need.
 *
 *   request   {"code": "QRM-7KX4-P9TD-M2HQ"}       (as typed; the server normalises it)
 *   200       {"workspaceId": "<uuid>"}
 *   404       {"error": "unknown-code"}
 *   400       {"error": "bad-request"}              (not JSON, no code, not code-shaped)
 *   500       {"error": "internal"}              (e.g. a damaged database; logged as join.failed)
 *   429       {"error": "too-many-attempts"}        (too many wrong codes from this client;
 *                                                   Retry-After says when; failed-attempts.ts)
 *
 * Any origin may ask (CORS *): the answer is only useful to someone who already holds the
 * code, and the renderer may run as a plain web page on another origin. The code is never
 * logged; the request body is read into memory only up to MAX_JOIN_BODY_BYTES.
 */

export const MAX_JOIN_BODY_BYTES = 1024;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-max-age': '600',
  // So a web page joining can read how long to wait after a 429.
  'access-control-expose-headers': 'Retry-After',
};

export type JoinHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function createJoinHandler(
  registry: WorkspaceRegistry,
  options: { logger: Logger; attempts: CodeAttempts; trustProxy: boolean },
): JoinHandler {
  const { logger, attempts } = options;
  return (request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (request.method !== 'POST') {
      answer(response, 405, { error: 'method-not-allowed' }, { allow: 'POST, OPTIONS' });
      return;
    }
    const remote = clientAddress(request, options.trustProxy);
    // One promise chain with one rejection handler: an error anywhere below (a damaged
    // workspaces table throws from SQLite) answers 500 and must never escape as an
    // unhandled rejection, which would stop the whole server.
    readBody(request)
      .then(async (body) => {
        const code = body === null ? null : codeFrom(body);
        // A malformed request costs no scrypt, but spends from the same budget as a wrong
        // code, so a client cannot probe for free; it is charged as one failed attempt.
        const outcome = await attempts.attempt(
          remote,
          'join',
          code ?? '',
          () => (code === null ? Promise.resolve(null) : registry.workspaceForCode(code)),
          (found) => found !== null,
        );
        if (isThrottled(outcome)) {
          // Refused before the scrypt lookup, which is what a stream of guesses would cost.
          logger.warn('join.throttled', { remote });
          const seconds = String(Math.ceil(outcome.retryAfterMs / 1000));
          answer(response, 429, { error: 'too-many-attempts' }, { 'retry-after': seconds });
          return;
        }
        if (code === null) {
          logger.warn('join.bad-request', { remote });
          answer(response, 400, { error: 'bad-request' });
          return;
        }
        const workspaceId = outcome;
        if (workspaceId === null) {
          logger.warn('join.unknown-code', { remote });
          answer(response, 404, { error: 'unknown-code' });
          return;
        }
        logger.info('join.ok', { workspace: workspaceId, remote });
        answer(response, 200, { workspaceId });
      })
      .catch((error: unknown) => {
        logger.error('join.failed', {
          remote,
          reason: error instanceof Error ? error.message : String(error),
        });
        if (!response.headersSent) answer(response, 500, { error: 'internal' });
      });
  };
}

/** The normalised code from a JSON body, or null if the body is not a well-formed request. */
function codeFrom(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const code = (parsed as { code?: unknown }).code;
  return typeof code === 'string' ? normalizeInviteCode(code) : null;
}

/**
 * Resolves with the body as text, or with null as soon as it passes the limit; the rest is
 * read and dropped, never kept.
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_JOIN_BODY_BYTES) resolve(null);
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(
  response: ServerResponse,
  status: number,
  body: Record<string, string>,
  extraHeaders: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  response.end(JSON.stringify(body));
}
