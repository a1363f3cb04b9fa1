import type * as Y from 'yjs';
import { groupMap, metaMap, schemaVersionOf, WORKSPACE_SCHEMA_VERSION } from './workspace-doc';
import { seedStandardAgenda } from './group';
import { MEETING_SCHEMA_VERSION, meetingSchemaVersionOf } from './meeting-doc';

/** Origin of migration transactions: a device upgrading data, not a person editing it. */
export const MIGRATION = 'quorum:migration';

type Migration = (doc: Y.Doc) => void;

/**
 * Workspace migrations, by the version they produce. Each is a pure function of the document
 * (no I/O, no clock), safe to run on two devices at once: Yjs merges what both wrote, and each
 * step only fills what is missing.
 */
const workspaceMigrations: Record<number, Migration> = {
  // 1: meetings index only (the first release).
  1: () => {},
  // 2: the group profile and its standard agenda.
  2: (doc) => {
    const group = groupMap(doc);
    if (!group.has('name')) group.set('name', 'Steering group');
    seedStandardAgenda(doc);
  },
};

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This workspace was saved by a newer version of Quorum (data version ${found}; this version reads up to ${supported}). Update Quorum to open it.`,
    );
    this.name = 'NewerSchemaError';
  }
}

/**
 * Brings a workspace document up to WORKSPACE_SCHEMA_VERSION in one transaction and returns
 * the version it started at. A document from a newer version is left untouched.
 */
export function migrateWorkspace(doc: Y.Doc): number {
  const from = schemaVersionOf(doc);
  if (from > WORKSPACE_SCHEMA_VERSION) throw new NewerSchemaError(from, WORKSPACE_SCHEMA_VERSION);
  if (from === WORKSPACE_SCHEMA_VERSION) return from;
  doc.transact(() => {
    for (let version = from + 1; version <= WORKSPACE_SCHEMA_VERSION; version++) {
      workspaceMigrations[version]?.(doc);
    }
    metaMap(doc).set('schemaVersion', WORKSPACE_SCHEMA_VERSION);
  }, MIGRATION);
  return from;
}

/**
 * Meeting documents start at version 1 (filled by initialiseMeetingDoc); this is where later
 * versions will upgrade them. An empty document (0) is left for initialiseMeetingDoc.
 */
export function migrateMeetingDoc(doc: Y.Doc): number {
  const from = meetingSchemaVersionOf(doc);
  if (from > MEETING_SCHEMA_VERSION) throw new NewerSchemaError(from, MEETING_SCHEMA_VERSION);
  return from;
}
