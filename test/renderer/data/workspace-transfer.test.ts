import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  addItemNote,
  agendaItemMinutes,
  createMeeting,
  listAgenda,
  listLoggedDecisions,
  listMeetings,
  migrateWorkspace,
  updateGroupProfile,
} from '../../../shared/model';
import { decodeWorkspaceFile } from '../../../shared/workspace-file';
import { listKnownWorkspaces } from '../../../renderer/data/known-workspaces';
import { getSetting } from '../../../renderer/data/local-db';
import { exportWorkspace, installWorkspace } from '../../../renderer/data/workspace-transfer';
import type { WorkspaceStore } from '../../../renderer/data/workspace-store';
import { openWorkspaceStore } from './open-store';

const meeting = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online' as const,
  venue: 'Microsoft Teams',
};

const stores: WorkspaceStore[] = [];
async function open(name: string) {
  const store = await openWorkspaceStore(name);
  stores.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

/** Types a line of minutes into the first agenda item of a meeting. */
async function writeMinutes(store: WorkspaceStore, meetingId: string, text: string) {
  const { ready, release } = store.meetings.borrow(meetingId);
  const doc = await ready;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  agendaItemMinutes(doc, listAgenda(doc)[0]!.id).push([paragraph]);
  release();
}

describe('workspace files on a device', () => {
  it('exports every meeting document, minutes included', async () => {
    const store = await open('transfer-export');
    const id = createMeeting(store.doc, meeting);
    await writeMinutes(store, id, 'Councillor Harland welcomed everyone.');
    const file = decodeWorkspaceFile(await exportWorkspace(store));
    if (!file.ok) throw new Error(file.message);
    expect(file.value.workspaceId).toBe(store.workspaceId);
    const exported = file.value.meetings.get(id)!;
    expect(agendaItemMinutes(exported, listAgenda(exported)[0]!.id).toString()).toContain(
      'Councillor Harland welcomed everyone.',
    );
  });

  it('opens a different workspace beside the current one, which stays listed', async () => {
    const incoming = new Y.Doc({ guid: 'b2c3d4e5-0000-4000-8000-000000000001' });
    migrateWorkspace(incoming);
    updateGroupProfile(incoming, { name: 'Incoming group' });
    const incomingMeeting = createMeeting(incoming, { ...meeting, title: 'Imported meeting' });
    const incomingDoc = new Y.Doc({ guid: incomingMeeting });
    const store = await open('transfer-switch');
    const before = store.workspaceId;

    const { reload } = await installWorkspace(store, {
      workspaceId: incoming.guid,
      workspace: incoming,
      meetings: new Map([[incomingMeeting, incomingDoc]]),
    });
    expect(reload).toBe(true);
    expect(await getSetting(store.localDb, 'workspaceId')).toBe(incoming.guid);
    expect((await listKnownWorkspaces(store.localDb)).map((w) => w.id).sort()).toEqual(
      [before, incoming.guid].sort(),
    );
    await store.destroy();
    stores.splice(stores.indexOf(store), 1);

    const reopened = await open('transfer-switch');
    expect(reopened.workspaceId).toBe(incoming.guid);
    expect(listMeetings(reopened.doc).map((m) => m.title)).toEqual(['Imported meeting']);
  });

  it('merges a file of the open workspace without losing edits made since', async () => {
    const store = await open('transfer-merge');
    const id = createMeeting(store.doc, meeting);
    await writeMinutes(store, id, 'Typed before the backup.');
    const backup = decodeWorkspaceFile(await exportWorkspace(store));
    if (!backup.ok) throw new Error(backup.message);

    // After the backup: a new meeting and a new agenda item here.
    const later = createMeeting(store.doc, {
      ...meeting,
      title: 'Later meeting',
      date: '2024-01-15',
    });
    const { ready, release } = store.meetings.borrow(id);
    addAgendaItem(await ready, { title: 'Migration Strategy' });

    const { reload } = await installWorkspace(store, backup.value);
    expect(reload).toBe(false);
    expect(
      listMeetings(store.doc)
        .map((m) => m.id)
        .sort(),
    ).toEqual([id, later].sort());
    const doc = await ready;
    expect(listAgenda(doc).map((i) => i.title)).toContain('Migration Strategy');
    expect(
      agendaItemMinutes(doc, listAgenda(doc)[0]!.id)
        .toString()
        .match(/Typed before the backup/g),
    ).toHaveLength(1);
    release();
  });

  it('brings decisions merged in from a file into the decision log, without opening the meeting', async () => {
    const store = await open('transfer-mirrors');
    const id = createMeeting(store.doc, meeting);
    const file = decodeWorkspaceFile(await exportWorkspace(store));
    if (!file.ok) throw new Error(file.message);
    // The file's copy has a decision this device has not seen (typed on another laptop).
    const theirs = file.value.meetings.get(id)!;
    addItemNote(theirs, listAgenda(theirs)[0]!.id, 'decisions', 'Meet quarterly.');
    await store.meetings.closeAll();
    await store.mirrors.backfill.run();

    await installWorkspace(store, file.value);
    await store.mirrors.backfill.run();
    expect(listLoggedDecisions(store.doc).map((d) => d.text)).toEqual(['Meet quarterly.']);
    expect(store.meetings.peek(id)).toBeUndefined();
  });
});
