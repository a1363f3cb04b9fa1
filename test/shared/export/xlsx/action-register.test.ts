import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  buildRegisterWorkbook,
  REGISTER_HEADERS,
  REGISTER_SHEET,
  registerFileName,
} from '../../../../shared/export/xlsx/action-register';
import { readActionRegister } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';

/**
 * Reads the workbook back with JSZip and an XML parser, not with exceljs: what Excel would
 * find in the file, independent of the library that wrote it.
 */
async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`No ${path} in the workbook`);
    return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
  };
  const workbook = await text('xl/workbook.xml');
  const sheetNames = Array.from(workbook.getElementsByTagName('sheet')).map((s) =>
    s.getAttribute('name'),
  );
  const strings = Array.from((await text('xl/sharedStrings.xml')).getElementsByTagName('si')).map(
    (si) =>
      Array.from(si.getElementsByTagName('t'))
        .map((t) => t.textContent)
        .join(''),
  );
  const styles = await text('xl/styles.xml');
  const formats = new Map(
    Array.from(styles.getElementsByTagName('numFmt')).map((f) => [
      f.getAttribute('numFmtId'),
      f.getAttribute('formatCode'),
    ]),
  );
  const cellXfs = Array.from(
    styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'),
  ).map((xf) => formats.get(xf.getAttribute('numFmtId')) ?? xf.getAttribute('numFmtId'));
  const sheet = await text('xl/worksheets/sheet1.xml');
  const cell = (c: Element) => {
    const v = c.getElementsByTagName('v')[0]?.textContent ?? null;
    const type = c.getAttribute('t');
    if (type === 's') return { value: strings[Number(v)], format: null };
    const style = c.getAttribute('s');
    return { value: v === null ? null : Number(v), format: style ? cellXfs[Number(style)] : null };
  };
  const rows = Array.from(sheet.getElementsByTagName('row')).map((row) =>
    Array.from(row.getElementsByTagName('c')).map((c) => [c.getAttribute('r'), cell(c)] as const),
  );
  const autoFilter = sheet.getElementsByTagName('autoFilter')[0]?.getAttribute('ref') ?? null;
  const pane = sheet.getElementsByTagName('pane')[0];
  return { sheetNames, rows, autoFilter, frozenRows: pane?.getAttribute('ySplit') ?? null };
}

/** Excel's day number for a calendar day (days since 30 December 1899). */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

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
    expect(header!.map(([, c]) => c.value)).toEqual([...REGISTER_HEADERS]);
    const a1Cells = new Map(a1!.map(([ref, c]) => [ref!.replace(/\d+$/, ''), c]));
    expect(a1Cells.get('A')!.value).toBe('23/? A1');
    expect(String(a1Cells.get('B')!.value)).toMatch(/^Share presentation with LCC migration/);
    expect(a1Cells.get('C')!.value).toBe('Jennifer Jennings');
    // A date Excel sorts and filters as a date: a day number with a date format, not text.
    expect(a1Cells.get('D')).toEqual({ value: serial(2023, 9, 14), format: 'd mmmm yyyy' });
    expect(a1Cells.get('E')!.value).toBe('Open');
    expect(a1Cells.get('F')!.value).toBe('Overdue');
    expect(a1Cells.get('H')).toEqual({ value: serial(2023, 9, 1), format: 'd mmmm yyyy' });
    // No due date: the cell is left empty, not "null" or 0.
    const a2Cells = new Map(a2!.map(([ref, c]) => [ref!.replace(/\d+$/, ''), c]));
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
