import Dexie from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMeeting,
  listMeetings,
  meetingsMap,
  migrateWorkspace,
  type MeetingInput,
} from '../../../shared/model';
import { getSetting, openLocalDb, type QuorumLocalDb } from '../../../renderer/data/local-db';
import { projectMeetingIndex, readMeetingIndex } from '../../../renderer/data/meeting-index';
import {
  openWorkspaceStore,
  startWorkspaceStore,
  type WorkspaceStore,
} from '../../../renderer/data/workspace-store';

const october: MeetingInput = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};
const september: MeetingInput = { ...october, title: 'Action planning', date: '2023-09-01' };

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function localDb(name: string): QuorumLocalDb {
  const db = openLocalDb(name);
  cleanup.push(() => db.close());
  return db;
}

function workspaceDoc(): Y.Doc {
  const doc = new Y.Doc();
  migrateWorkspace(doc);
  return doc;
}

describe('the meetings list copy in Dexie', () => {
  it('is absent until first written, so "no copy" is never read as "no meetings"', async () => {
    const db = localDb('index-absent');
    expect(await readMeetingIndex(db, 'ws-1')).toBeNull();

    const projection = projectMeetingIndex(db, 'ws-1', workspaceDoc());
    await projection.stop();
    expect(await readMeetingIndex(db, 'ws-1')).toEqual([]);
  });

  it('follows the document: new, renamed and deleted meetings, newest first', async () => {
    const db = localDb('index-follows');
    const doc = workspaceDoc();
    const first = createMeeting(doc, september);
    const projection = projectMeetingIndex(db, 'ws-1', doc);
    cleanup.push(() => projection.stop());
    await projection.flushed();
    expect(await readMeetingIndex(db, 'ws-1')).toEqual(listMeetings(doc));

    const second = createMeeting(doc, october);
    // As a rename arrives from another device: the index entry's field changes.
    meetingsMap(doc).get(first)?.set('title', 'Action planning workshop');
    await projection.flushed();
    const copy = await readMeetingIndex(db, 'ws-1');
    expect(copy?.map((m) => [m.id, m.title])).toEqual([
      [second, 'Steering Group'],
      [first, 'Action planning workshop'],
    ]);

    doc.transact(() => meetingsMap(doc).delete(second));
    await projection.flushed();
    expect((await readMeetingIndex(db, 'ws-1'))?.map((m) => m.id)).toEqual([first]);
  });

  it('keeps each workspace apart and skips rows it cannot read', async () => {
    const db = localDb('index-apart');
    const a = workspaceDoc();
    const b = workspaceDoc();
    createMeeting(a, october);
    createMeeting(b, september);
    await projectMeetingIndex(db, 'ws-a', a).stop();
    await projectMeetingIndex(db, 'ws-b', b).stop();
    // As a newer Quorum might leave it: a row in a shape this version does not know.
    await db.meetingIndex.put({ workspaceId: 'ws-a', id: 'odd', title: 42 } as never);

    expect((await readMeetingIndex(db, 'ws-a'))?.map((m) => m.title)).toEqual(['Steering Group']);
    expect((await readMeetingIndex(db, 'ws-b'))?.map((m) => m.title)).toEqual(['Action planning']);
  });

  it('arrives by upgrading a version 2 database, which keeps its settings', async () => {
    const old = new Dexie('index-upgrade');
    old.version(2).stores({ settings: '&key', templates: '&id, importedAt' });
    await old.table('settings').put({ key: 'workspaceId', value: 'ws-1' });
    old.close();

    const db = localDb('index-upgrade');
    expect(await getSetting(db, 'workspaceId')).toBe('ws-1');
    expect(await readMeetingIndex(db, 'ws-1')).toBeNull();
    expect(db.verno).toBe(3);
  });

  it('writes nothing when the copy already matches', async () => {
    const db = localDb('index-no-rewrite');
    const doc = workspaceDoc();
    createMeeting(doc, october);
    await projectMeetingIndex(db, 'ws-1', doc).stop();

    let writes = 0;
    const count = () => void writes++;
    db.meetingIndex.hook('creating', count);
    db.meetingIndex.hook('updating', count);
    db.meetingIndex.hook('deleting', count);
    await projectMeetingIndex(db, 'ws-1', doc).stop();
    expect(writes).toBe(0);
  });
});

describe('starting the workspace store', () => {
  it('shows the list from the copy before the workspace document has loaded', async () => {
    const name = 'index-start';
    const first = await openWorkspaceStore(name);
    createMeeting(first.doc, october);
    createMeeting(first.doc, september);
    await first.destroy();

    const second: WorkspaceStore = await startWorkspaceStore(name);
    cleanup.push(() => second.destroy());
    // Before `load()`: the document is still empty, the copy is not.
    expect(listMeetings(second.doc)).toEqual([]);
    const copy = second.meetingListCopy;
    expect(copy?.map((m) => m.title)).toEqual(['Steering Group', 'Action planning']);

    await second.load();
    expect(listMeetings(second.doc)).toEqual(copy);
  });
});
