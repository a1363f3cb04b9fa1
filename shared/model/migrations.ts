import type * as Y from 'yjs';
import { groupMap, metaMap, schemaVersionOf, WORKSPACE_SCHEMA_VERSION } from './workspace-doc';
import { seedStandardAgenda } from './group';
import { MEETING_SCHEMA_VERSION, meetingMetaMap, meetingSchemaVersionOf } from './meeting-doc';

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
  // 3: the quarterly cycle (action history, minutes status in the index, minute references,
  // the decision index, the group's cadence and reference prefix). Every new key reads as its
  // default when absent, so there is nothing to fill; the version is raised so that an older
  // Quorum refuses this data rather than edit an approved, frozen record it cannot see.
  3: () => {},
  // 4: people's records and quorum: `mergedInto` on a merged person (person-merge.ts) and the
  // group's quorum rule (`quorumMembers`, `quorumIncludesChair`). Absent keys read as "not
  // merged" and "no quorum rule", so nothing is filled: writing defaults here could win over a
  // rule another device set concurrently. The version is raised so that an older Quorum, which
  // would list a merged duplicate again and show its references apart, refuses the data.
  4: () => {},
  // 5: journeys (journeys, journeySteps, journeyCriteria, journeyEvidence). Absent maps read as
  // "no journey yet", so nothing is filled; the version is raised so that an older Quorum,
  // which would carry the journey along unseen in a workspace file but could not show it,
  // refuses the data rather than let a group believe its programme was lost.
  5: () => {},
};

/**
 * Meeting document migrations, by the version they produce (version 1 is written whole by
 * initialiseMeetingDoc).
 */
const meetingMigrations: Record<number, Migration> = {
  // 2: approval, the approved record, previous-minutes resolutions, declarations, carried
  // items: absent keys read as their defaults; raised for the same reason as workspace 3.
  2: () => {},
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
 * Brings a filled meeting document up to MEETING_SCHEMA_VERSION in one transaction and returns
 * the version it started at. An empty document (0) is left for initialiseMeetingDoc, which
 * writes the current version; one from a newer Quorum is left untouched.
 */
export function migrateMeetingDoc(doc: Y.Doc): number {
  const from = meetingSchemaVersionOf(doc);
  if (from > MEETING_SCHEMA_VERSION) throw new NewerSchemaError(from, MEETING_SCHEMA_VERSION);
  if (from === 0 || from === MEETING_SCHEMA_VERSION) return from;
  doc.transact(() => {
    for (let version = from + 1; version <= MEETING_SCHEMA_VERSION; version++) {
      meetingMigrations[version]?.(doc);
    }
    meetingMetaMap(doc).set('schemaVersion', MEETING_SCHEMA_VERSION);
  }, MIGRATION);
  return from;
}
