import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { normalizeInviteCode } from '../shared/sync/invite-codes';

/**
 * Which workspaces this server knows and a salted scrypt hash of each one's invite code.
 * Lives in its own table beside Hocuspocus's `documents` table, in the same database file,
 * so one data directory is the whole server state (back up one file, move one file).
 *
 * We store hashes, never the code: a copied database must not hand out access. Each row has
 * two: a salted scrypt hash that proves a presented code (`salt`, `hash`), and a lookup key
 * (`lookup`), scrypt with one fixed application salt, so that POST /join can find the
 * workspace a code belongs to without trying every row. The lookup key is deterministic, so
 * a copied database lets an attacker test a guess against all rows at once; at 60 random
 * bits per code and one scrypt per guess that is still hopeless.
 */

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>;

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Fixed, public and versioned: it only stops a precomputed table built for other apps. */
const LOOKUP_SALT = Buffer.from('quorum-invite-code-lookup-v1');

const SCHEMA = `CREATE TABLE IF NOT EXISTS "workspaces" (
  "id" text PRIMARY KEY NOT NULL,
  "salt" blob NOT NULL,
  "hash" blob NOT NULL,
  "created_at" text NOT NULL,
  "lookup" blob
)`;

/**
 * One code, one workspace: otherwise someone who knows a code could register a second
 * workspace under it, and /join would have to choose between them. Partial, because rows
 * from before the lookup column have none until their code is next admitted.
 */
const LOOKUP_INDEX = `CREATE UNIQUE INDEX IF NOT EXISTS "workspaces_lookup"
  ON "workspaces" ("lookup") WHERE "lookup" IS NOT NULL`;

interface Row {
  salt: Buffer;
  hash: Buffer;
  lookup: Buffer | null;
}

interface Hashed {
  salt: Buffer;
  hash: Buffer;
  lookup: Buffer;
}

export interface WorkspaceRegistryOptions {
  /** better-sqlite3's compiled addon, when the default one is built for another runtime. */
  nativeBinding?: string;
}

export type Admission = 'admitted' | 'registered' | 'denied';

export class WorkspaceRegistry {
  private readonly db: Database.Database;

  constructor(databaseFile: string, options: WorkspaceRegistryOptions = {}) {
    this.db = new Database(
      databaseFile,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    // WAL lets the Hocuspocus connection, this one and an `add-workspace` run by an operator
    // share the file without blocking each other; the setting persists in the file.
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.addLookupColumn();
    this.db.exec(LOOKUP_INDEX);
  }

  has(workspaceId: string): boolean {
    return this.db.prepare('SELECT 1 FROM workspaces WHERE id = ?').get(workspaceId) !== undefined;
  }

  /**
   * Checks a presented code. An unknown workspace is registered with that code (trust on
   * first use) unless `allowRegistration` is false (the server runs with --closed).
   */
  async admit(
    workspaceId: string,
    presented: string,
    allowRegistration: boolean,
  ): Promise<Admission> {
    const code = normalizeInviteCode(presented);
    if (code === null) return 'denied';
    const row = this.row(workspaceId);
    if (row) {
      if (!(await matches(code, row))) return 'denied';
      if (row.lookup === null) await this.fillLookup(workspaceId, code);
      return 'admitted';
    }
    if (!allowRegistration) return 'denied';
    let inserted: boolean;
    try {
      inserted = this.insert(workspaceId, await hashCode(code));
    } catch (error) {
      // The code already opens another workspace: refuse rather than make it ambiguous.
      if (isLookupConflict(error)) return 'denied';
      throw error;
    }
    if (inserted) return 'registered';
    // Two clients raced to register: the other one won, so check against what it stored.
    const winner = this.row(workspaceId);
    return winner && (await matches(code, winner)) ? 'admitted' : 'denied';
  }

  /** Registers (or, with replace, re-keys) a workspace with a code chosen by the caller. */
  async register(workspaceId: string, code: string, replace = false): Promise<boolean> {
    const canonical = normalizeInviteCode(code);
    if (canonical === null) throw new Error('not a valid invite code');
    const hashed = await hashCode(canonical);
    return this.db.transaction(() => {
      if (replace) this.db.prepare('DELETE FROM workspaces WHERE id = ?').run(workspaceId);
      return this.insert(workspaceId, hashed);
    })();
  }

  /**
   * The workspace a code opens, for POST /join; null for an unknown or malformed code, and
   * for a workspace registered before lookup keys existed whose code has not been admitted
   * since (its key is filled in then).
   */
  async workspaceForCode(presented: string): Promise<string | null> {
    const code = normalizeInviteCode(presented);
    if (code === null) return null;
    const key = await lookupKey(code);
    const found = this.db.prepare('SELECT id FROM workspaces WHERE lookup = ?').get(key) as
      { id: string } | undefined;
    return found?.id ?? null;
  }

  close(): void {
    this.db.close();
  }

  /** Databases created before POST /join have no lookup column; add it in place. */
  private addLookupColumn(): void {
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('workspaces')").all() as {
      name: string;
    }[];
    if (columns.some((column) => column.name === 'lookup')) return;
    try {
      this.db.exec('ALTER TABLE "workspaces" ADD COLUMN "lookup" blob');
    } catch (error) {
      // Another process sharing the file (a second instance, add-workspace) added it first.
      if (!/duplicate column/i.test(error instanceof Error ? error.message : '')) throw error;
    }
  }

  private async fillLookup(workspaceId: string, code: string): Promise<void> {
    const key = await lookupKey(code);
    try {
      this.db
        .prepare('UPDATE workspaces SET lookup = ? WHERE id = ? AND lookup IS NULL')
        .run(key, workspaceId);
    } catch (error) {
      // Another workspace took this code first: this one stays reachable by id, not by /join.
      if (!isLookupConflict(error)) throw error;
    }
  }

  private row(workspaceId: string): Row | undefined {
    return this.db
      .prepare('SELECT salt, hash, lookup FROM workspaces WHERE id = ?')
      .get(workspaceId) as Row | undefined;
  }

  private insert(workspaceId: string, hashed: Hashed): boolean {
    const result = this.db
      .prepare(
        'INSERT INTO workspaces (id, salt, hash, created_at, lookup) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
      )
      .run(workspaceId, hashed.salt, hashed.hash, new Date().toISOString(), hashed.lookup);
    return result.changes === 1;
  }
}

async function hashCode(code: string): Promise<Hashed> {
  const salt = randomBytes(SALT_LENGTH);
  const [hash, lookup] = await Promise.all([scryptAsync(code, salt, KEY_LENGTH), lookupKey(code)]);
  return { salt, hash, lookup };
}

function lookupKey(code: string): Promise<Buffer> {
  return scryptAsync(code, LOOKUP_SALT, KEY_LENGTH);
}

function isLookupConflict(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('workspaces.lookup')
  );
}

async function matches(code: string, row: Row): Promise<boolean> {
  const candidate = await scryptAsync(code, row.salt, KEY_LENGTH);
  // Constant time, so response timing says nothing about how close a guess was.
  return candidate.length === row.hash.length && timingSafeEqual(candidate, row.hash);
}
