import { createServer, type AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting, listMeetings, type MeetingInput } from '../../../shared/model';
import { getSetting, openLocalDb, putSetting } from '../../../renderer/data/local-db';
import {
  FirstSyncTimeoutError,
  workspaceDbName,
  type WorkspaceStore,
} from '../../../renderer/data/workspace-store';
import { openWorkspaceStore } from './open-store';

const meeting: MeetingInput = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

const open: WorkspaceStore[] = [];
async function openStore(name: string): Promise<WorkspaceStore> {
  const store = await openWorkspaceStore(name);
  open.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.destroy()));
});

describe('workspace store (y-indexeddb + Dexie)', () => {
  it('keeps meetings, workspace id and device id across a reload', async () => {
    const dbName = 'reload-keeps-meetings';
    const first = await openStore(dbName);
    const id = createMeeting(first.doc, meeting);
    await first.destroy();
    open.splice(open.indexOf(first), 1);

    const second = await openStore(dbName);
    expect(second.workspaceId).toBe(first.workspaceId);
    expect(second.deviceId).toBe(first.deviceId);
    expect(listMeetings(second.doc)).toEqual([expect.objectContaining({ id, ...meeting })]);
  });

  it('writes each edit as it happens, so a crash without closing loses nothing', async () => {
    const store = await openStore('crash-loses-nothing');
    const id = createMeeting(store.doc, meeting);
    // Never destroy() the store: a crash. Another connection reads what y-indexeddb wrote as
    // soon as its transaction commits, with no flush from the store.
    await vi.waitFor(async () => {
      const survivor = new Y.Doc();
      const persistence = new IndexeddbPersistence(workspaceDbName(store.workspaceId), survivor);
      await persistence.whenSynced;
      const stored = listMeetings(survivor).map((m) => m.id);
      await persistence.destroy();
      expect(stored).toEqual([id]);
    });
  });

  it('gives separate local databases separate workspaces and devices', async () => {
    const a = await openStore('separate-a');
    const b = await openStore('separate-b');
    expect(a.workspaceId).not.toBe(b.workspaceId);
    expect(a.deviceId).not.toBe(b.deviceId);
    createMeeting(a.doc, meeting);
    expect(listMeetings(b.doc)).toEqual([]);
  });
});

describe('local database (Dexie)', () => {
  it('has a versioned schema: settings by name, templates by id, meetings and search index by workspace', async () => {
    const db = openLocalDb('schema-version');
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => [t.name, t.schema.primKey.name])).toEqual([
      ['settings', 'key'],
      ['templates', 'id'],
      ['meetingIndex', '[workspaceId+id]'],
      ['searchIndex', 'workspaceId'],
    ]);
    db.close();
  });

  it('stores settings across a reopen', async () => {
    const db = openLocalDb('settings-reopen');
    await putSetting(db, 'theme', { contrast: 'high' });
    db.close();
    const again = openLocalDb('settings-reopen');
    expect(await getSetting(again, 'theme')).toEqual({ contrast: 'high' });
    expect(await getSetting(again, 'missing')).toBeUndefined();
    again.close();
  });
});

describe('a workspace joined from another device', () => {
  it('stops waiting for a server that never sends it, with words to act on', async () => {
    // The renderer uses the browser's WebSocket; Node 20 has none, so lend it `ws`'s.
    const globals = globalThis as { WebSocket?: unknown };
    const previous = globals.WebSocket;
    globals.WebSocket = WebSocket;
    try {
      const url = `ws://127.0.0.1:${await closedPort()}`;
      const db = openLocalDb('joined-never-arrives');
      await putSetting(db, 'workspaceId', 'ws-joined');
      await putSetting(db, 'sync:ws-joined', { url, inviteCode: 'QRM-1', awaitingFirstSync: true });
      db.close();
      const opening = openWorkspaceStore('joined-never-arrives', { firstSyncTimeoutMs: 300 });
      await expect(opening).rejects.toBeInstanceOf(FirstSyncTimeoutError);
      await expect(opening).rejects.toThrow(
        `The workspace you joined has not arrived from the sync server at ${url}.`,
      );
    } finally {
      globals.WebSocket = previous;
    }
  });
});

/** A port on this machine with nothing listening: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
