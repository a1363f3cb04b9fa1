import type { Workbook } from 'exceljs';
import { ACTION_RAG_LABELS, type RegisterRow } from '../../model';
import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { safeFileName } from '../../format/file-name';

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

export const REGISTER_HEADERS = [
  'Reference',
  'Action',
  'Owner',
  'Due',
  'Status',
  'RAG',
  'Meeting',
  'Meeting date',
] as const;

/** 'YYYY-MM-DD' as a Date at midnight UTC: exceljs writes it as that calendar day. */
function excelDate(isoDate: string | null): Date | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

export async function buildRegisterWorkbook(input: RegisterWorkbookInput): Promise<Uint8Array> {
  // Loaded only when a spreadsheet is asked for: exceljs is large.
  const ExcelJS = (await import('exceljs')).default;
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quorum';
  workbook.title = `${input.groupName}: action register`;
  workbook.created = input.created;
  workbook.modified = input.created;
  const sheet = workbook.addWorksheet(REGISTER_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { key: 'reference', width: 16 },
    { key: 'description', width: 60 },
    { key: 'owner', width: 24 },
    { key: 'due', width: 14, style: { numFmt: 'd mmmm yyyy' } },
    { key: 'status', width: 14 },
    { key: 'rag', width: 20 },
    { key: 'meeting', width: 40 },
    { key: 'meetingDate', width: 16, style: { numFmt: 'd mmmm yyyy' } },
  ];
  const header = sheet.addRow([...REGISTER_HEADERS]);
  header.font = { bold: true };
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
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, input.rows.length + 1), column: REGISTER_HEADERS.length },
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
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
