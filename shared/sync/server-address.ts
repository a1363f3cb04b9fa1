/**
 * A sync server's address as a person types it ("192.168.1.20:4455", "ws://…", "https://…"),
 * checked and turned into what the app needs: the ws(s):// URL for providers, the http(s)://
 * URL of its POST /join, and the exact origins the renderer's CSP must allow.
 *
 * Parsed by hand rather than with `URL`: shared/ has no DOM or Node types, and a short
 * grammar we own makes the allow-list plain to read. What is refused, and why:
 * - schemes other than ws, wss, http and https (no file:, no javascript:);
 * - user names and passwords (`user:pass@host`): a phishing trick, and a secret in settings;
 * - query strings and fragments: the server does not read them, and a code pasted there
 *   would end up in proxy logs;
 * - IPv6 literals: a CSP source cannot name one, so the renderer could not connect.
 */

export const MAX_SYNC_ADDRESS_LENGTH = 500;

export interface SyncServerAddress {
  /** ws://host:port/path or wss://…, for HocuspocusProviderWebsocket. */
  providerUrl: string;
  /** http(s)://host:port/path/join. */
  joinUrl: string;
  /** host[:port], for messages. */
  host: string;
  /** The exact CSP sources to allow: the WebSocket origin and its http(s) twin. */
  origins: [string, string];
}

export type ParsedSyncAddress =
  { ok: true; address: SyncServerAddress } | { ok: false; problem: string };

const SECURE: Record<string, boolean> = { ws: false, http: false, wss: true, https: true };
// scheme://authority/path — authority is everything up to the first / ? or #.
const SHAPE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#]*)([^?#]*)([?#].*)?$/i;
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const PATH = /^(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*$/;

export function parseSyncServerAddress(input: string): ParsedSyncAddress {
  const typed = input.trim();
  const problem = (text: string): ParsedSyncAddress => ({ ok: false, problem: text });
  if (typed === '') return problem('enter the server address');
  if (typed.length > MAX_SYNC_ADDRESS_LENGTH) {
    return problem(`must be at most ${MAX_SYNC_ADDRESS_LENGTH} characters`);
  }
  const [, rawScheme, authority = '', rawPath = '', extra] = SHAPE.exec(typed) ?? [];
  // No scheme: a LAN address read off the host's screen, which is plain ws://.
  const scheme = (rawScheme ?? 'ws').toLowerCase();
  const secure = SECURE[scheme];
  if (secure === undefined) return problem('must start with ws://, wss://, http:// or https://');
  if (authority.includes('@')) return problem('must not contain a user name or password');
  if (extra !== undefined) return problem('must not contain ? or #');
  if (authority.startsWith('['))
    return problem('IPv6 addresses are not supported; use IPv4 or a name');

  const [, hostPart = '', portPart] = /^([^:]*)(?::(.*))?$/.exec(authority) ?? [];
  const hostname = hostPart.toLowerCase();
  if (!HOST_NAME.test(hostname)) return problem('must name a server, e.g. ws://192.168.1.20:4455');
  let port = '';
  if (portPart !== undefined) {
    const number = /^\d{1,5}$/.test(portPart) ? Number(portPart) : NaN;
    if (!(number >= 1 && number <= 65535)) return problem('has a port that is not 1 to 65535');
    // The default port is left out, as browsers do, so the CSP source matches the origin.
    if (number !== (secure ? 443 : 80)) port = `:${number}`;
  }
  if (!PATH.test(rawPath)) return problem('has characters that are not allowed in the path');

  const host = `${hostname}${port}`;
  const path = rawPath.replace(/\/+$/, '');
  const [ws, http] = secure ? ['wss', 'https'] : ['ws', 'http'];
  return {
    ok: true,
    address: {
      providerUrl: `${ws}://${host}${path}`,
      joinUrl: `${http}://${host}${path}/join`,
      host,
      origins: [`${ws}://${host}`, `${http}://${host}`],
    },
  };
}
