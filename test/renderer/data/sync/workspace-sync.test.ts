import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  createMeeting,
  fillNextMeeting,
  getMeeting,
  initialiseMeetingDoc,
  listAgenda,
  listMeetings,
  listStandardAgenda,
  migrateWorkspace,
  prepareNextMeeting,
  readMeetingHeader,
  setCarryForward,
  setMeetingRole,
  setNextMeeting,
} from '../../../../shared/model';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import { until } from '../../../server/helpers';
import type { WorkspaceSync } from '../../../../renderer/data/sync/workspace-sync';
import { prepareNextMeetingOnDevice } from '../../../../renderer/data/prepare-next-meeting';
import { useRealSyncServer } from './real-sync-server';

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
    const settings = { url: sync.url(), inviteCode: generateInviteCode() };
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
      server: sync.url(),
      peers: [{ name: 'Chair', meetingId, meetingTitle: 'Steering Group' }],
    });
    await until(() => chair.getSnapshot().peers.length === 1, 'the minute-taker to be seen');
    expect(chair.getSnapshot().peers[0]?.name).toBe('Minute-taker');
  });

  it('waits for the server’s copy of a meeting this device has never had', async () => {
    const workspaceId = randomUUID();
    const settings = { url: sync.url(), inviteCode: generateInviteCode() };
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
    const settings = { url: sync.url(), inviteCode: generateInviteCode() };
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
    ownerSync.configure({ url: sync.url(), inviteCode: generateInviteCode() });
    await until(() => ownerSync.getSnapshot().phase === 'synced', 'the owner to register');

    const intruder = new Y.Doc();
    const intruderSync = device(workspaceId, intruder, 'Intruder');
    intruderSync.configure({ url: sync.url(), inviteCode: generateInviteCode() });
    await until(() => intruderSync.getSnapshot().problem !== null, 'the refusal');
    expect(intruderSync.getSnapshot().phase).toBe('offline');
    expect(intruderSync.getSnapshot().problem).toMatch(/refused this workspace’s invite code/);
    expect(listMeetings(intruder)).toEqual([]);
  });
});

interface PreparingDevice {
  workspace: Y.Doc;
  october: Y.Doc;
  sync: WorkspaceSync;
}

function preparingDevice(workspaceId: string, name: string): PreparingDevice {
  const workspace = new Y.Doc();
  return { workspace, october: new Y.Doc(), sync: device(workspaceId, workspace, name) };
}

const agendaTitles = (doc: Y.Doc) => listAgenda(doc).map((item) => item.title);

/**
 * The chair's laptop with October's meeting (filled by `fill` before it syncs), and the
 * minute-taker's, which has received the workspace and October's document.
 */
async function chairAndMinuteTaker(fill: (october: Y.Doc) => void = () => {}) {
  const workspaceId = randomUUID();
  const settings = { url: sync.url(), inviteCode: generateInviteCode() };
  const chair = preparingDevice(workspaceId, 'Chair');
  migrateWorkspace(chair.workspace);
  const octoberId = createMeeting(chair.workspace, meeting);
  initialiseMeetingDoc(chair.october, chair.workspace, octoberId);
  fill(chair.october);
  chair.sync.configure(settings);
  await chair.sync.attachMeeting(octoberId, chair.october, false);
  const taker = preparingDevice(workspaceId, 'Minute-taker');
  taker.sync.configure(settings);
  await taker.sync.whenWorkspaceSynced();
  await taker.sync.attachMeeting(octoberId, taker.october, true);
  return { workspaceId, settings, chair, taker, octoberId };
}

