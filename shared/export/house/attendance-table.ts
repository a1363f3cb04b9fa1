import type { Paragraph, Table } from 'docx';
import { formatLongDate } from '../../format/dates';
import { ATTENDANCE_LABELS, formatPercentage, type AttendanceTable } from '../../model';
import { attendanceFileName } from '../attendance-file-name';
import { heading, textParagraph } from './meeting-parts';
import { packHouseDocument } from './pack';
import { dataTable, type Column } from './tables';

/**
 * The attendance table for a period, after ModernGov's attendance statistics page: first each
 * person's figures (expected, attended, apologies, absent, percentage), then people by
 * meetings with each mark in words. A portrait A4 page holds about eight meetings side by
 * side, so a longer period is set out eight meetings to a table.
 */
export interface AttendanceTableDocument {
  group: { name: string; organisation: string };
  table: AttendanceTable;
}

const MEETINGS_PER_TABLE = 8;

export function attendancePeriodWords(table: AttendanceTable): string {
  const { from, to } = table.period;
  if (from && to) return `${formatLongDate(from)} to ${formatLongDate(to)}`;
  if (from) return `from ${formatLongDate(from)}`;
  if (to) return `up to ${formatLongDate(to)}`;
  return 'all meetings';
}

export function attendanceTableTitle(doc: AttendanceTableDocument): string {
  return `${doc.group.name}: attendance`;
}

export function suggestedAttendanceFileName(doc: AttendanceTableDocument): string {
  return attendanceFileName(doc.group.name, doc.table.period, 'docx');
}

/** "9 Oct 2023": short enough for a column heading among eight. */
function shortDate(isoDate: string): string {
  const [day, month, year] = formatLongDate(isoDate).split(' ');
  return `${day} ${(month ?? '').slice(0, 3)} ${year}`;
}

function summaryTable(table: AttendanceTable): Table {
  const columns: Column[] = [
    { title: 'Name', share: 4.4 },
    { title: 'Expected', share: 2 },
    { title: 'Attended', share: 2 },
    { title: 'Apologies', share: 2 },
    { title: 'Absent', share: 2 },
    { title: 'Attendance', share: 2.6 },
  ];
  return dataTable(
    columns,
    table.rows.map((row) => [
      row.name,
      String(row.expected),
      String(row.attended),
      String(row.apologies),
      String(row.absent),
      formatPercentage(row),
    ]),
  );
}

function gridTables(table: AttendanceTable): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [];
  const chunks = Math.ceil(table.meetings.length / MEETINGS_PER_TABLE);
  for (let chunk = 0; chunk < chunks; chunk++) {
    const start = chunk * MEETINGS_PER_TABLE;
    const meetings = table.meetings.slice(start, start + MEETINGS_PER_TABLE);
    if (chunks > 1) {
      const first = meetings[0]?.date ?? '';
      const last = meetings[meetings.length - 1]?.date ?? '';
      parts.push(heading(`Meetings ${formatLongDate(first)} to ${formatLongDate(last)}`, 3));
    }
    const columns: Column[] = [
      { title: 'Name', share: 4 },
      ...meetings.map((meeting) => ({ title: shortDate(meeting.date), share: 2 })),
    ];
    parts.push(
      dataTable(
        columns,
        table.rows.map((row) => [
          row.name,
          ...row.cells
            .slice(start, start + MEETINGS_PER_TABLE)
            .map((mark) => (mark ? ATTENDANCE_LABELS[mark] : 'Not marked')),
        ]),
      ),
    );
  }
  return parts;
}

export async function buildAttendanceTableDocx(
  doc: AttendanceTableDocument,
  now?: Date,
): Promise<Uint8Array> {
  const { table } = doc;
  const meetings = `${table.meetings.length} ${table.meetings.length === 1 ? 'meeting' : 'meetings'}`;
  const body: (Paragraph | Table)[] = [
    heading(attendanceTableTitle(doc), 1),
    textParagraph(
      `Attendance at the group’s meetings, ${attendancePeriodWords(table)} (${meetings}). ` +
        'A person is expected at the meetings that recorded them; attended counts those present ' +
        'and those in attendance.',
    ),
  ];
  if (table.rows.length === 0) {
    body.push(textParagraph('Nobody’s attendance was recorded at these meetings.'));
  } else {
    body.push(heading('Summary'), summaryTable(table), heading('Meeting by meeting'));
    body.push(...gridTables(table));
  }
  return packHouseDocument({
    title: attendanceTableTitle(doc),
    subject: `Attendance, ${attendancePeriodWords(table)}`,
    group: doc.group.name,
    organisation: doc.group.organisation,
    draft: false,
    lists: { base: 0, levels: 1 },
    body,
    now,
  });
}
