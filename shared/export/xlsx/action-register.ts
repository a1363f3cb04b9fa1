import { ACTION_RAG_LABELS, type RegisterRow } from '../../model';
import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { safeFileName } from '../../format/file-name';
import { addTableSheet, filterAllRows, type TableColumn } from './table-sheet';
import { excelDate, newWorkbook, workbookBytes } from './workbook';

/**
 * The action register as an Excel workbook, for officers who chase actions in spreadsheets:
 * one sheet, a frozen header row with an autofilter, and real Excel dates (not text) for the
 * due date and the meeting date, so the sheet sorts and filters them as dates.
 */
export interface RegisterWorkbookInput {
  rows: readonly RegisterRow[];
  /** The group's name, for the sheet's title in the file's properties. */
  groupName: string;
  /** When the file was made; a fixed value in tests keeps the bytes stable. */
  created: Date;
}

export const REGISTER_SHEET = 'Action register';

const REGISTER_COLUMNS: readonly TableColumn[] = [
  { header: 'Reference', key: 'reference', width: 16 },
  { header: 'Action', key: 'description', width: 60 },
  { header: 'Owner', key: 'owner', width: 24 },
  { header: 'Due', key: 'due', width: 14, date: true },
  { header: 'Status', key: 'status', width: 14 },
  { header: 'RAG', key: 'rag', width: 20 },
  { header: 'Meeting', key: 'meeting', width: 40 },
  { header: 'Meeting date', key: 'meetingDate', width: 16, date: true },
];

export async function buildRegisterWorkbook(input: RegisterWorkbookInput): Promise<Uint8Array> {
  const workbook = await newWorkbook(`${input.groupName}: action register`, input.created);
  const sheet = addTableSheet(workbook, REGISTER_SHEET, REGISTER_COLUMNS);
  for (const row of input.rows) {
    const added = sheet.addRow({
      reference: row.reference,
      description: row.description,
      owner: row.owner,
      due: excelDate(row.due),
      status: ACTION_STATUS_LABELS[row.status],
      rag: ACTION_RAG_LABELS[row.rag],
      meeting: row.meetingTitle,
      meetingDate: excelDate(row.meetingDate),
    });
    added.getCell('description').alignment = { wrapText: true, vertical: 'top' };
  }
  filterAllRows(sheet, REGISTER_COLUMNS.length);
  return workbookBytes(workbook);
}

/**
 * "2024-02-01 Steering Group action register.xlsx", named as the Word action log is: ASCII
 * only (a download named with "’" is renamed "download" by the browser), no characters
 * Windows forbids, the group's name cut so the date and the kind always survive.
 */
export function registerFileName(groupName: string, today: string): string {
  const group = safeFileName(groupName, 'x').slice(0, -2).slice(0, 100).trim();
  return safeFileName(`${today} ${group} action register`, 'xlsx');
}
