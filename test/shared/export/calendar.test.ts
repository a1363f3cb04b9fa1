import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildMeetingCalendar,
  exportMeetingCalendar,
  type CalendarMeeting,
} from '../../../shared/export/calendar';
import { listMeetings } from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import { icsLine, icsLines, icsText, unescapeText } from './ics-reader';

const NOW = new Date('2023-10-02T08:15:00Z');

const MEETING: CalendarMeeting = {
  meeting: {
    id: 'meeting-1',
    title: 'City of Sanctuary Local Authority Network Steering Group',
    date: '2023-10-09',
    startTime: '13:00',
    endTime: '14:00',
    venue: 'Microsoft Teams',
  },
  agenda: [
    { number: 2, title: 'Steps to Become an Awarded Member', presenter: 'Ben Cohen' },
    { number: 1, title: 'Welcome and introductions', presenter: '' },
    { number: 3, title: 'Any other business', presenter: 'Chair' },
  ],
};

function calendar(change: Partial<CalendarMeeting['meeting']> = {}, agenda = MEETING.agenda) {
  const built = buildMeetingCalendar({ meeting: { ...MEETING.meeting, ...change }, agenda }, NOW);
  return { fileName: built.fileName, ics: icsText(built.bytes) };
}

const value = (ics: string, name: string) => icsLine(ics, name).value;
const text = (ics: string, name: string) => unescapeText(value(ics, name));

describe('buildMeetingCalendar', () => {
  it('is one event in one calendar', () => {
    const names = icsLines(calendar().ics).map((line) => `${line.name}:${line.value}`);
    expect(names[0]).toBe('BEGIN:VCALENDAR');
    expect(names.at(-1)).toBe('END:VCALENDAR');
    expect(names.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('writes a meeting in British Summer Time an hour earlier in UTC', () => {
    const { ics } = calendar();
    expect(value(ics, 'DTSTART')).toBe('20231009T120000Z');
    expect(value(ics, 'DTEND')).toBe('20231009T130000Z');
  });

  it('writes a meeting in Greenwich Mean Time at the same hour in UTC', () => {
    const { ics } = calendar({ date: '2024-01-15', startTime: '13:00', endTime: '14:30' });
    expect(value(ics, 'DTSTART')).toBe('20240115T130000Z');
    expect(value(ics, 'DTEND')).toBe('20240115T143000Z');
  });

  it('names the meeting, its venue, the file and the one event it stays', () => {
    const { ics, fileName } = calendar();
    expect(text(ics, 'SUMMARY')).toBe(MEETING.meeting.title);
    expect(text(ics, 'LOCATION')).toBe('Microsoft Teams');
    expect(value(ics, 'UID')).toBe('meeting-1@quorum');
    expect(value(ics, 'DTSTAMP')).toBe('20231002T081500Z');
    expect(icsLines(ics).some((line) => line.name === 'URL')).toBe(false);
    expect(fileName).toBe(
      '2023-10-09 City of Sanctuary Local Authority Network Steering Group.ics',
    );
  });

  it('describes the agenda, its items numbered and in order, with presenters', () => {
    expect(text(calendar().ics, 'DESCRIPTION')).toBe(
      [
        'Agenda',
        '1. Welcome and introductions',
        '2. Steps to Become an Awarded Member (Ben Cohen)',
        '3. Any other business (Chair)',
      ].join('\n'),
    );
  });

  it('leaves the description out while there is no agenda', () => {
    const lines = icsLines(calendar({}, []).ics);
    expect(lines.some((line) => line.name === 'DESCRIPTION')).toBe(false);
  });

  it('escapes commas, semicolons, backslashes and new lines, and reads back as typed', () => {
    const title = 'Budget, risks; and plans \\ 2024';
    const venue = 'Committee Room 3, Civic Hall; Leeds';
    const agenda = [{ number: 1, title: 'Finance, line one\nline two', presenter: 'Sam; Jo' }];
    const { ics } = calendar({ title, venue }, agenda);
    expect(value(ics, 'SUMMARY')).toBe('Budget\\, risks\\; and plans \\\\ 2024');
    expect(value(ics, 'LOCATION')).toBe('Committee Room 3\\, Civic Hall\\; Leeds');
    expect(value(ics, 'DESCRIPTION')).toBe(
      'Agenda\\n1. Finance\\, line one\\nline two (Sam\\; Jo)',
    );
    expect(text(ics, 'SUMMARY')).toBe(title);
    expect(text(ics, 'LOCATION')).toBe(venue);
  });

  it('gives an online meeting’s link as the event’s URL, without the full stop after it', () => {
    const venue = 'Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_AbC.';
    const { ics } = calendar({ venue });
    expect(value(ics, 'URL')).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting_AbC');
    expect(text(ics, 'LOCATION')).toBe(venue);
  });

  it('tidies a link typed with capitals, and keeps one the library refuses in LOCATION only', () => {
    expect(value(calendar({ venue: 'Zoom HTTPS://Zoom.US/j/123' }).ics, 'URL')).toBe(
      'https://zoom.us/j/123',
    );
    const venue = 'Intranet https://video_rooms.council.local/room-3';
    const { ics } = calendar({ venue });
    expect(icsLines(ics).some((line) => line.name === 'URL')).toBe(false);
    expect(text(ics, 'LOCATION')).toBe(venue);
  });

  it('folds long lines at 75 characters and reads back whole', () => {
    const title = 'A very long meeting title '.repeat(6).trim();
    const { ics } = calendar({ title });
    expect(ics.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    expect(text(ics, 'SUMMARY')).toBe(title);
  });

  it('makes a meeting with no times an all-day event on its date', () => {
    const { ics } = calendar({ date: '2024-01-31', startTime: '', endTime: '' });
    expect(icsLine(ics, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: 'VALUE=DATE',
      value: '20240131',
    });
    // iCalendar's end is exclusive: the next day, across the month's end.
    expect(icsLine(ics, 'DTEND')).toEqual({
      name: 'DTEND',
      params: 'VALUE=DATE',
      value: '20240201',
    });
  });

  it('refuses a meeting without a real date, saying what to do', () => {
    expect(() => calendar({ date: '' })).toThrow(/Set its date first/);
  });
});

describe('exportMeetingCalendar', () => {
  it('reads the sample meeting of 9 October 2023 from its documents', () => {
    const { workspace, meetings } = buildSampleWorkspace({
      now: new Date('2023-10-10T09:00:00Z'),
      asOf: '2023-10-10',
    });
    const id = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
    const built = exportMeetingCalendar({ workspace, meetingDoc: meetings.get(id)!, now: NOW });
    const ics = icsText(built.bytes);
    expect(value(ics, 'DTSTART')).toBe('20231009T120000Z');
    expect(value(ics, 'UID')).toBe(`${id}@quorum`);
    expect(text(ics, 'DESCRIPTION')).toMatch(/^Agenda\n1\. .+\n2\. /);
    expect(text(ics, 'DESCRIPTION')).toContain('Steps to Become an Awarded Member');
  });

  it('throws for a meeting not yet opened on this device, as reading it does', () => {
    const { workspace } = buildSampleWorkspace({ now: NOW });
    expect(() => exportMeetingCalendar({ workspace, meetingDoc: new Y.Doc(), now: NOW })).toThrow(
      /not been opened on this device/,
    );
  });
});
