import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The limit on presented invite codes, over POST /join and WebSocket authentication alike.
 * A code is 60 random bits, so guessing is hopeless anyway; the limit is there because every
 * presented code costs an scrypt (tens of milliseconds of CPU), and a stream of guesses would
 * starve the people in the meeting. Three parts, each closing a way round the others:
 *
 * - A budget per client address, charged BEFORE the scrypt, so guesses sent in parallel
 *   are counted while in flight (a limit that records failures afterwards lets 100 parallel
 *   guesses all through). A token bucket: a burst of MAX_FAILED_ATTEMPTS, then one more
 *   attempt every REFILL_MS. A right code gives its token back, so only wrong codes spend
 *   the budget, and colleagues behind one office address wait seconds after someone's typos,
 *   not a minute.
 * - The same code presented for the same workspace from the same address while its check is
 *   in flight shares that check: a device reopening twenty documents at once spends one
 *   token and one scrypt, not twenty.
 * - A global cap on checks running at once (MAX_CONCURRENT_CHECKS), with a bounded queue,
 *   so guessers from many addresses cannot flood the thread pool that honest logins need.
 */

export const MAX_FAILED_ATTEMPTS = 10;
/** One more attempt per address every 6 s once the burst is spent: 10 a minute. */
export const REFILL_MS = 6_000;
/** Each check is one or two scrypts on libuv's pool (4 threads); leave room for the rest. */
export const MAX_CONCURRENT_CHECKS = 2;
/** Checks waiting for a slot; past this the server is busy and refuses (429 / throttled). */
export const MAX_QUEUED_CHECKS = 64;
/** Addresses remembered at once; past this the longest-quiet one is forgotten first. */
const MAX_ADDRESSES = 10_000;
/** What a caller is told to wait when the global queue is full. */
const BUSY_RETRY_MS = 1_000;

export interface Throttled {
  throttled: true;
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class CodeAttempts {
  /** Map order is least recently used first, for forgetting. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  /** Keys in-flight checks by a keyed hash, so presented codes are not kept as map keys. */
  private readonly key = randomBytes(32);

  constructor(
    private readonly burst = MAX_FAILED_ATTEMPTS,
    private readonly refillMs = REFILL_MS,
    private readonly maxConcurrent = MAX_CONCURRENT_CHECKS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs `check` for a code that `address` presents for `scope` (a workspace id, or /join),
   * or refuses without running it. `accepted` says whether the outcome was a right code,
   * which gives the token back. An error (a damaged database) gives it back too: it was not
   * the client's doing.
   */
  async attempt<T>(
    address: string,
    scope: string,
    code: string,
    check: () => Promise<T>,
    accepted: (outcome: T) => boolean,
  ): Promise<T | Throttled> {
    const flightKey = createHmac('sha256', this.key)
      .update(`${address}\0${scope}\0${code}`)
      .digest('base64');
    const shared = this.inFlight.get(flightKey) as Promise<T> | undefined;
    if (shared) return shared;
    const retryAfterMs = this.take(address);
    if (retryAfterMs > 0) return { throttled: true, retryAfterMs };
    if (this.running >= this.maxConcurrent && this.waiting.length >= MAX_QUEUED_CHECKS) {
      this.refund(address);
      return { throttled: true, retryAfterMs: BUSY_RETRY_MS };
    }
    const run = (async () => {
      await this.slot();
      try {
        const outcome = await check();
        if (accepted(outcome)) this.refund(address);
        return outcome;
      } catch (error) {
        this.refund(address);
        throw error;
      } finally {
        this.release();
      }
    })();
    this.inFlight.set(flightKey, run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(flightKey);
    }
  }

  /** Milliseconds until `address` may present a code again; 0 if it may now. */
  retryAfterMs(address: string): number {
    const bucket = this.bucket(address);
    if (bucket.tokens >= 1) return 0;
    // Rounded to microseconds first: fractional tokens carry float error (2000.0000000002).
    return Math.ceil(Math.round((1 - bucket.tokens) * this.refillMs * 1000) / 1000);
  }

  /** Spends one attempt, or returns how long until one is available. */
  private take(address: string): number {
    const wait = this.retryAfterMs(address);
    if (wait > 0) return wait;
    const bucket = this.bucket(address);
    bucket.tokens -= 1;
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (this.buckets.size > MAX_ADDRESSES) {
      const quietest = this.buckets.keys().next();
      if (!quietest.done) this.buckets.delete(quietest.value);
    }
    return 0;
  }

  private refund(address: string): void {
    const bucket = this.bucket(address);
    bucket.tokens = Math.min(this.burst, bucket.tokens + 1);
  }

  /** The address's bucket, topped up for the time since it was last seen. */
  private bucket(address: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(address);
    // Not stored until take() spends from it: asking must not fill the map.
    if (!bucket) return { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs);
    bucket.at = now;
    return bucket;
  }

  private slot(): Promise<void> {
    if (this.running < this.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next();
    else this.running--;
  }
}

export function isThrottled(outcome: unknown): outcome is Throttled {
  return typeof outcome === 'object' && outcome !== null && 'throttled' in outcome;
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
