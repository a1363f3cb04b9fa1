import type { Workbook, Worksheet } from 'exceljs';
import { LONG_DATE_FORMAT } from './workbook';

/**
 * A sheet laid out as one table: a bold header row frozen at the top and, once the rows are
 * in, an autofilter over all of them, which is how officers sort and filter what they chase.
 */
export interface TableColumn {
  header: string;
  key: string;
  width: number;
  /** Cells hold Excel dates shown as "9 October 2023". */
  date?: boolean;
  /** Cells hold a fraction shown as a whole percentage ("67%"). */
  percentage?: boolean;
}

export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly TableColumn[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: column.width,
    ...(column.date && { style: { numFmt: LONG_DATE_FORMAT } }),
    ...(column.percentage && { style: { numFmt: '0%' } }),
  }));
  sheet.addRow(columns.map((column) => column.header)).font = { bold: true };
  return sheet;
}

/** The autofilter over the header and every row added since. */
export function filterAllRows(sheet: Worksheet, columnCount: number): void {
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, sheet.rowCount), column: columnCount },
  };
}
