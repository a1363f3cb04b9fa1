import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  createMeeting,
  fillNextMeeting,
  initialiseMeetingDoc,
  listAgenda,
  listMeetings,
  migrateWorkspace,
  prepareNextMeeting,
  setCarryForward,
  setMeetingRole,
  setNextMeeting,
} from '../../../../shared/model';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import type { RunningSyncServer } from '../../../../server/sync-server';
import { WorkspaceSync } from '../../../../renderer/data/sync/workspace-sync';
import { removeDir, startTestServer, tempDataDir, until } from '../../../server/helpers';

// The renderer uses the browser's WebSocket; Node 20 has none, so lend it `ws`'s.
const globals = globalThis as { WebSocket?: unknown };
const previousWebSocket = globals.WebSocket;

let server: RunningSyncServer;
let dataDir: string;
const running: WorkspaceSync[] = [];

beforeAll(async () => {
  globals.WebSocket = WebSocket;
  dataDir = tempDataDir();
  server = await startTestServer({ dataDir });
});

afterEach(() => {
  for (const sync of running.splice(0)) sync.destroy();
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
  globals.WebSocket = previousWebSocket;
});

interface Device {
  workspace: Y.Doc;
  october: Y.Doc;
  sync: WorkspaceSync;
}

function device(workspaceId: string, name: string): Device {
  const workspace = new Y.Doc();
  const sync = new WorkspaceSync(workspaceId, workspace, { name, color: '#1d70b8' });
  running.push(sync);
  return { workspace, october: new Y.Doc(), sync };
}

const agendaTitles = (doc: Y.Doc) => listAgenda(doc).map((item) => item.title);

describe('preparing the next meeting on two devices', () => {
  it('ends with one meeting and one agenda after both prepared it offline', async () => {
    const workspaceId = randomUUID();
    const settings = { url: server.url, inviteCode: generateInviteCode() };

    // The chair's laptop holds October's meeting; the minute-taker's receives it.
    const chair = device(workspaceId, 'Chair');
    migrateWorkspace(chair.workspace);
    const octoberId = createMeeting(chair.workspace, {
      title: 'Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
    initialiseMeetingDoc(chair.october, chair.workspace, octoberId);
    setMeetingRole(chair.october, 'chairId', 'harland');
    const strategy = addAgendaItem(chair.october, { title: 'Migration Strategy' });
    setCarryForward(chair.october, strategy, 'carry forward');
    setNextMeeting(chair.october, { date: '2024-01-15' });
    chair.sync.configure(settings);
    await chair.sync.attachMeeting(octoberId, chair.october, false);
    const taker = device(workspaceId, 'Minute-taker');
    taker.sync.configure(settings);
    await taker.sync.whenWorkspaceSynced();
    await taker.sync.attachMeeting(octoberId, taker.october, true);
    await until(
      () => agendaTitles(taker.october).includes('Migration Strategy'),
      'October to reach the minute-taker',
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
    const mergedOn = (device: Device) =>
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
