import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  createMeeting,
  getMeeting,
  initialiseMeetingDoc,
  listAgenda,
  listMeetings,
  migrateWorkspace,
  readMeetingHeader,
} from '../../../../shared/model';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import { until } from '../../../server/helpers';
import { useRealSyncServer } from './real-server';

const sync = useRealSyncServer();
const device = sync.device;

const meeting = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online' as const,
  venue: 'Microsoft Teams',
};

describe('WorkspaceSync against a real sync server', () => {
  it('brings a second device the workspace, reports Synced and who is here, and where', async () => {
    const workspaceId = randomUUID();
    const settings = { url: sync.server().url, inviteCode: generateInviteCode() };
    const chairDoc = new Y.Doc();
    migrateWorkspace(chairDoc);
    const meetingId = createMeeting(chairDoc, meeting);
    const chair = device(workspaceId, chairDoc, 'Chair');
    chair.configure(settings);
    chair.setLocation({ meetingId, meetingTitle: 'Steering Group' });
    await until(() => chair.getSnapshot().phase === 'synced', 'the chair to sync');

    const takerDoc = new Y.Doc();
    const taker = device(workspaceId, takerDoc, 'Minute-taker');
    taker.configure(settings);
    await taker.whenWorkspaceSynced();
    expect(listMeetings(takerDoc)).toEqual(listMeetings(chairDoc));

    await until(
      () => taker.getSnapshot().phase === 'synced' && taker.getSnapshot().peers.length === 1,
      'the chair to be seen',
    );
    expect(taker.getSnapshot()).toMatchObject({
      phase: 'synced',
      server: sync.server().url,
      peers: [{ name: 'Chair', meetingId, meetingTitle: 'Steering Group' }],
    });
    await until(() => chair.getSnapshot().peers.length === 1, 'the minute-taker to be seen');
    expect(chair.getSnapshot().peers[0]?.name).toBe('Minute-taker');
  });

  it('waits for the server’s copy of a meeting this device has never had', async () => {
    const workspaceId = randomUUID();
    const settings = { url: sync.server().url, inviteCode: generateInviteCode() };
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    const meetingId = createMeeting(workspace, meeting);
    const chairMeeting = new Y.Doc();
    initialiseMeetingDoc(chairMeeting, workspace, meetingId);
    addAgendaItem(chairMeeting, { title: 'Budget' });
    const chair = device(workspaceId, workspace, 'Chair');
    chair.configure(settings);
    await chair.attachMeeting(meetingId, chairMeeting, false);
    await until(() => chair.getSnapshot().phase === 'synced', 'the chair to sync');

    const takerMeeting = new Y.Doc();
    const taker = device(workspaceId, new Y.Doc(), 'Minute-taker');
    taker.configure(settings);
    await taker.attachMeeting(meetingId, takerMeeting, true);
    // Arrived before the opener fills it, so filling it now does nothing twice.
    expect(readMeetingHeader(takerMeeting)?.title).toBe(getMeeting(workspace, meetingId)?.title);
    initialiseMeetingDoc(takerMeeting, workspace, meetingId);
    expect(listAgenda(takerMeeting).map((i) => i.title)).toEqual(
      listAgenda(chairMeeting).map((i) => i.title),
    );
    expect(taker.meetingAwareness(meetingId)).not.toBeNull();
  });

  it('merges edits made while disconnected when it connects again', async () => {
    const workspaceId = randomUUID();
    const settings = { url: sync.server().url, inviteCode: generateInviteCode() };
    const a = new Y.Doc();
    const b = new Y.Doc();
    const syncA = device(workspaceId, a, 'A');
    const syncB = device(workspaceId, b, 'B');
    syncA.configure(settings);
    syncB.configure(settings);
    await until(() => syncB.getSnapshot().phase === 'synced', 'B to sync');

    syncB.configure(null);
    expect(syncB.getSnapshot().phase).toBe('off');
    createMeeting(a, { ...meeting, title: 'Made online' });
    createMeeting(b, { ...meeting, title: 'Made offline' });
    syncB.configure(settings);
    const titles = (doc: Y.Doc) =>
      listMeetings(doc)
        .map((m) => m.title)
        .sort();
    await until(() => titles(a).length === 2 && titles(b).length === 2, 'both to merge');
    expect(titles(a)).toEqual(['Made offline', 'Made online']);
    expect(titles(b)).toEqual(titles(a));
  });

  it('says why when the server refuses the invite code, and receives nothing', async () => {
    const workspaceId = randomUUID();
    const owner = new Y.Doc();
    createMeeting(owner, meeting);
    const ownerSync = device(workspaceId, owner, 'Owner');
    ownerSync.configure({ url: sync.server().url, inviteCode: generateInviteCode() });
    await until(() => ownerSync.getSnapshot().phase === 'synced', 'the owner to register');

    const intruder = new Y.Doc();
    const intruderSync = device(workspaceId, intruder, 'Intruder');
    intruderSync.configure({ url: sync.server().url, inviteCode: generateInviteCode() });
    await until(() => intruderSync.getSnapshot().problem !== null, 'the refusal');
    expect(intruderSync.getSnapshot().phase).toBe('offline');
    expect(intruderSync.getSnapshot().problem).toMatch(/refused this workspace’s invite code/);
    expect(listMeetings(intruder)).toEqual([]);
  });
});
