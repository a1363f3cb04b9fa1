import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addItemNote,
  approveMinutes,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  listLoggedDecisions,
  listMeetings,
  migrateWorkspace,
  removeItemNote,
} from '../../../shared/model';
import { openLocalDb } from '../../../renderer/data/local-db';
import { MeetingDocs, meetingDbName } from '../../../renderer/data/meeting-docs';
import { mirrorBackfill } from '../../../renderer/data/mirror-backfill';
import { mirrorLedger } from '../../../renderer/data/mirror-ledger';
import type * as YjsPersistence from '../../../renderer/data/yjs-persistence';
import { steeringGroupMeeting } from '../../shared/model/fixtures';

// Counts the meeting documents held in memory through y-indexeddb at any one time.
const persisted = vi.hoisted(() => ({ live: 0, most: 0 }));
vi.mock('../../../renderer/data/yjs-persistence', async (importOriginal) => {
  const original = await importOriginal<typeof YjsPersistence>();
  return {
    persistDocument: (name: string, doc: Y.Doc) => {
      const result = original.persistDocument(name, doc);
      persisted.live++;
      persisted.most = Math.max(persisted.most, persisted.live);
      const destroy = result.persistence.destroy.bind(result.persistence);
      result.persistence.destroy = () => {
        persisted.live--;
        return destroy();
      };
      return result;
    },
  };
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Writes `doc` into the meeting's IndexedDB database, as an earlier session here would have. */
async function storeMeetingDoc(workspaceId: string, doc: Y.Doc): Promise<void> {
  const target = new Y.Doc({ guid: doc.guid });
  const persistence = new IndexeddbPersistence(meetingDbName(workspaceId, doc.guid), target);
  await persistence.whenSynced;
  Y.applyUpdate(target, Y.encodeStateAsUpdate(doc));
  await persistence.destroy();
  target.destroy();
}

async function storedState(workspaceId: string, meetingId: string): Promise<Uint8Array> {
  const doc = new Y.Doc({ guid: meetingId });
  const persistence = new IndexeddbPersistence(meetingDbName(workspaceId, meetingId), doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return Y.encodeStateVector(doc);
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

/** A meeting recorded on this device before the mirrors existed: its document only. */
function recordMeeting(workspace: Y.Doc, date: string, decisions: string[]) {
  const meetingId = createMeeting(workspace, { ...steeringGroupMeeting, date });
  // Built apart from the workspace's index, as documents synced in or recorded before it.
  const doc = new Y.Doc({ guid: meetingId });
  initialiseMeetingDoc(doc, workspace, meetingId);
  const item = listAgenda(doc)[0]!;
  const decisionIds = decisions.map((text) => addItemNote(doc, item.id, 'decisions', text));
  return { meetingId, doc, itemId: item.id, decisionIds };
}

/**
 * A workspace of three meetings none of which has been opened since this app started: two
 * stored on this device (October approved, with two decisions; January a draft with one),
 * and one (April) never stored here. Its indexes know of no decision and no approval.
 */
async function neverOpenedWorkspace(name: string) {
  const workspaceId = `ws-backfill-${name}`;
  const workspace = new Y.Doc({ guid: workspaceId });
  migrateWorkspace(workspace);
  const october = recordMeeting(workspace, '2023-10-09', [
    'An agreed group of core members will attend the steering group.',
    'Frequency of meetings will be on a quarterly basis.',
  ]);
  const january = recordMeeting(workspace, '2024-01-15', ['Harland to chair the panel.']);
  const april = createMeeting(workspace, { ...steeringGroupMeeting, date: '2024-04-15' });
  approveMinutes(october.doc, {
    approvedOn: '2024-01-15',
    approvedAt: january.meetingId,
    amendments: '',
    exportJson: '{}',
    by: 'Councillor Harland',
  });
  await storeMeetingDoc(workspaceId, october.doc);
  await storeMeetingDoc(workspaceId, january.doc);

  const localDb = openLocalDb(`local-backfill-${name}`);
  const ledger = mirrorLedger(localDb, workspaceId);
  const meetings = new MeetingDocs(workspaceId, workspace, 0, ledger);
  const idleWaits = { count: 0 };
  const backfill = mirrorBackfill({
    workspaceId,
    workspace,
    meetings,
    ledger,
    whenIdle: async () => void idleWaits.count++,
  });
  cleanups.push(async () => {
    await backfill.stop();
    await meetings.closeAll();
    localDb.close();
  });
  return {
    workspaceId,
    workspace,
    localDb,
    ledger,
    meetings,
    backfill,
    october,
    january,
    april,
    idleWaits,
  };
}

function decisionTexts(workspace: Y.Doc): string[] {
  return listLoggedDecisions(workspace).map((decision) => decision.text);
}

function statuses(workspace: Y.Doc): Record<string, string> {
  return Object.fromEntries(listMeetings(workspace).map((m) => [m.date, m.minutesStatus]));
}

describe('the mirrors backfill', () => {
  it('fills the decision log and minutes status of meetings never opened since start', async () => {
    const w = await neverOpenedWorkspace('fills');
    expect(decisionTexts(w.workspace)).toEqual([]);
    expect(statuses(w.workspace)['2023-10-09']).toBe('draft');
    persisted.most = 0;

    expect(await w.backfill.run()).toBe(2);

    expect(decisionTexts(w.workspace)).toEqual([
      'Harland to chair the panel.',
      'An agreed group of core members will attend the steering group.',
      'Frequency of meetings will be on a quarterly basis.',
    ]);
    expect(statuses(w.workspace)).toEqual({
      '2024-04-15': 'draft',
      '2024-01-15': 'draft',
      '2023-10-09': 'approved',
    });
    // One meeting in memory at a time, each after an idle moment, and none left open.
    expect(persisted.most).toBe(1);
    expect(persisted.live).toBe(0);
    expect(w.idleWaits.count).toBeGreaterThanOrEqual(3);
    expect(w.meetings.peek(w.october.meetingId)).toBeUndefined();
    // April was never stored here: asking about it did not give it an empty database.
    expect(await databaseNames()).not.toContain(meetingDbName(w.workspaceId, w.april));
  });

  it('reads only meetings whose mirrors are missing or stale, and never writes to them', async () => {
    const w = await neverOpenedWorkspace('stale');
    await w.backfill.run();
    const before = await storedState(w.workspaceId, w.october.meetingId);
    expect(await w.backfill.run()).toBe(0);

    // January changes on disk (merged from a file): a decision removed, one added.
    removeItemNote(w.january.doc, w.january.itemId, 'decisions', w.january.decisionIds[0]!);
    addItemNote(w.january.doc, w.january.itemId, 'decisions', 'Refugee Week plan agreed.');
    await storeMeetingDoc(w.workspaceId, w.january.doc);
    w.ledger.withdraw(w.january.meetingId);

    expect(await w.backfill.run()).toBe(1);
    expect(decisionTexts(w.workspace)).toEqual([
      'Refugee Week plan agreed.',
      'An agreed group of core members will attend the steering group.',
      'Frequency of meetings will be on a quarterly basis.',
    ]);
    expect(await storedState(w.workspaceId, w.october.meetingId)).toEqual(before);
  });

  it('leaves an open meeting to its live mirror, and checks one changed while the app stopped', async () => {
    const w = await neverOpenedWorkspace('open');
    const borrowed = w.meetings.borrow(w.january.meetingId);
    const january = await borrowed.ready;
    // Opening mirrors it (meeting-docs.ts); the backfill reads only October.
    expect(await w.backfill.run()).toBe(1);
    await w.ledger.flushed();
    const vouched = () => mirrorLedger(w.localDb, w.workspaceId).vouched();
    // Only opened, it still matches its mirrors: a reload does not read it again.
    expect(await vouched()).toEqual(new Set([w.october.meetingId, w.january.meetingId, w.april]));

    // Changed, then the app stops before it is closed: the next start does not trust it.
    addItemNote(january, w.january.itemId, 'decisions', 'Refugee Week plan agreed.');
    await w.ledger.flushed();
    expect(await vouched()).toEqual(new Set([w.october.meetingId, w.april]));

    // Closed properly, it is vouched for again, and the log has the new decision.
    borrowed.release();
    await w.meetings.closeAll();
    await w.ledger.flushed();
    expect(await vouched()).toEqual(new Set([w.october.meetingId, w.january.meetingId, w.april]));
    expect(decisionTexts(w.workspace)).toContain('Refugee Week plan agreed.');
  });

  it('stops without waiting for an idle moment that has not come', async () => {
    const w = await neverOpenedWorkspace('stop-idle');
    const never = mirrorBackfill({
      workspaceId: w.workspaceId,
      workspace: w.workspace,
      meetings: w.meetings,
      ledger: w.ledger,
      whenIdle: () => new Promise<void>(() => {}),
    });
    const running = never.run();
    await never.stop();
    expect(await running).toBe(0);
  });

  it('stops between meetings when the workspace closes', async () => {
    const w = await neverOpenedWorkspace('stop');
    const running = w.backfill.run();
    await w.backfill.stop();
    expect(await running).toBe(0);
    expect(decisionTexts(w.workspace)).toEqual([]);
  });
});
