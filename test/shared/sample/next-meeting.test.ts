import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANDARD_AGENDA,
  getPerson,
  listAgenda,
  listMattersArising,
  listMeetings,
  nextMeetingIdFor,
  readAttendance,
  readExpectedAttendees,
  readMeetingHeader,
  readPreviousMinutesResolution,
} from '../../../shared/model';
import { approvedExportData } from '../../../shared/export/approved-export';
import { buildSampleWorkspace } from '../../../shared/sample';

const STANDARD_TITLES = DEFAULT_STANDARD_AGENDA.map((item) => item.title);

const NOW = new Date('2024-01-15T09:30:00.000Z');

function sample() {
  const built = buildSampleWorkspace({ now: NOW });
  const byDate = (date: string) => {
    const meeting = listMeetings(built.workspace).find((m) => m.date === date);
    if (!meeting) throw new Error(`No sample meeting on ${date}`);
    return { ...meeting, doc: built.meetings.get(meeting.id)! };
  };
  return { ...built, october: byDate('2023-10-09'), january: byDate('2024-01-15') };
}

describe('the sample’s next meeting, prepared from 9 October 2023', () => {
  it('is 15 January 2024 at October’s time and place, under the id preparing gives it', () => {
    const { october, january } = sample();
    expect(january.id).toBe(nextMeetingIdFor(october.id));
    expect(january).toMatchObject({
      title: october.title,
      startTime: '13:00',
      endTime: '14:00',
      venue: 'Microsoft Teams',
    });
    expect(readMeetingHeader(january.doc)?.date).toBe('2024-01-15');
    // October stays as seed 000 has it: no date of next meeting was agreed there.
    expect(readMeetingHeader(october.doc)?.nextMeetingDate).toBeNull();
  });

  it('has the standard agenda, October’s chair, and seed 001’s two actions as matters arising', () => {
    const { workspace, january } = sample();
    expect(listAgenda(january.doc).map((item) => item.title)).toEqual(STANDARD_TITLES);
    const chairId = readAttendance(january.doc).chairId;
    expect(chairId && getPerson(workspace, chairId)?.name).toMatch(/Harland/);
    expect(readExpectedAttendees(january.doc)).toEqual([chairId]);
    const matters = listMattersArising(workspace, january.id);
    expect(matters.map((m) => [m.reference, m.action.status])).toEqual([
      ['1 September 2023, A1', 'open'],
      ['1 September 2023, A2', 'open'],
    ]);
  });

  it('agreed October’s minutes as a correct record, with its snapshot, references and status', () => {
    const { workspace, october, january } = sample();
    expect(readMeetingHeader(october.doc)).toMatchObject({
      minutesStatus: 'approved',
      approvedOn: '2024-01-15',
      approvedAt: january.id,
      approvalAmendments: '',
    });
    // The meetings list's copy says so without opening October.
    expect(listMeetings(workspace).find((m) => m.id === october.id)?.minutesStatus).toBe(
      'approved',
    );
    expect(readPreviousMinutesResolution(january.doc)).toMatchObject({
      meetingId: october.id,
      resolution: 'agreed',
    });
    const snapshot = approvedExportData(october.doc);
    expect(snapshot?.agenda.map((item) => item.title)).toEqual(
      listAgenda(october.doc).map((item) => item.title),
    );
  });
});

describe('the sample as it stood on a date', () => {
  it('holds only the meetings held by then, with October still a draft on 9 October 2023', () => {
    const { workspace, meetings } = buildSampleWorkspace({ now: NOW, asOf: '2023-10-09' });
    expect(listMeetings(workspace).map((m) => [m.date, m.minutesStatus])).toEqual([
      ['2023-10-09', 'draft'],
      ['2023-09-01', 'draft'],
    ]);
    expect(meetings.size).toBe(2);
    expect(
      listMeetings(buildSampleWorkspace({ now: NOW, asOf: '2023-09-30' }).workspace),
    ).toHaveLength(1);
  });
});
