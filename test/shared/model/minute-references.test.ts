import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaItem,
  assignReferences,
  createMeeting,
  formatReference,
  initialiseMeetingDoc,
  listAgenda,
  meetingReferences,
  municipalYear,
  provisionalReferences,
  updateGroupProfile,
} from '../../../shared/model';
import { replicaOf, steeringGroupMeeting, syncDocs, workspaceWithMeeting } from './fixtures';

const texts = (refs: Map<string, { text: string }>) => [...refs.values()].map((ref) => ref.text);

function addMeetingOn(workspace: Y.Doc, date: string) {
  const meetingId = createMeeting(workspace, { ...steeringGroupMeeting, date });
  const meetingDoc = new Y.Doc({ guid: meetingId });
  initialiseMeetingDoc(meetingDoc, workspace, meetingId);
  return { meetingId, meetingDoc };
}

describe('municipalYear', () => {
  it('runs from May to April, named by the year it starts in', () => {
    expect(municipalYear('2024-04-30')).toBe('23');
    expect(municipalYear('2024-05-01')).toBe('24');
    expect(municipalYear('2023-05-01')).toBe('23');
    expect(municipalYear('2024-01-15')).toBe('23');
    expect(municipalYear('2000-03-01')).toBe('99');
  });

  it('formats a reference with or without a prefix', () => {
    expect(formatReference('SG', '23', 14)).toBe('SG 23/14');
    expect(formatReference('', '23', 14)).toBe('23/14');
  });
});

describe('assignReferences', () => {
  it('numbers the agenda in order, and provisional numbers match before approval', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    updateGroupProfile(workspace, { minutePrefix: 'SG' });
    const before = meetingReferences(workspace, meetingDoc, meetingId);
    expect([...before.values()].every((ref) => ref.provisional)).toBe(true);
    assignReferences(workspace, meetingDoc, meetingId);
    const after = meetingReferences(workspace, meetingDoc, meetingId);
    expect(texts(after)).toEqual(texts(before));
    expect(texts(after)[0]).toBe('SG 23/1');
    expect([...after.values()].some((ref) => ref.provisional)).toBe(false);
    expect(provisionalReferences(workspace, meetingDoc, meetingId).size).toBe(0);
    const agenda = listAgenda(meetingDoc);
    expect(after.get(agenda.at(-1)!.id)!.text).toBe(`SG 23/${agenda.length}`);
  });

  it('continues from the highest number in the municipal year, and restarts in a new one', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    assignReferences(workspace, meetingDoc, meetingId);
    const count = listAgenda(meetingDoc).length;
    const april = addMeetingOn(workspace, '2024-04-30');
    const may = addMeetingOn(workspace, '2024-05-01');
    assignReferences(workspace, april.meetingDoc, april.meetingId);
    assignReferences(workspace, may.meetingDoc, may.meetingId);
    expect(texts(meetingReferences(workspace, april.meetingDoc, april.meetingId))[0]).toBe(
      `23/${count + 1}`,
    );
    expect(texts(meetingReferences(workspace, may.meetingDoc, may.meetingId))[0]).toBe('24/1');
  });

  it('is a no-op once assigned, and later items get new numbers without moving the others', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    assignReferences(workspace, meetingDoc, meetingId);
    const first = texts(meetingReferences(workspace, meetingDoc, meetingId));
    const updates: Uint8Array[] = [];
    workspace.on('update', (update: Uint8Array) => updates.push(update));
    assignReferences(workspace, meetingDoc, meetingId);
    expect(updates).toHaveLength(0);
    const late = addAgendaItem(meetingDoc, { title: 'Late item' }, 0);
    assignReferences(workspace, meetingDoc, meetingId);
    const refs = meetingReferences(workspace, meetingDoc, meetingId);
    expect(refs.get(late)!.number).toBe(first.length + 1);
    const others = listAgenda(meetingDoc).filter((item) => item.id !== late);
    expect(others.map((item) => refs.get(item.id)!.text)).toEqual(first);
  });

  it('keeps numbers unique and stable when two offline devices added items', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    const [laptop, tablet] = [replicaOf(meetingDoc), replicaOf(meetingDoc)];
    addAgendaItem(laptop, { title: 'Refugee Week' });
    addAgendaItem(tablet, { title: 'Schools of Sanctuary' });
    syncDocs(laptop, tablet);
    // Both devices approve at once from the merged agenda, each with its own workspace copy.
    const [wsLaptop, wsTablet] = [replicaOf(workspace), replicaOf(workspace)];
    assignReferences(wsLaptop, laptop, meetingId, new Date('2024-01-15T10:00:00Z'));
    assignReferences(wsTablet, tablet, meetingId, new Date('2024-01-15T10:00:05Z'));
    const laptopRefs = texts(meetingReferences(wsLaptop, laptop, meetingId));
    syncDocs(wsLaptop, wsTablet);
    const merged = texts(meetingReferences(wsTablet, tablet, meetingId));
    expect(merged).toEqual(laptopRefs);
    expect(new Set(merged).size).toBe(listAgenda(tablet).length);
    expect(texts(meetingReferences(wsLaptop, laptop, meetingId))).toEqual(merged);
  });
});
