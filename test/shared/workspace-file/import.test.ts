import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPerson,
  createAction,
  createMeeting,
  initialiseMeetingDoc,
  setAttendance,
} from '../../../shared/model';
import { encodeWorkspaceFile, importWorkspaceFile } from '../../../shared/workspace-file';
import { workspaceWithMeeting } from '../model/fixtures';

const NOW = new Date('2024-01-15T09:30:00.000Z');

describe('importWorkspaceFile', () => {
  it('plans an import: the checked documents and what they hold, oldest meeting first', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    const earlier = createMeeting(workspace, {
      title: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
      date: '2023-09-01',
      startTime: '10:00',
      endTime: '11:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
    // Every attendance status once: only present and in attendance count as attendees.
    for (const [name, status] of [
      ['Jennifer Jennings', 'present'],
      ['Gerard Watson', 'in-attendance'],
      ['Rose McCarthy', 'apologies'],
      ['Mary Brandon', 'absent'],
    ] as const) {
      setAttendance(meetingDoc, addPerson(workspace, { name }), status);
    }
    createAction(workspace, {
      description: 'Share the slides',
      ownerName: 'Jenny',
      meetingId: earlier,
    });
    createAction(workspace, {
      description: 'Draft a press release',
      ownerName: 'Jenny',
      meetingId,
      status: 'done',
    });

    // The earlier meeting's document was never opened: it is listed from the index, with no items.
    const bytes = encodeWorkspaceFile({
      workspace,
      meetings: new Map([[meetingId, meetingDoc]]),
      appVersion: '0.1.0',
      now: NOW,
    });
    const result = importWorkspaceFile(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.exportedAt).toBe(NOW.toISOString());
    expect(result.value.appVersion).toBe('0.1.0');
    expect(result.value.summary).toEqual({
      groupName: 'Steering group',
      people: 4,
      actions: 2,
      meetings: [
        {
          id: earlier,
          date: '2023-09-01',
          title: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
          agendaItems: 0,
          attendees: 0,
          actions: 1,
          minutesStatus: 'draft',
          approvedOn: null,
          approvedAt: null,
        },
        {
          id: meetingId,
          date: '2023-10-09',
          title: 'City of Sanctuary Local Authority Network Steering Group',
          agendaItems: 7,
          attendees: 2,
          actions: 1,
          minutesStatus: 'draft',
          approvedOn: null,
          approvedAt: null,
        },
      ],
    });
  });

  it('lists a meeting document that has no entry in the index, from its own header', () => {
    const { workspace } = workspaceWithMeeting();
    const other = new Y.Doc();
    const orphanId = createMeeting(other, {
      title: 'Working group',
      date: '2023-11-20',
      startTime: '10:00',
      endTime: '11:00',
      venueKind: 'room',
      venue: 'Civic Hall',
    });
    const orphan = new Y.Doc({ guid: orphanId });
    initialiseMeetingDoc(orphan, other, orphanId);
    orphan.getMap('meta').set('workspaceId', workspace.guid);
    const bytes = encodeWorkspaceFile({
      workspace,
      meetings: new Map([[orphanId, orphan]]),
      appVersion: '0.1.0',
      now: NOW,
    });
    const result = importWorkspaceFile(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.summary.meetings.map((m) => m.title)).toEqual([
      'City of Sanctuary Local Authority Network Steering Group',
      'Working group',
    ]);
  });

  it('passes a decoding failure through unchanged', () => {
    expect(importWorkspaceFile(new Uint8Array())).toEqual({
      ok: false,
      error: 'empty',
      message: 'The file is empty: it may not have finished copying.',
    });
  });
});
