import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaItem,
  approveMinutes,
  createMeeting,
  fillNextMeeting,
  initialiseMeetingDoc,
  listAgenda,
  migrateWorkspace,
  moveAgendaItem,
  prepareNextMeeting,
  readMeetingHeader,
  setCarryForward,
} from '../../shared/model';
import { uniquePositionAt } from '../../shared/model/ordering';
import {
  replicaOf,
  steeringGroupMeeting,
  syncDocs,
  workspaceWithMeeting,
} from '../shared/model/fixtures';

/** Races the convergence fuzz found in shared/model, each replayed here without the fuzzer. */
describe('races found by the convergence fuzz', () => {
  // Seed 3: replica 0 filled and approved a meeting; replica 4, offline, opened the same
  // meeting for the first time and filled it too. Its "draft" won the header's minutesStatus
  // (the higher client id goes last among concurrent writes) and the approval was undone.
  it.each([
    [1, 2],
    [2, 1],
  ])(
    'keeps an approval when another device fills the meeting concurrently (clients %i, %i)',
    (approvingClient, lateClient) => {
      const workspace = new Y.Doc();
      migrateWorkspace(workspace);
      const meetingId = createMeeting(workspace, steeringGroupMeeting);
      const approving = new Y.Doc({ guid: meetingId });
      approving.clientID = approvingClient;
      initialiseMeetingDoc(approving, workspace, meetingId);
      approveMinutes(approving, {
        approvedOn: '2023-11-13',
        approvedAt: 'the-next-meeting',
        amendments: '',
        exportJson: '{}',
        by: 'Councillor Harland',
      });
      const late = new Y.Doc({ guid: meetingId });
      late.clientID = lateClient;
      initialiseMeetingDoc(late, workspace, meetingId);

      syncDocs(approving, late);

      for (const doc of [approving, late])
        expect(readMeetingHeader(doc)).toMatchObject({
          minutesStatus: 'approved',
          approvedAt: 'the-next-meeting',
        });
    },
  );

  it('reads a meeting filled without a status as a draft', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    const meetingId = createMeeting(workspace, steeringGroupMeeting);
    const doc = new Y.Doc({ guid: meetingId });
    initialiseMeetingDoc(doc, workspace, meetingId);
    expect(doc.getMap('header').has('minutesStatus')).toBe(false);
    expect(readMeetingHeader(doc)?.minutesStatus).toBe('draft');
  });
});

describe('agenda positions from two devices at once', () => {
  // Seed 93: two devices added an item at the same spot offline and got the same key; a later
  // move of another item between the two tied items landed one place further down.
  it('gives items added at the same spot on two devices different positions', () => {
    const { meetingDoc: first } = workspaceWithMeeting();
    const second = replicaOf(first);
    addAgendaItem(first, { title: 'Budget' });
    addAgendaItem(second, { title: 'Premises' });
    syncDocs(first, second);

    const positions = listAgenda(first).map((item) => item.position);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('moves an item between two items added at the same spot to exactly that place', () => {
    const { meetingDoc: first } = workspaceWithMeeting();
    const second = replicaOf(first);
    addAgendaItem(first, { title: 'Budget' });
    addAgendaItem(second, { title: 'Premises' });
    syncDocs(first, second);
    const items = listAgenda(first);
    const tied = items.filter((item) => item.title === 'Budget' || item.title === 'Premises');
    const moved = items[0]!;

    // Without the first item the tied pair sits one place earlier: between them is the
    // lower one's old index.
    const between = items.indexOf(tied[0]!);
    moveAgendaItem(first, moved.id, between);

    const after = listAgenda(first).map((item) => item.id);
    expect(after.slice(between - 1, between + 2)).toEqual([tied[0]!.id, moved.id, tied[1]!.id]);
  });

  it('places a key strictly between neighbours when the right one begins with the plain key', () => {
    // positionAt gives 'a4' between 'a3' and 'a44ubA'; a suffix after 'a4' could sort above.
    const others = [
      { id: 'one', position: 'a3' },
      { id: 'two', position: 'a44ubA' },
    ];
    for (let i = 0; i < 200; i++) {
      const key = uniquePositionAt(others, 1);
      expect(key > 'a3' && key < 'a44ubA').toBe(true);
      expect(key).not.toBe('a4');
    }
  });
});

describe('carried items from two devices at once', () => {
  // Seeds 107870 and 109448: each device marked a different item to carry forward and
  // prepared the next meeting offline; both carried items got the same key before the
  // closing items.
  it('gives items carried on different devices different positions', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    const [welcome, apologies] = listAgenda(meetingDoc);
    const devices = [
      { workspace, previous: meetingDoc, carried: welcome! },
      { workspace: replicaOf(workspace), previous: replicaOf(meetingDoc), carried: apologies! },
    ];
    const nextDocs = devices.map((device) => {
      setCarryForward(device.previous, device.carried.id, 'carry forward');
      const nextId = prepareNextMeeting(device.workspace, meetingId, device.previous);
      const next = new Y.Doc({ guid: nextId });
      fillNextMeeting(next, device.workspace, meetingId, device.previous);
      return next;
    });
    syncDocs(nextDocs[0]!, nextDocs[1]!);

    const carried = listAgenda(nextDocs[0]!).filter((item) => item.carriedFrom === meetingId);
    expect(carried).toHaveLength(2);
    expect(carried[0]!.position).not.toBe(carried[1]!.position);
  });
});
