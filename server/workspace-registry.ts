import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { normalizeInviteCode } from './invite-codes';

/**
 * Which workspaces this server knows and a salted scrypt hash of each one's invite code.
 * Lives in its own table beside Hocuspocus's `documents` table, in the same database file,
 * so one data directory is the whole server state (back up one file, move one file).
 *
 * We store a hash, never the code: a copied database must not hand out access.
 */

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>;

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

const SCHEMA = `CREATE TABLE IF NOT EXISTS "workspaces" (
  "id" text PRIMARY KEY NOT NULL,
  "salt" blob NOT NULL,
  "hash" blob NOT NULL,
  "created_at" text NOT NULL
)`;

interface Row {
  salt: Buffer;
  hash: Buffer;
}

export type Admission = 'admitted' | 'registered' | 'denied';

export class WorkspaceRegistry {
  private readonly db: Database.Database;

  constructor(databaseFile: string) {
    this.db = new Database(databaseFile);
    // WAL lets the Hocuspocus connection, this one and an `add-workspace` run by an operator
    // share the file without blocking each other; the setting persists in the file.
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
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
    if (row) return (await matches(code, row)) ? 'admitted' : 'denied';
    if (!allowRegistration) return 'denied';
    const inserted = this.insert(workspaceId, await hashCode(code));
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

  close(): void {
    this.db.close();
  }

  private row(workspaceId: string): Row | undefined {
    return this.db.prepare('SELECT salt, hash FROM workspaces WHERE id = ?').get(workspaceId) as
      Row | undefined;
  }

  private insert(workspaceId: string, hashed: Row): boolean {
    const result = this.db
      .prepare(
        'INSERT INTO workspaces (id, salt, hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
      )
      .run(workspaceId, hashed.salt, hashed.hash, new Date().toISOString());
    return result.changes === 1;
  }
}

async function hashCode(code: string): Promise<Row> {
  const salt = randomBytes(SALT_LENGTH);
  return { salt, hash: await scryptAsync(code, salt, KEY_LENGTH) };
}

async function matches(code: string, row: Row): Promise<boolean> {
  const candidate = await scryptAsync(code, row.salt, KEY_LENGTH);
  // Constant time, so response timing says nothing about how close a guess was.
  return candidate.length === row.hash.length && timingSafeEqual(candidate, row.hash);
}
