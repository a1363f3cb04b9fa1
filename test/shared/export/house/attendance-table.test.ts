import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  buildAttendanceTableDocx,
  suggestedAttendanceFileName,
} from '../../../../shared/export/house/attendance-table';
import {
  attendanceTable,
  listPeople,
  readGroupProfile,
  workspaceAttendance,
  type AttendanceTable,
  type MeetingAttendance,
} from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { headings, openDocx, tables } from './docx-reader';

function sampleTable(period = { from: null, to: null } as AttendanceTable['period']) {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-02-01T09:00:00Z') });
  const group = readGroupProfile(workspace);
  return {
    group: { name: group.name, organisation: group.organisation },
    table: attendanceTable(
      workspaceAttendance(workspace, meetings as ReadonlyMap<string, Y.Doc>),
      listPeople(workspace),
      period,
    ),
  };
}

describe('the attendance table in Word', () => {
  it('gives each person’s figures, then people by meetings with each mark in words', async () => {
    const doc = sampleTable();
    const { document } = await openDocx(await buildAttendanceTableDocx(doc, new Date(0)));
    expect(headings(document).map((h) => h.text)).toEqual([
      `${doc.group.name}: attendance`,
      'Summary',
      'Meeting by meeting',
    ]);
    const [summary, grid] = tables(document);
    expect(summary!.rows[0]).toEqual({
      header: true,
      cells: ['Name', 'Expected', 'Attended', 'Apologies', 'Absent', 'Attendance'],
    });
    expect(summary!.rows.find((r) => r.cells[0] === 'Councillor Harland')?.cells).toEqual([
      'Councillor Harland',
      '1',
      '1',
      '0',
      '0',
      '100%',
    ]);
    expect(grid!.rows[0]!.cells).toEqual(['Name', '1 Sep 2023', '9 Oct 2023', '15 Jan 2024']);
    expect(grid!.rows.find((r) => r.cells[0] === 'Councillor Harland')?.cells).toEqual([
      'Councillor Harland',
      'Not marked',
      'Present',
      'Not marked',
    ]);
    expect(grid!.rows).toHaveLength(doc.table.rows.length + 1);
  });

  it('sets a long period out eight meetings to a table, every mark kept', async () => {
    const meetings: MeetingAttendance[] = Array.from({ length: 10 }, (_, i) => ({
      meetingId: `m${i}`,
      date: `2023-${String(i + 1).padStart(2, '0')}-15`,
      title: 'Steering Group',
      statuses: new Map([['p1', i % 2 === 0 ? 'present' : 'apologies']]),
    }));
    const table = attendanceTable(meetings, [{ id: 'p1', name: 'Mary Brandon' }], {
      from: '2023-01-01',
      to: '2023-12-31',
    });
    const group = { name: 'Steering Group', organisation: 'Leeds City Council' };
    const { document } = await openDocx(await buildAttendanceTableDocx({ group, table }));
    const grids = tables(document).slice(1);
    expect(grids.map((g) => g.rows[0]!.cells.length)).toEqual([9, 3]);
    expect(grids.flatMap((g) => g.rows[1]!.cells.slice(1))).toHaveLength(10);
    expect(headings(document).map((h) => h.text)).toContain(
      'Meetings 15 September 2023 to 15 October 2023',
    );
    expect(suggestedAttendanceFileName({ group, table })).toBe(
      'Steering Group attendance 2023-01-01 to 2023-12-31.docx',
    );
  });

  it('says so when nobody was marked in the period', async () => {
    const doc = sampleTable({ from: '2030-01-01', to: null });
    const { document } = await openDocx(await buildAttendanceTableDocx(doc));
    expect(tables(document)).toHaveLength(0);
    expect(document.documentElement?.textContent).toContain(
      'Nobody’s attendance was recorded at these meetings.',
    );
  });
});
