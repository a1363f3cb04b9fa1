import type { IncomingMessage } from 'node:http';

/**
 * Wrong invite codes, counted per client address, over POST /join and WebSocket
 * authentication alike. A code is 60 random bits, so guessing is hopeless anyway; the limit
 * is there because every presented code costs the server an scrypt (tens of milliseconds of
 * CPU), and a stream of guesses would starve the people in the meeting. A client over the
 * limit is refused before any scrypt runs, until its oldest failure leaves the window.
 * Successes are not counted: a device opening twenty meetings presents its code twenty times.
 */

export const MAX_FAILED_ATTEMPTS = 10;
export const FAILED_ATTEMPTS_WINDOW_MS = 60_000;
/** Addresses remembered at once; past this the longest-quiet one is forgotten first. */
const MAX_ADDRESSES = 10_000;

export class FailedAttempts {
  /** Failure times per address, oldest first; Map order is least recently failed first. */
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = MAX_FAILED_ATTEMPTS,
    private readonly windowMs = FAILED_ATTEMPTS_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `address` may present a code again; 0 if it may now. */
  retryAfterMs(address: string): number {
    // The failure that must leave the window before this address is under the limit again.
    const blocking = this.recent(address).at(-this.limit);
    return blocking === undefined ? 0 : blocking + this.windowMs - this.now();
  }

  /** Records a wrong (or malformed) code from `address`. */
  record(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.failures.delete(address);
    this.failures.set(address, recent.slice(-this.limit));
    if (this.failures.size > MAX_ADDRESSES) {
      const quietest = this.failures.keys().next();
      if (!quietest.done) this.failures.delete(quietest.value);
    }
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.failures.get(address) ?? []).filter((time) => time > since);
    if (recent.length === 0) this.failures.delete(address);
    return recent;
  }
}

/**
 * Who is asking: the TCP peer, or behind a reverse proxy that the operator says to trust
 * (--trust-proxy), the address the proxy appended to X-Forwarded-For. Only the last entry
 * counts: earlier ones are whatever the client chose to send.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const forwarded = request.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const last = header?.split(',').pop()?.trim();
  return last || peer;
}
