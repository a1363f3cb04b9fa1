import type { Workbook } from 'exceljs';

/**
 * What every Quorum workbook shares: exceljs loaded only when a spreadsheet is asked for (it
 * is large), the file's properties, and dates written as real Excel dates so a sheet sorts and
 * filters them as dates rather than as text.
 */

/** Long British dates in a cell, as the app shows them: "9 October 2023". */
export const LONG_DATE_FORMAT = 'd mmmm yyyy';

export async function newWorkbook(title: string, created: Date): Promise<Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quorum';
  workbook.title = title;
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

/** 'YYYY-MM-DD' as a Date at midnight UTC: exceljs writes it as that calendar day. */
export function excelDate(isoDate: string | null): Date | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
