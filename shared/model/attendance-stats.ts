import type { AttendanceStatus } from './attendance';

/**
 * Attendance counted over a period, as ModernGov's attendance statistics page counts it: a
 * person is expected at the meetings where they were marked at all (present, in attendance,
 * apologies or absent); a meeting that did not mark them (before they joined, after they
 * left) is not held against them. Attended counts present and in attendance.
 *
 * Everything here is pure: the caller reads each meeting's attendance (resolved through
 * person-merge.ts, so a merged duplicate's marks count for the kept person) and the people.
 */

export interface MeetingAttendance {
  meetingId: string;
  /** 'YYYY-MM-DD' */
  date: string;
  title: string;
  /** Person id → status, ids already resolved (resolveAttendance). */
  statuses: ReadonlyMap<string, AttendanceStatus>;
}

export interface AttendancePeriod {
  /** Inclusive 'YYYY-MM-DD' bounds; null leaves that end open. */
  from: string | null;
  to: string | null;
}

export interface AttendanceFigures {
  expected: number;
  attended: number;
  apologies: number;
  absent: number;
  /** Attended as a whole percentage of expected; null when nothing was expected. */
  percentage: number | null;
}

export interface AttendanceTableRow extends AttendanceFigures {
  personId: string;
  name: string;
  /** One cell per meeting of the table, in its order: the mark, or null when not marked. */
  cells: (AttendanceStatus | null)[];
}

export interface AttendanceTable {
  period: AttendancePeriod;
  meetings: Omit<MeetingAttendance, 'statuses'>[];
  rows: AttendanceTableRow[];
}

export function inPeriod(date: string, period: AttendancePeriod): boolean {
  return (period.from === null || date >= period.from) && (period.to === null || date <= period.to);
}

/** The meetings within the period, oldest first. */
export function meetingsInPeriod<M extends MeetingAttendance>(
  meetings: readonly M[],
  period: AttendancePeriod,
): M[] {
  return meetings
    .filter((meeting) => inPeriod(meeting.date, period))
    .sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId));
}

export function attendanceFigures(
  marks: readonly (AttendanceStatus | null | undefined)[],
): AttendanceFigures {
  let attended = 0;
  let apologies = 0;
  let absent = 0;
  for (const mark of marks) {
    if (mark === 'present' || mark === 'in-attendance') attended++;
    else if (mark === 'apologies') apologies++;
    else if (mark === 'absent') absent++;
  }
  const expected = attended + apologies + absent;
  return {
    expected,
    attended,
    apologies,
    absent,
    percentage: expected === 0 ? null : Math.round((attended * 100) / expected),
  };
}

/** One person's figures over the period. */
export function personAttendance(
  meetings: readonly MeetingAttendance[],
  personId: string,
  period: AttendancePeriod,
): AttendanceFigures {
  return attendanceFigures(
    meetingsInPeriod(meetings, period).map((meeting) => meeting.statuses.get(personId)),
  );
}

/**
 * People by meetings for the period: everyone marked at least once in it, A to Z by name
 * (a person no longer in the directory is listed by id, so no mark is dropped).
 */
export function attendanceTable(
  meetings: readonly MeetingAttendance[],
  people: readonly { id: string; name: string }[],
  period: AttendancePeriod,
): AttendanceTable {
  const chosen = meetingsInPeriod(meetings, period);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const marked = new Set(chosen.flatMap((meeting) => [...meeting.statuses.keys()]));
  const rows = [...marked]
    .map((personId) => {
      const cells = chosen.map((meeting) => meeting.statuses.get(personId) ?? null);
      return {
        personId,
        name: names.get(personId) ?? personId,
        cells,
        ...attendanceFigures(cells),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.personId.localeCompare(b.personId));
  return {
    period,
    meetings: chosen.map(({ meetingId, date, title }) => ({ meetingId, date, title })),
    rows,
  };
}

/** "67%" or "No meetings" when nothing was expected of them in the period. */
export function formatPercentage(figures: AttendanceFigures): string {
  return figures.percentage === null ? 'No meetings' : `${figures.percentage}%`;
}
