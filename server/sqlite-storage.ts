import { schema as DOCUMENTS_SCHEMA } from '@hocuspocus/extension-sqlite';
import type {
  beforeSyncPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import type { Logger } from './logger';
import { checkUpdate, UNLIMITED, UpdateRefused, type UpdateBudget } from './update-check';

/**
 * Where documents live: Hocuspocus's `documents` table (one merged state per document,
 * written when Hocuspocus stores, debounced 2 to 10 s) plus our `document_updates` log.
 *
 * Acknowledged means stored. Hocuspocus acknowledges an update (sync status) right after
 * applying it in memory, and runs the beforeSync hook, awaited, just before that. So that
 * hook checks the update (update-check.ts) and appends it to the log in its own SQLite
 * commit; only then is it applied and acknowledged. Loading merges the stored state with
 * the log; storing writes the state and deletes the log rows that state now contains, in
 * one transaction, so a crash at any point leaves each update in one place or the other.
 *
 * synchronous=FULL (WAL): each log commit is fsynced before the acknowledgement goes out,
 * so an acknowledged update survives power loss and a kernel crash, not only a killed
 * process (NORMAL would fsync only at checkpoints). The device that sent it may have closed
 * its lid for good; the fsync is the price of telling it the truth (see npm run bench:sync).
 */

export const UPDATE_LOG_SCHEMA = `CREATE TABLE IF NOT EXISTS "document_updates" (
  "id" integer PRIMARY KEY AUTOINCREMENT,
  "name" varchar(255) NOT NULL,
  "data" blob NOT NULL
);
CREATE INDEX IF NOT EXISTS "document_updates_name" ON "document_updates" ("name", "id")`;

/** What a client is told when its document's stored bytes cannot be read. */
export const UNREADABLE_DOCUMENT = 'the server could not read this document';

/** Closes one document's connection (not the socket) when its update is refused. */
export const CLOSE_UPDATE_REFUSED = 4400;

/** y-protocols sync message types carrying an update: step 2 and update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Thrown from onLoadDocument: Hocuspocus sends `reason` to the client in place of access. */
export class DocumentUnreadable extends Error {
  readonly reason = UNREADABLE_DOCUMENT;
  constructor() {
    // Empty: Hocuspocus prints a hook error's message; our own log line names the document.
    super('');
  }
}

/** Thrown from beforeSync: Hocuspocus closes that document's connection with code and reason. */
class RefusedUpdate extends Error {
  readonly code = CLOSE_UPDATE_REFUSED;
  constructor(readonly reason: string) {
    super('');
  }
}

export interface SqliteStorageOptions {
  database: string;
  logger: Logger;
  /** better-sqlite3's compiled addon, when the default one is built for another runtime. */
  nativeBinding?: string;
  /** Budget for one incoming update (update-check.ts). */
  updateBudget?: UpdateBudget;
  /**
   * Benchmark only (test/bench/sync/ack-bench.ts): acknowledge without logging, as Hocuspocus
   * alone does, to measure what the log costs. Never set it in a real server.
   */
  withoutUpdateLog?: boolean;
}

interface LogRow {
  id: number;
  data: Buffer;
}

export class SqliteStorage implements Extension {
  readonly extensionName = 'quorum-sqlite-storage';
  /** Opened by onConfigure; sync-server.ts closes it after the last store. */
  db?: BetterSqlite3.Database;

  constructor(private readonly options: SqliteStorageOptions) {}

  async onConfigure(): Promise<void> {
    const { database, nativeBinding } = this.options;
    const db = new BetterSqlite3(database, nativeBinding ? { nativeBinding } : {});
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(DOCUMENTS_SCHEMA);
    db.exec(UPDATE_LOG_SCHEMA);
    this.db = db;
  }

  async beforeSync({ type, payload, document, documentName, connection }: beforeSyncPayload) {
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
    // A read-only connection's update is answered "not saved" by Hocuspocus and never applied.
    if (connection.readOnly) return;
    try {
      checkUpdate(
        payload,
        (client) => Y.getState(document.store, client),
        this.options.updateBudget,
      );
    } catch (error) {
      if (!(error instanceof UpdateRefused)) throw error;
      this.options.logger.warn('update.refused', {
        document: documentName,
        reason: error.why,
        bytes: payload.byteLength,
      });
      throw new RefusedUpdate(`update refused: ${error.why}`);
    }
    // A step 2 with nothing in it (two zero counts) is the common answer of an in-step client.
    if (payload.byteLength <= 2 || this.options.withoutUpdateLog) return;
    this.requireDb()
      .prepare('INSERT INTO document_updates (name, data) VALUES (?, ?)')
      .run(documentName, payload);
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const db = this.requireDb();
    let stored: Buffer | undefined;
    let log: LogRow[];
    try {
      stored = (
        db.prepare('SELECT data FROM documents WHERE name = ?').get(documentName) as
          { data: Buffer } | undefined
      )?.data;
      log = this.logRows(documentName);
      if (stored) {
        checkUpdate(stored, () => 0, UNLIMITED);
        Y.applyUpdate(document, stored);
      }
    } catch (error) {
      this.options.logger.error('document.unreadable', {
        document: documentName,
        reason: error instanceof Error ? error.message : String(error),
      });
      throw new DocumentUnreadable();
    }
    // Each row was checked before it was logged. One that still fails to apply failed the
    // same way when it arrived (y-protocols reports such an error and carries on), so the live
    // document never held it either: drop it rather than block the document.
    for (const row of log) {
      try {
        Y.applyUpdate(document, row.data);
      } catch (error) {
        this.options.logger.warn('document.log-row-dropped', {
          document: documentName,
          row: row.id,
          reason: error instanceof Error ? error.message : String(error),
        });
        db.prepare('DELETE FROM document_updates WHERE id = ?').run(row.id);
      }
    }
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const db = this.requireDb();
    // State, snapshot and log read together, with no await between: what is deleted from the
    // log is exactly what the written state contains. Rows not yet applied (or still pending
    // in Yjs for a missing dependency) stay for the next store.
    const state = Y.encodeStateAsUpdate(document);
    const snapshot = Y.snapshot(document);
    const contained = this.logRows(documentName)
      .filter((row) => Y.snapshotContainsUpdate(snapshot, row.data))
      .map((row) => row.id);
    db.transaction(() => {
      db.prepare(
        'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
      ).run(documentName, state);
      const remove = db.prepare('DELETE FROM document_updates WHERE id = ?');
      for (const id of contained) remove.run(id);
    })();
  }

  private logRows(documentName: string): LogRow[] {
    return this.requireDb()
      .prepare('SELECT id, data FROM document_updates WHERE name = ? ORDER BY id')
      .all(documentName) as LogRow[];
  }

  private requireDb(): BetterSqlite3.Database {
    if (!this.db) throw new Error('storage used before onConfigure');
    return this.db;
  }
}
