import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  ATTENDANCE_SHEET,
  attendanceWorkbookFileName,
  buildAttendanceWorkbook,
  MEETINGS_SHEET,
} from '../../../../shared/export/xlsx/attendance-table';
import {
  attendanceTable,
  listPeople,
  workspaceAttendance,
  type AttendanceStatus,
  type MeetingAttendance,
} from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { byColumn, excelSerial, readWorkbook } from './read-workbook';

const CREATED = new Date('2024-02-01T09:00:00Z');

function sampleTable() {
  const { workspace, meetings } = buildSampleWorkspace({ now: CREATED });
  return attendanceTable(
    workspaceAttendance(workspace, meetings as ReadonlyMap<string, Y.Doc>),
    listPeople(workspace),
    { from: null, to: null },
  );
}

const meeting = (
  meetingId: string,
  date: string,
  marks: Record<string, AttendanceStatus>,
): MeetingAttendance => ({
  meetingId,
  date,
  title: `Steering Group ${date}`,
  statuses: new Map(Object.entries(marks)),
});

describe('the attendance table as an Excel workbook', () => {
  it('has each person’s figures, their marks in words, and the meetings with real dates', async () => {
    const table = sampleTable();
    const book = await readWorkbook(
      await buildAttendanceWorkbook({ table, groupName: 'Steering Group', created: CREATED }),
    );
    expect(book.sheetNames).toEqual([ATTENDANCE_SHEET, MEETINGS_SHEET]);
    const [people, meetings] = book.sheets;

    const header = people!.rows[0]!.map(([, c]) => c.value);
    expect(header).toEqual([
      'Name',
      'Expected',
      'Attended',
      'Apologies',
      'Absent',
      'Attendance',
      '1 September 2023',
      '9 October 2023',
      '15 January 2024',
    ]);
    expect(people!.frozenRows).toBe('1');
    expect(people!.autoFilter).toBe(`A1:I${table.rows.length + 1}`);
    const harland = people!.rows
      .map(byColumn)
      .find((r) => r.get('A')?.value === 'Councillor Harland');
    expect(harland?.get('B')?.value).toBe(1);
    expect(harland?.get('C')?.value).toBe(1);
    expect(harland?.get('F')).toEqual({ value: 1, format: '0%' });
    expect(['G', 'H', 'I'].map((col) => harland?.get(col)?.value)).toEqual([
      'Not marked',
      'Present',
      'Not marked',
    ]);

    expect(meetings!.rows.map((row) => byColumn(row).get('A')?.value)).toEqual([
      'Date',
      excelSerial(2023, 9, 1),
      excelSerial(2023, 10, 9),
      excelSerial(2024, 1, 15),
    ]);
    expect(byColumn(meetings!.rows[2]!).get('A')?.format).toBe('d mmmm yyyy');
    expect(byColumn(meetings!.rows[2]!).get('B')?.value).toMatch(/Steering Group/);
  });

  it('gives the exact share attended, and leaves it empty when nothing was expected', async () => {
    const table = attendanceTable(
      [
        meeting('m1', '2024-01-15', { jenny: 'present' }),
        meeting('m2', '2024-04-15', { jenny: 'apologies' }),
        meeting('m3', '2024-07-15', { jenny: 'present' }),
      ],
      [
        { id: 'jenny', name: 'Jennifer Jennings' },
        { id: 'sam', name: 'Sam Patel' },
      ],
      { from: null, to: null },
    );
    const book = await readWorkbook(
      await buildAttendanceWorkbook({ table, groupName: 'G', created: CREATED }),
    );
    const jenny = byColumn(book.sheets[0]!.rows[1]!);
    expect(jenny.get('A')?.value).toBe('Jennifer Jennings');
    expect(jenny.get('D')?.value).toBe(1);
    expect(jenny.get('F')?.value).toBeCloseTo(2 / 3, 10);
    expect(jenny.get('H')?.value).toBe('Apologies');
    // Sam was never marked, so is not a row at all; the table has Jenny only.
    expect(book.sheets[0]!.rows).toHaveLength(2);
  });

  it('is named like the Word table, with the period, as .xlsx', () => {
    const table = attendanceTable([], [], { from: '2024-01-01', to: '2024-12-31' });
    expect(attendanceWorkbookFileName({ table, groupName: 'Steering Group' })).toBe(
      'Steering Group attendance 2024-01-01 to 2024-12-31.xlsx',
    );
  });
});
