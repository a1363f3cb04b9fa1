import Dexie, { type EntityTable, type Table } from 'dexie';
import { newId } from '../../shared/model/ids';
import type { Meeting } from '../../shared/model/meeting-record';

/**
 * What belongs to this device only and is never synced: settings, identity, imported Word
 * templates, and a projection of the Yjs documents for lists that must show at once.
 * Shared data (meetings, minutes, actions) is written to Yjs documents, never here: the
 * projection is a copy, rebuilt from the documents whenever they change.
 *
 * Bump the version and add a `.stores()` (with an `.upgrade()` if rows change shape) for
 * every schema change; Dexie runs them in order on devices that skipped releases.
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A council's Word template, imported once and kept on this device (see templates.ts). */
export interface TemplateRow {
  id: string;
  /** The file name it was imported from: "Council minutes template.docx". */
  name: string;
  bytes: Uint8Array;
  /** ISO timestamp. */
  importedAt: string;
  /** Placeholders found, those Quorum does not know, and known ones the template lacks. */
  placeholders: string[];
  unknown: string[];
  missing: string[];
  /** Other things to check before export (a picture without alt text). Absent in templates
   * imported before warnings were recorded: read as none. */
  warnings?: string[];
  /** Repeating blocks the template uses ('items', 'actions'); absent in older imports. */
  blocks?: string[];
}

/** A meeting in the workspace's index, copied here so the meetings list needs no Yjs load. */
export type MeetingIndexRow = Meeting & { workspaceId: string };

/**
 * A workspace's search index as the search worker saved it (renderer/data/search/), so that
 * starting the app does not re-read years of minutes. A projection: deleting it costs one
 * rebuild.
 */
export interface SearchIndexRow {
  workspaceId: string;
  /** SearchIndex.serialise() as UTF-8. */
  bytes: Uint8Array;
  savedAt: string;
}

export type QuorumLocalDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  templates: EntityTable<TemplateRow, 'id'>;
  meetingIndex: Table<MeetingIndexRow, [string, string]>;
  searchIndex: EntityTable<SearchIndexRow, 'workspaceId'>;
};

export const LOCAL_DB_NAME = 'quorum-local';

export function openLocalDb(name = LOCAL_DB_NAME): QuorumLocalDb {
  const db = new Dexie(name) as QuorumLocalDb;
  db.version(1).stores({ settings: '&key' });
  // 2: imported Word templates.
  db.version(2).stores({ settings: '&key', templates: '&id, importedAt' });
  // 3: the meetings list's projection of each workspace's meeting index (meeting-index.ts).
  db.version(3).stores({
    settings: '&key',
    templates: '&id, importedAt',
    meetingIndex: '&[workspaceId+id], workspaceId',
  });
  // 4: the meetings list's order as an index, so start-up reads only the newest page of it.
  db.version(4).stores({
    settings: '&key',
    templates: '&id, importedAt',
    meetingIndex: '&[workspaceId+id], workspaceId, [workspaceId+date+startTime+createdAt]',
  });
  // 5: each workspace's saved search index (search/search-store.ts).
  db.version(5).stores({ searchIndex: '&workspaceId' });
  return db;
}

export async function getSetting<T>(db: QuorumLocalDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function putSetting(db: QuorumLocalDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Returns the id stored under `key`, creating it on first use. Runs in one transaction so two
 * windows starting at once still agree on a single id.
 */
export function ensureId(db: QuorumLocalDb, key: 'deviceId' | 'workspaceId'): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await getSetting<string>(db, key);
    if (typeof existing === 'string' && existing.length > 0) return existing;
    const id = newId();
    await putSetting(db, key, id);
    return id;
  });
}