describe('preparing the next meeting on two devices', () => {
  it('ends with one meeting and one agenda after both prepared it offline', async () => {
    // The chair's laptop holds October's meeting; the minute-taker's receives it.
    const { settings, chair, taker, octoberId } = await chairAndMinuteTaker((october) => {
      setMeetingRole(october, 'chairId', 'harland');
      const strategy = addAgendaItem(october, { title: 'Migration Strategy' });
      setCarryForward(october, strategy, 'carry forward');
      setNextMeeting(october, { date: '2024-01-15' });
    });
    // The first sync can come before the chair's own workspace reached the server: wait for
    // the standard agenda and October's index entry too, which preparing January reads.
    await until(
      () =>
        agendaTitles(taker.october).includes('Migration Strategy') &&
        listMeetings(taker.workspace).length === 1 &&
        listStandardAgenda(taker.workspace).length === listStandardAgenda(chair.workspace).length,
      'October and the standard agenda to reach the minute-taker',
    );

    // Both go offline and prepare January.
    const prepared = [chair, taker].map(({ workspace, october, sync }) => {
      sync.configure(null);
      const id = prepareNextMeeting(workspace, octoberId, october);
      const doc = new Y.Doc({ guid: id });
      fillNextMeeting(doc, workspace, octoberId, october);
      void sync.attachMeeting(id, doc, false);
      return { id, doc };
    });
    const [chairJanuary, takerJanuary] = prepared as [(typeof prepared)[0], (typeof prepared)[0]];
    expect(takerJanuary.id).toBe(chairJanuary.id);

    chair.sync.configure(settings);
    taker.sync.configure(settings);
    // With random ids this would see three meetings, never two, and time out.
    const mergedOn = (device: PreparingDevice) =>
      listMeetings(device.workspace).length === 2 && device.sync.getSnapshot().phase === 'synced';
    await until(
      () =>
        mergedOn(chair) &&
        mergedOn(taker) &&
        Buffer.from(Y.encodeStateVector(chairJanuary.doc)).equals(
          Buffer.from(Y.encodeStateVector(takerJanuary.doc)),
        ),
      'both devices to merge January',
    );

    for (const [{ workspace }, { doc }] of [
      [chair, chairJanuary],
      [taker, takerJanuary],
    ] as const) {
      expect(listMeetings(workspace).map((m) => m.date)).toEqual(['2024-01-15', '2023-10-09']);
      expect(agendaTitles(doc)).toEqual([
        'Welcome and introductions',
        'Apologies',
        'Declarations of interest',
        'Minutes of the previous meeting',
        'Matters arising and action log',
        'Migration Strategy',
        'Any other business',
        'Date of next meeting',
      ]);
    }
    expect(listAgenda(takerJanuary.doc)).toEqual(listAgenda(chairJanuary.doc));
  });
});

describe('preparing the next meeting on a device that has just connected', () => {
  it('waits for the server, so it prepares on the date agreed elsewhere while it was away', async () => {
    // The minute-taker's laptop has October, then sleeps.
    const { workspaceId, settings, chair, taker, octoberId } = await chairAndMinuteTaker();
    await until(
      () => readMeetingHeader(taker.october) !== null && listMeetings(taker.workspace).length === 1,
      'October to reach the minute-taker',
    );
    taker.sync.configure(null);

    // Meanwhile the chair agrees the date of next meeting, and it reaches the server.
    setNextMeeting(chair.october, { date: '2024-01-15' });
    const probe = preparingDevice(workspaceId, 'Probe');
    probe.sync.configure(settings);
    await probe.sync.attachMeeting(octoberId, probe.october, true);
    await until(
      () => readMeetingHeader(probe.october)?.nextMeetingDate === '2024-01-15',
      'the agreed date to reach the server',
    );

    // The laptop wakes and its minute-taker presses "Prepare next meeting" at once.
    taker.sync.configure(settings);
    const docs = {
      borrow(id: string) {
        const doc = id === octoberId ? taker.october : new Y.Doc({ guid: id });
        const ready = taker.sync.attachMeeting(id, doc, id !== octoberId).then(() => doc);
        return { ready, release: () => {} };
      },
    };
    const next = await prepareNextMeetingOnDevice(taker.workspace, docs, octoberId, {
      settle: (ids) => taker.sync.settle(ids),
    });
    // Without waiting it would have read its stale October and gone a quarter on, 8 January.
    expect(next.date).toBe('2024-01-15');
  });
});
