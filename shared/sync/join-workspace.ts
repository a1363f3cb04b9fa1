import { fail, ok, type Result } from '../ipc/result';
import { parseSyncServerAddress } from './server-address';

/**
 * Joining a workspace on a sync server: POST the invite code to the server's /join and read
 * back the workspace id (docs/sync.md, "Joining"). Shared by Electron's main process and the
 * browser adapter so both say the same thing to the person joining. The HTTP call is passed in
 * (both pass post-json.ts's), so tests can answer as any server would.
 */

export const JOIN_TIMEOUT_MS = 10_000;

/** POSTs a JSON body; resolves with the status and parsed body, rejects if unreachable. */
export type PostJson = (url: string, body: string) => Promise<PostAnswer>;

export interface PostAnswer {
  status: number;
  body: unknown;
  /** The Retry-After header, if the server sent one (seconds, for a 429). */
  retryAfter: string | null;
}

export interface JoinedWorkspace {
  workspaceId: string;
  /** The normalised ws:// or wss:// address for the providers. */
  url: string;
}

export interface JoinOutcome {
  joined: JoinedWorkspace;
  /** CSP sources for this server (its ws(s) and http(s) origins). */
  origins: [string, string];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const joinMessages = {
  unreachable: (host: string) =>
    `Quorum could not reach ${host}. Check the address and that you are on the same network.`,
  unknownCode: (host: string) => `The server at ${host} did not recognise that invite code.`,
  tooManyAttempts: (host: string, retryAfter: string | null) =>
    `The server at ${host} has refused too many wrong invite codes from this computer. ` +
    `Check the code and try again ${waitFor(retryAfter)}.`,
  notACode: () => 'That is not an invite code. Invite codes look like QRM-7KX4-P9TD-M2HQ.',
  notQuorum: (host: string) =>
    `The server at ${host} answered, but not as a Quorum sync server. Check the address.`,
};

export async function joinWorkspace(
  post: PostJson,
  request: { url: string; inviteCode: string },
): Promise<Result<JoinOutcome>> {
  const parsed = parseSyncServerAddress(request.url);
  if (!parsed.ok) return fail('invalid-payload', `The server address ${parsed.problem}.`);
  const { address } = parsed;

  let answer: PostAnswer;
  try {
    answer = await post(address.joinUrl, JSON.stringify({ code: request.inviteCode }));
  } catch {
    // Refused, timed out, no route, bad certificate: to the person joining, all one thing.
    return fail('unreachable', joinMessages.unreachable(address.host));
  }
  const { status, body } = answer;
  const field = (name: string): unknown =>
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

  if (status === 200) {
    const workspaceId = field('workspaceId');
    if (typeof workspaceId === 'string' && UUID.test(workspaceId)) {
      return ok({ joined: { workspaceId, url: address.providerUrl }, origins: address.origins });
    }
  }
  if (status === 404 && field('error') === 'unknown-code') {
    return fail('unknown-code', joinMessages.unknownCode(address.host));
  }
  if (status === 429 && field('error') === 'too-many-attempts') {
    return fail('too-many-attempts', joinMessages.tooManyAttempts(address.host, answer.retryAfter));
  }
  if (status === 400 && field('error') === 'bad-request') {
    return fail('invalid-payload', joinMessages.notACode());
  }
  // An old server without /join, a web server, a captive portal: not something to join.
  return fail('unreachable', joinMessages.notQuorum(address.host));
}

/** "in 40 seconds", "in a minute" or "in 3 minutes", from a Retry-After in seconds. */
function waitFor(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'later';
  if (seconds < 60)
    return `in ${Math.ceil(seconds)} ${Math.ceil(seconds) === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'in a minute' : `in ${minutes} minutes`;
}
