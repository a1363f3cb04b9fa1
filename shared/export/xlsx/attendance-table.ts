import { formatLongDate } from '../../format/dates';
import { ATTENDANCE_LABELS, type AttendanceTable } from '../../model';
import { attendanceFileName } from '../attendance-file-name';
import { addTableSheet, filterAllRows, type TableColumn } from './table-sheet';
import { excelDate, newWorkbook, workbookBytes } from './workbook';

/**
 * The attendance table for a period as an Excel workbook, beside the Word one: the first
 * sheet has a row per person with their figures and then their mark at each meeting, in
 * words; the second lists the meetings with real dates, since a column heading can hold only
 * the date, not the meeting's title.
 */
export interface AttendanceWorkbookInput {
  table: AttendanceTable;
  groupName: string;
  /** When the file was made; a fixed value in tests keeps the bytes stable. */
  created: Date;
}

export const ATTENDANCE_SHEET = 'Attendance';
export const MEETINGS_SHEET = 'Meetings';

const FIGURE_COLUMNS: readonly TableColumn[] = [
  { header: 'Name', key: 'name', width: 28 },
  { header: 'Expected', key: 'expected', width: 10 },
  { header: 'Attended', key: 'attended', width: 10 },
  { header: 'Apologies', key: 'apologies', width: 11 },
  { header: 'Absent', key: 'absent', width: 9 },
  { header: 'Attendance', key: 'percentage', width: 12, percentage: true },
];

const MEETING_COLUMNS: readonly TableColumn[] = [
  { header: 'Date', key: 'date', width: 18, date: true },
  { header: 'Meeting', key: 'title', width: 50 },
];

export async function buildAttendanceWorkbook(input: AttendanceWorkbookInput): Promise<Uint8Array> {
  const { table } = input;
  const workbook = await newWorkbook(`${input.groupName}: attendance`, input.created);
  const columns: TableColumn[] = [
    ...FIGURE_COLUMNS,
    ...table.meetings.map((meeting, index) => ({
      header: formatLongDate(meeting.date),
      key: `meeting${index}`,
      width: 18,
    })),
  ];
  const sheet = addTableSheet(workbook, ATTENDANCE_SHEET, columns);
  for (const row of table.rows) {
    sheet.addRow([
      row.name,
      row.expected,
      row.attended,
      row.apologies,
      row.absent,
      // The exact fraction, which Excel shows as "67%"; empty when nothing was expected.
      row.expected === 0 ? null : row.attended / row.expected,
      ...row.cells.map((mark) => (mark ? ATTENDANCE_LABELS[mark] : 'Not marked')),
    ]);
  }
  filterAllRows(sheet, columns.length);

  const meetings = addTableSheet(workbook, MEETINGS_SHEET, MEETING_COLUMNS);
  for (const meeting of table.meetings)
    meetings.addRow({ date: excelDate(meeting.date), title: meeting.title });
  filterAllRows(meetings, MEETING_COLUMNS.length);
  return workbookBytes(workbook);
}

export function attendanceWorkbookFileName(
  input: Omit<AttendanceWorkbookInput, 'created'>,
): string {
  return attendanceFileName(input.groupName, input.table.period, 'xlsx');
}
