import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../json-file';

/**
 * The sync servers the renderer may connect to, for the CSP's connect-src (electron/csp.ts).
 *
 * Main records a server here only after it has checked it: `sync:join` (the server answered
 * /join for the code the person typed) or `sync:host-start` (this device's own server on
 * 127.0.0.1). Each is an exact origin pair, ws:// with http:// or wss:// with https://, never
 * a wildcard. Kept in userData/sync-origins.json so the allowance outlives a restart; the file
 * is validated on every read, and a corrupt one is ignored (logged), which only means the
 * person joins again.
 */

/** scheme://host[:port], lowercase, no IPv6 literal (a CSP source cannot name one). */
export const SYNC_ORIGIN = /^(?:wss?|https?):\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$/;

/** Recent servers only: an old LAN address is forgotten after this many newer ones. */
const MAX_ORIGINS = 40;

const fileSchema = z.object({
  version: z.literal(1),
  origins: z.array(z.string().regex(SYNC_ORIGIN)).max(MAX_ORIGINS),
});

export class AllowedSyncOrigins {
  private origins: readonly string[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: () => string) {}

  /** What the CSP allows now. Synchronous: it is read for every app:// response. */
  list(): readonly string[] {
    return this.origins;
  }

  /** Reads the file (at start-up); missing means none, corrupt means none plus a log line. */
  async load(): Promise<void> {
    const file = this.file();
    try {
      const saved = await readJsonFile(file, {
        schema: fileSchema,
        fallback: { version: 1, origins: [] },
        corrupt: 'not a valid list of sync servers; join them again',
      });
      this.origins = saved.origins;
    } catch (error) {
      console.warn(`Could not read ${file}; no sync server is allowed until one is joined:`, error);
      this.origins = [];
    }
  }

  /**
   * Allows these origins from now on (the most recent last) and saves the list.
   * WARNING: takes effect for the next app:// response; the renderer reloads to use it.
   */
  async allow(origins: readonly string[]): Promise<void> {
    for (const origin of origins) {
      if (!SYNC_ORIGIN.test(origin)) throw new Error(`not a sync server origin: ${origin}`);
    }
    const kept = this.origins.filter((origin) => !origins.includes(origin));
    this.origins = [...kept, ...origins].slice(-MAX_ORIGINS);
    const snapshot = this.origins;
    // One write at a time, in order, so the file never goes back to an older list.
    this.writing = this.writing.catch(() => {}).then(() => this.save(snapshot));
    await this.writing;
  }

  private save(origins: readonly string[]): Promise<void> {
    return writeJsonFile(this.file(), { version: 1, origins });
  }
}
