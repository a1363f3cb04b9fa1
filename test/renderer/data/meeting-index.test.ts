import Dexie from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMeeting,
  listMeetings,
  meetingsMap,
  migrateWorkspace,
  type MeetingInput,
} from '../../../shared/model';
import { getSetting, openLocalDb, type QuorumLocalDb } from '../../../renderer/data/local-db';
import { readLocalStart, readWholeMeetingList } from '../../../renderer/data/startup/local-start';
import { projectMeetingIndex } from '../../../renderer/data/meeting-index';
import {
  readMeetingIndex,
  readMeetingListPage,
} from '../../../renderer/data/startup/meeting-list-copy';
import { FIRST_PAGE } from '../../../renderer/data/startup/meeting-list-page';
import { createWorkspaceStore } from '../../../renderer/data/workspace-store';
import { openWorkspaceStore } from './open-store';

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
    // The total kept beside the copy follows too (the first page's "of N").
    expect((await readMeetingListPage(db, 'ws-1'))?.total).toBe(1);
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
    expect(db.verno).toBe(5);
  });

  it('indexes the rows a version 3 database already holds, for the first page', async () => {
    const old = new Dexie('index-upgrade-3');
    old.version(3).stores({
      settings: '&key',
      templates: '&id, importedAt',
      meetingIndex: '&[workspaceId+id], workspaceId',
    });
    const doc = workspaceDoc();
    createMeeting(doc, september);
    createMeeting(doc, october);
    const rows = listMeetings(doc).map((meeting) => ({ ...meeting, workspaceId: 'ws-1' }));
    await old.table('meetingIndex').bulkPut(rows);
    await old.table('settings').put({ key: 'meetingIndexBuilt:ws-1', value: true });
    old.close();

    const db = localDb('index-upgrade-3');
    expect(await readMeetingListPage(db, 'ws-1')).toEqual({
      meetings: listMeetings(doc),
      total: 2,
    });
  });

  it('writes a change after a quiet spell at once, and a burst at most once a while', async () => {
    // The clock is set by hand; no timer needs to fire, so none is faked.
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    cleanup.push(() => {
      vi.restoreAllMocks();
    });
    const db = localDb('index-timing');
    const doc = workspaceDoc();
    const projection = projectMeetingIndex(db, 'ws-1', doc, 60_000);
    cleanup.push(() => projection.stop());
    await projection.flushed();
    let writes = 0;
    db.meetingIndex.hook('creating', () => void writes++);

    // A minute after the last write: a new meeting is copied without waiting.
    now += 60_000;
    const first = createMeeting(doc, october);
    await vi.waitFor(() => expect(writes).toBe(1));

    // Straight after: the next change waits its turn (a minute here), unless flushed. The
    // projection decides as the change is observed: a timer, not a write.
    now += 1;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      createMeeting(doc, september);
      expect(vi.getTimerCount()).toBe(1);
      expect(writes).toBe(1);
    } finally {
      vi.useRealTimers();
    }
    await projection.flushed();
    expect(writes).toBe(2);
    expect((await readMeetingIndex(db, 'ws-1'))?.map((m) => m.id)).toContain(first);
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

describe('the first page of the copy', () => {
  it('is the newest meetings in list order, with how many there are in all', async () => {
    const db = localDb('index-page');
    const doc = workspaceDoc();
    // Dates and start times out of order, and two at the same moment (createdAt decides).
    for (let n = 0; n < FIRST_PAGE + 12; n++) {
      const day = String(((n * 7) % 28) + 1).padStart(2, '0');
      const month = String((n % 12) + 1).padStart(2, '0');
      createMeeting(doc, { ...october, title: `Meeting ${n}`, date: `2024-${month}-${day}` });
    }
    createMeeting(doc, { ...october, title: 'Same time', date: '2025-01-01' }, new Date(1));
    createMeeting(doc, { ...october, title: 'Same time, later', date: '2025-01-01' }, new Date(2));
    await projectMeetingIndex(db, 'ws-1', doc).stop();

    const page = await readMeetingListPage(db, 'ws-1');
    expect(page?.total).toBe(FIRST_PAGE + 14);
    expect(page?.meetings).toEqual(listMeetings(doc).slice(0, FIRST_PAGE));
    expect(page?.meetings.slice(0, 2).map((m) => m.title)).toEqual([
      'Same time, later',
      'Same time',
    ]);
    expect(await readMeetingListPage(db, 'ws-2')).toBeNull();
  });
});

describe('starting the workspace store', () => {
  it('shows the list from the copy before the workspace document has loaded', async () => {
    const name = 'index-start';
    const first = await openWorkspaceStore(name);
    createMeeting(first.doc, october);
    createMeeting(first.doc, september);
    await first.destroy();

    const start = await readLocalStart(name);
    const copy = start.meetingList;
    expect(copy?.meetings.map((m) => m.title)).toEqual(['Steering Group', 'Action planning']);
    expect(copy?.total).toBe(2);

    const second = createWorkspaceStore(start);
    cleanup.push(() => second.destroy());
    // Before `load()`: the document is still empty, the copy is not.
    expect(listMeetings(second.doc)).toEqual([]);
    await second.load();
    expect(second.meetingList.getSnapshot()).toEqual(copy?.meetings);
  });

  it('reads the rest of the copy after the first page, for "Show earlier meetings"', async () => {
    const name = 'index-whole';
    const first = await openWorkspaceStore(name);
    for (let n = 0; n < FIRST_PAGE + 3; n++) {
      createMeeting(first.doc, { ...october, title: `Meeting ${n}` }, new Date(n * 1000));
    }
    const all = listMeetings(first.doc);
    await first.destroy();

    const start = await readLocalStart(name);
    cleanup.push(() => start.localDb.close());
    expect(start.meetingList?.meetings).toHaveLength(FIRST_PAGE);
    const whole = await readWholeMeetingList(start);
    expect(whole?.meetingList).toEqual({ meetings: all, total: FIRST_PAGE + 3 });
    // Nothing more to read once the list is whole.
    expect(whole && (await readWholeMeetingList(whole))).toBeNull();
  });

  it('keeps the meetings list on the store current, for screens that cannot read Yjs', async () => {
    const store = await openWorkspaceStore('index-live');
    cleanup.push(() => store.destroy());
    const changes: number[] = [];
    const unsubscribe = store.meetingList.subscribe(() => changes.push(changes.length));
    expect(store.meetingList.getSnapshot()).toEqual([]);

    createMeeting(store.doc, october);
    expect(changes).toHaveLength(1);
    const after = store.meetingList.getSnapshot();
    expect(after.map((m) => m.title)).toEqual(['Steering Group']);
    // The same array until the next change, as useSyncExternalStore requires.
    expect(store.meetingList.getSnapshot()).toBe(after);

    unsubscribe();
    createMeeting(store.doc, september);
    expect(changes).toHaveLength(1);
    expect(store.meetingList.getSnapshot().map((m) => m.title)).toEqual([
      'Steering Group',
      'Action planning',
    ]);
  });
});
