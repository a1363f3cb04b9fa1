import { describe, expect, it } from 'vitest';
import {
  attendanceFigures,
  attendanceTable,
  formatPercentage,
  personAttendance,
  type AttendanceStatus,
  type MeetingAttendance,
} from '../../../shared/model';

function meeting(date: string, statuses: Record<string, AttendanceStatus>): MeetingAttendance {
  return {
    meetingId: `m-${date}`,
    date,
    title: 'Steering Group',
    statuses: new Map(Object.entries(statuses)),
  };
}

const meetings = [
  meeting('2024-01-15', { harland: 'present', jenny: 'absent' }),
  meeting('2023-09-01', { harland: 'present', jenny: 'present', guest: 'in-attendance' }),
  meeting('2023-10-09', { harland: 'present', jenny: 'apologies' }),
];
const all = { from: null, to: null };

describe('attendance figures', () => {
  it('counts attended, apologies and absences, as a whole percentage of meetings expected', () => {
    expect(personAttendance(meetings, 'jenny', all)).toEqual({
      expected: 3,
      attended: 1,
      apologies: 1,
      absent: 1,
      percentage: 33,
    });
    expect(personAttendance(meetings, 'harland', all).percentage).toBe(100);
    // Two of three rounds up to 67, not down to 66.
    expect(attendanceFigures(['present', 'present', 'absent']).percentage).toBe(67);
  });

  it('does not hold an unmarked meeting against a person, and says so when none was expected', () => {
    const guest = personAttendance(meetings, 'guest', all);
    expect(guest).toMatchObject({ expected: 1, attended: 1, percentage: 100 });
    const nobody = personAttendance(meetings, 'nobody', all);
    expect(nobody.percentage).toBeNull();
    expect(formatPercentage(nobody)).toBe('No meetings');
    expect(formatPercentage(guest)).toBe('100%');
  });

  it('keeps to the period, both ends included', () => {
    const autumn = { from: '2023-09-01', to: '2023-10-09' };
    expect(personAttendance(meetings, 'jenny', autumn)).toMatchObject({
      expected: 2,
      attended: 1,
      percentage: 50,
    });
    expect(personAttendance(meetings, 'jenny', { from: '2023-10-10', to: null }).absent).toBe(1);
  });

  it('tables people by meetings, oldest meeting first, everyone marked in the period', () => {
    const people = [
      { id: 'harland', name: 'Councillor Harland' },
      { id: 'jenny', name: 'Jennifer Jennings' },
    ];
    const table = attendanceTable(meetings, people, { from: '2023-10-01', to: null });
    expect(table.meetings.map((m) => m.date)).toEqual(['2023-10-09', '2024-01-15']);
    expect(table.rows.map((r) => [r.name, r.cells, r.percentage])).toEqual([
      ['Councillor Harland', ['present', 'present'], 100],
      ['Jennifer Jennings', ['apologies', 'absent'], 0],
    ]);
    // The guest was marked only in September, outside the period; no row for them.
    const whole = attendanceTable(meetings, people, all);
    expect(whole.rows.map((r) => r.name)).toEqual([
      'Councillor Harland',
      'guest',
      'Jennifer Jennings',
    ]);
    expect(whole.rows[1]!.cells).toEqual(['in-attendance', null, null]);
  });
});
