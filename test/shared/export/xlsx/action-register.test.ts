import { describe, expect, it } from 'vitest';
import {
  buildRegisterWorkbook,
  REGISTER_SHEET,
  registerFileName,
} from '../../../../shared/export/xlsx/action-register';
import { readActionRegister } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { byColumn, excelSerial as serial, readWorkbook } from './read-workbook';

async function readBack(bytes: Uint8Array) {
  const { sheetNames, sheets } = await readWorkbook(bytes);
  return { sheetNames, ...sheets[0]! };
}

describe('the action register as an Excel workbook', () => {
  it('has a header row, real dates, RAG in words and an autofilter over every row', async () => {
    const { workspace } = buildSampleWorkspace({ now: new Date('2024-02-01T09:00:00Z') });
    const rows = readActionRegister(workspace, '2024-02-01');
    const bytes = await buildRegisterWorkbook({
      rows,
      groupName: 'Steering Group',
      created: new Date('2024-02-01T09:00:00Z'),
    });
    const book = await readBack(bytes);
    expect(book.sheetNames).toEqual([REGISTER_SHEET]);
    expect(book.autoFilter).toBe('A1:H3');
    expect(book.frozenRows).toBe('1');
    const [header, a1, a2] = book.rows;
    expect(header!.map(([, c]) => c.value)).toEqual([
      'Reference',
      'Action',
      'Owner',
      'Due',
      'Status',
      'RAG',
      'Meeting',
      'Meeting date',
    ]);
    const a1Cells = byColumn(a1!);
    expect(a1Cells.get('A')!.value).toBe('23/? A1');
    expect(String(a1Cells.get('B')!.value)).toMatch(/^Share presentation with LCC migration/);
    expect(a1Cells.get('C')!.value).toBe('Jennifer Jennings');
    // A date Excel sorts and filters as a date: a day number with a date format, not text.
    expect(a1Cells.get('D')).toEqual({ value: serial(2023, 9, 14), format: 'd mmmm yyyy' });
    expect(a1Cells.get('E')!.value).toBe('Open');
    expect(a1Cells.get('F')!.value).toBe('Overdue');
    expect(a1Cells.get('H')).toEqual({ value: serial(2023, 9, 1), format: 'd mmmm yyyy' });
    // No due date: the cell is left empty, not "null" or 0.
    const a2Cells = byColumn(a2!);
    expect(a2Cells.get('D')?.value ?? null).toBeNull();
    expect(a2Cells.get('F')!.value).toBe('On track');
  });

  it('with no rows keeps its header and autofilter', async () => {
    const bytes = await buildRegisterWorkbook({ rows: [], groupName: 'G', created: new Date(0) });
    const book = await readBack(bytes);
    expect(book.rows).toHaveLength(1);
    expect(book.autoFilter).toBe('A1:H1');
  });

  it('is named for the day and the group, in ASCII, without characters Windows forbids', () => {
    expect(registerFileName('Steering: Group/Leeds', '2024-02-01')).toBe(
      '2024-02-01 Steering- Group-Leeds action register.xlsx',
    );
    // The sample group's name has a curly apostrophe: browsers save such a download as
    // "download", so it is spelt out in ASCII.
    expect(registerFileName('Leeds City Council’s Steering Group', '2024-02-01')).toBe(
      "2024-02-01 Leeds City Council's Steering Group action register.xlsx",
    );
  });
});
