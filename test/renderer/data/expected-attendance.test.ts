import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPerson,
  fillNextMeeting,
  listMeetings,
  listPeople,
  prepareNextMeeting,
  readAttendance,
  readExpectedAttendees,
  setAttendance,
  setMeetingRole,
} from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import { expectedAttendance } from '../../../renderer/data/expected-attendance';
import { workspaceWithMeeting } from '../../shared/model/fixtures';

function sampleJanuary() {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-01T09:00:00Z') });
  const january = listMeetings(workspace).find((m) => m.date === '2024-01-15')!;
  return { workspace, doc: meetings.get(january.id)! };
}

function names(people: readonly { name: string }[]): string[] {
  return people.map((person) => person.name);
}

describe('expected attendance of a prepared meeting', () => {
  it('lists the sample January meeting’s expected member until they are marked', () => {
    const { workspace, doc } = sampleJanuary();
    const read = () =>
      expectedAttendance(listPeople(workspace), readAttendance(doc), readExpectedAttendees(doc));

    expect(names(read().expected)).toEqual(['Councillor Harland']);
    expect(names(read().awaiting)).toEqual(['Councillor Harland']);

    const harland = read().expected[0]!.id;
    setAttendance(doc, harland, 'apologies');
    expect(names(read().expected)).toEqual(['Councillor Harland']);
    expect(read().awaiting).toEqual([]);

    // Unmarked again (Not recorded), they are back on the list to mark.
    setAttendance(doc, harland, null);
    expect(names(read().awaiting)).toEqual(['Councillor Harland']);
  });

  it('expects the previous meeting’s members in the directory’s order, and no guests', () => {
    const { workspace, meetingId, meetingDoc: october } = workspaceWithMeeting();
    const [ann, cara, ed, gus] = ['Ann Baker', 'Cara Dunn', 'Ed Fox', 'Gus Hale'].map((name) =>
      addPerson(workspace, { name }),
    );
    setAttendance(october, ed!, 'present');
    setAttendance(october, ann!, 'apologies');
    setAttendance(october, gus!, 'in-attendance');
    setMeetingRole(october, 'chairId', cara!);
    const january = new Y.Doc({ guid: prepareNextMeeting(workspace, meetingId, october) });
    fillNextMeeting(january, workspace, meetingId, october);
    setAttendance(january, ed!, 'present');

    const people = listPeople(workspace);
    const read = expectedAttendance(
      people,
      readAttendance(january),
      readExpectedAttendees(january),
    );
    expect(names(read.expected)).toEqual(['Ann Baker', 'Cara Dunn', 'Ed Fox']);
    expect(names(read.awaiting)).toEqual(['Ann Baker', 'Cara Dunn']);

    // Someone no longer in the directory has nobody to mark: left out, not shown as an id.
    const withoutAnn = people.filter((person) => person.id !== ann);
    expect(
      names(expectedAttendance(withoutAnn, readAttendance(january), [ann!, cara!]).awaiting),
    ).toEqual(['Cara Dunn']);
  });

  it('expects nobody at a meeting not prepared from another', () => {
    const { workspace, meetingDoc } = workspaceWithMeeting();
    addPerson(workspace, { name: 'Ann Baker' });
    expect(
      expectedAttendance(
        listPeople(workspace),
        readAttendance(meetingDoc),
        readExpectedAttendees(meetingDoc),
      ),
    ).toEqual({ expected: [], awaiting: [] });
  });
});
