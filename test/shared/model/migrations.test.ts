import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  groupMap,
  listPeople,
  peopleMap,
  listMeetings,
  listStandardAgenda,
  meetingsMap,
  metaMap,
  MEETING_SCHEMA_VERSION,
  MIGRATION,
  migrateMeetingDoc,
  migrateWorkspace,
  NewerSchemaError,
  newRecord,
  readGroupProfile,
  currentJourney,
  schemaVersionOf,
  WORKSPACE_SCHEMA_VERSION,
} from '../../../shared/model';
import { syncDocs, workspaceWithMeeting } from './fixtures';

/** A workspace as the first release (schema 1) wrote it: a meetings index and nothing else. */
function version1Workspace(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('schemaVersion', 1);
    meetingsMap(doc).set(
      'm1',
      newRecord({
        id: 'm1',
        title: 'Steering Group',
        date: '2023-10-09',
        startTime: '13:00',
        endTime: '14:00',
        venueKind: 'online',
        venue: 'Microsoft Teams',
        createdAt: '2023-09-20T10:00:00.000Z',
      }),
    );
  });
  return doc;
}

describe('workspace migrations', () => {
  it('upgrades a version 1 workspace, keeping its meetings and adding the standard agenda', () => {
    const doc = version1Workspace();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(migrateWorkspace(doc)).toBe(1);
    expect(schemaVersionOf(doc)).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(listMeetings(doc).map((m) => m.id)).toEqual(['m1']);
    expect(listStandardAgenda(doc).map((i) => i.title)).toContain('Any other business');
    expect(readGroupProfile(doc).name).toBe('Steering group');
    expect(origins).toEqual([MIGRATION]);
  });

  it('fills an empty workspace and does nothing the second time', () => {
    const doc = new Y.Doc();
    expect(migrateWorkspace(doc)).toBe(0);
    const before = Y.encodeStateVector(doc);
    expect(migrateWorkspace(doc)).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('gives one standard agenda when two devices migrate offline and then sync', () => {
    const a = version1Workspace();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateWorkspace(a);
    migrateWorkspace(b);
    syncDocs(a, b);
    expect(listStandardAgenda(a)).toHaveLength(7);
    expect(listStandardAgenda(b).map((i) => i.id)).toEqual(listStandardAgenda(a).map((i) => i.id));
  });

  it('refuses a workspace from a newer version and leaves it untouched', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', WORKSPACE_SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => migrateWorkspace(doc)).toThrow(NewerSchemaError);
    expect(() => migrateWorkspace(doc)).toThrow(/newer version of Quorum/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a meeting document from a newer version', () => {
    const { meetingDoc } = workspaceWithMeeting();
    expect(migrateMeetingDoc(meetingDoc)).toBe(MEETING_SCHEMA_VERSION);
    meetingDoc.getMap('meta').set('schemaVersion', 99);
    expect(() => migrateMeetingDoc(meetingDoc)).toThrow(NewerSchemaError);
  });

  it('raises a version 2 workspace to 3 and on to 5, changing nothing else', () => {
    const doc = new Y.Doc();
    migrateWorkspace(doc);
    metaMap(doc).set('schemaVersion', 2);
    const before = doc.toJSON();
    expect(migrateWorkspace(doc)).toBe(2);
    expect(schemaVersionOf(doc)).toBe(5);
    expect({ ...doc.toJSON(), meta: before.meta }).toEqual(before);
  });

  it('raises a version 3 workspace to 5: its people stay listed and it has no quorum rule', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      metaMap(doc).set('schemaVersion', 3);
      groupMap(doc).set('name', 'Steering Group');
      peopleMap(doc).set(
        'p1',
        newRecord({ id: 'p1', name: 'Jenny', role: '', organisation: '', email: '', tags: [] }),
      );
    });
    const before = doc.toJSON();
    expect(migrateWorkspace(doc)).toBe(3);
    expect(schemaVersionOf(doc)).toBe(5);
    expect({ ...doc.toJSON(), meta: before.meta }).toEqual(before);
    expect(listPeople(doc).map((p) => [p.name, p.mergedInto])).toEqual([['Jenny', null]]);
    const group = readGroupProfile(doc);
    expect([group.quorumMembers, group.quorumIncludesChair]).toEqual([0, false]);
  });

  it('raises a version 4 workspace to 5 with no journey, changing nothing else', () => {
    const doc = new Y.Doc();
    migrateWorkspace(doc);
    metaMap(doc).set('schemaVersion', 4);
    const before = doc.toJSON();
    expect(migrateWorkspace(doc)).toBe(4);
    expect(schemaVersionOf(doc)).toBe(5);
    expect({ ...doc.toJSON(), meta: before.meta }).toEqual(before);
    expect(currentJourney(doc)).toBeNull();
  });

  it('raises a version 1 meeting document to 2 in one migration transaction, keeping it whole', () => {
    const { meetingDoc } = workspaceWithMeeting();
    meetingDoc.getMap('meta').set('schemaVersion', 1);
    const before = meetingDoc.toJSON();
    const origins: unknown[] = [];
    meetingDoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(migrateMeetingDoc(meetingDoc)).toBe(1);
    expect(meetingDoc.getMap('meta').get('schemaVersion')).toBe(2);
    expect(origins).toEqual([MIGRATION]);
    const after = meetingDoc.toJSON();
    expect({ ...after, meta: { ...after.meta, schemaVersion: 1 } }).toEqual(before);
    // A second run, and an empty document (filled later by initialiseMeetingDoc), do nothing.
    expect(migrateMeetingDoc(meetingDoc)).toBe(2);
    const empty = new Y.Doc();
    expect(migrateMeetingDoc(empty)).toBe(0);
    expect(empty.getMap('meta').size).toBe(0);
    expect(origins).toEqual([MIGRATION]);
  });
});
