import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPerson,
  createAction,
  createMeeting,
  initialiseMeetingDoc,
  mergePeople,
  personActions,
  setAttendance,
  updateAction,
  workspaceAttendance,
} from '../../../shared/model';
import { workspaceWithMeeting } from './fixtures';

describe('a person’s record', () => {
  it('splits their actions into open (open, in progress) and past (done, dropped)', () => {
    const { workspace, meetingId } = workspaceWithMeeting();
    const jennifer = addPerson(workspace, { name: 'Jennifer Jennings' });
    const rose = addPerson(workspace, { name: 'Rose McCarthy' });
    const add = (description: string, owner: string) =>
      createAction(workspace, { description, ownerPersonId: owner, meetingId });
    const open = add('Write to schools', jennifer);
    const progressing = add('Draft the press release', jennifer);
    const done = add('Book the room', jennifer);
    const dropped = add('Order badges', jennifer);
    add('Not hers', rose);
    updateAction(workspace, progressing, { status: 'in progress' });
    updateAction(workspace, done, { status: 'done' });
    updateAction(workspace, dropped, { status: 'dropped' });
    const record = personActions(workspace, jennifer);
    expect(record.open.map((a) => a.id).sort()).toEqual([open, progressing].sort());
    expect(record.past.map((a) => a.id).sort()).toEqual([done, dropped].sort());
  });

  it('reads every meeting whose document is at hand, merged people resolved', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    const later = createMeeting(workspace, {
      title: 'Steering Group',
      date: '2024-01-15',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
    const laterDoc = new Y.Doc({ guid: later });
    initialiseMeetingDoc(laterDoc, workspace, later);
    const jenny = addPerson(workspace, { name: 'Jenny' });
    const jennifer = addPerson(workspace, { name: 'Jennifer Jennings' });
    setAttendance(meetingDoc, jenny, 'present');
    setAttendance(laterDoc, jennifer, 'absent');
    mergePeople(workspace, jenny, jennifer);
    const all = workspaceAttendance(
      workspace,
      new Map([
        [meetingId, meetingDoc],
        [later, laterDoc],
      ]),
    );
    expect(all.map((m) => [m.date, [...m.statuses]])).toEqual(
      expect.arrayContaining([
        ['2023-10-09', [[jennifer, 'present']]],
        ['2024-01-15', [[jennifer, 'absent']]],
      ]),
    );
    // A meeting whose document this device does not hold is left out, not counted as absent.
    expect(workspaceAttendance(workspace, new Map([[later, laterDoc]]))).toHaveLength(1);
  });
});
