import { safeFileName } from '../../format/file-name';
import type { MeetingDocumentKind } from '../document-kind';
import type { MeetingExportData } from '../meeting-data';
import type { ActionLogData } from './action-log';

/**
 * File names a clerk can sort and file: "2023-10-09 <meeting title> minutes DRAFT.docx".
 * DRAFT marks minutes and summaries until the minutes are approved; an agenda is not
 * approved, so it never carries it.
 */

// safeFileName caps the whole stem at 150 characters; the title is cut first so that the
// date, the kind and DRAFT always survive a long title.
const MAX_TITLE = 100;

function safeTitle(title: string): string {
  return safeFileName(title, 'x').slice(0, -2).slice(0, MAX_TITLE).trim();
}

export function suggestedFileName(data: MeetingExportData, kind: MeetingDocumentKind): string {
  const draft = kind !== 'agenda' && data.minutesStatus !== 'approved';
  const stem = [data.meeting.date, safeTitle(data.meeting.title), kind, draft ? 'DRAFT' : '']
    .filter(Boolean)
    .join(' ');
  return safeFileName(stem, 'docx');
}

export function suggestedActionLogFileName(log: ActionLogData): string {
  return safeFileName(`${log.today} ${safeTitle(log.group.name)} action log`, 'docx');
}
