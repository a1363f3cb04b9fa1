import type * as Y from 'yjs';
import { isIsoDate } from '../format/dates';
import {
  agendaMap,
  attendanceMap,
  headerMap,
  itemNotesArray,
  minutesFragment,
} from './meeting-doc';
import { appendHistory } from './approval-history';
import { diffFrozenContent, type DiffSection } from './content-diff';
import {
  FROZEN_HEADER_KEYS,
  parseFrozenContent,
  readFrozenContent,
  type FrozenContent,
} from './frozen-content';
import { readMeetingHeader } from './meeting-header';
import { LOCAL_EDIT } from './origins';
import { newId } from './ids';
import { newRecord } from './records';
import { replaceRichText } from './rich-text-restore';

/**
 * Approval freezes a meeting's record. The approved meeting's document keeps, in the
 * `approvedRecord` map, what was agreed: `content` (the frozen parts, to notice later edits)
 * and `export` (the minutes as export data, printable without Quorum). Edits that arrive
 * afterwards (from a laptop that had not heard of the approval) are never dropped: they show
 * as "Changed after approval" until the chair keeps the approved version (the later text goes
 * to the history) or reopens the minutes for correction.
 */
export function approvedRecordMap(meetingDoc: Y.Doc): Y.Map<unknown> {
  return meetingDoc.getMap('approvedRecord');
}

export interface ApprovalInput {
  /** The approving meeting's date. */
  approvedOn: string;
  /** The approving meeting's id. */
  approvedAt: string;
  amendments: string;
  /** JSON of the meeting's export data as approved (shared/export builds it). */
  exportJson: string;
  by: string;
  now?: Date;
}

export function approveMinutes(meetingDoc: Y.Doc, input: ApprovalInput): void {
  if (!isIsoDate(input.approvedOn)) throw new Error('The approving meeting has no real date');
  const header = readMeetingHeader(meetingDoc);
  if (!header) throw new Error('These minutes have not reached this device yet');
  if (header.minutesStatus === 'approved')
    throw new Error(
      `These minutes were already approved on ${header.approvedOn ?? 'an earlier date'}`,
    );
  const now = input.now ?? new Date();
  const amendments = input.amendments.trim();
  meetingDoc.transact(() => {
    const values = headerMap(meetingDoc);
    values.set('minutesStatus', 'approved');
    values.set('approvedOn', input.approvedOn);
    values.set('approvedAt', input.approvedAt);
    values.set('approvalAmendments', amendments);
    const record = approvedRecordMap(meetingDoc);
    record.set('takenAt', now.toISOString());
    record.set('approvedAt', input.approvedAt);
    record.set('content', JSON.stringify(readFrozenContent(meetingDoc)));
    record.set('export', input.exportJson);
    appendHistory(meetingDoc, {
      kind: 'approved',
      by: input.by,
      reason: amendments,
      detail: '',
      now,
    });
  }, LOCAL_EDIT);
}

/** The frozen content as approved, or null for a draft (or an approval made before snapshots). */
export function approvedContent(meetingDoc: Y.Doc): FrozenContent | null {
  return parseFrozenContent(approvedRecordMap(meetingDoc).get('content'));
}

/** The export data as approved (JSON), or null. */
export function approvedExportJson(meetingDoc: Y.Doc): string | null {
  const json = approvedRecordMap(meetingDoc).get('export');
  return typeof json === 'string' ? json : null;
}

/** What changed since approval; empty when nothing did, or when there is no snapshot. */
export function changesAfterApproval(
  meetingDoc: Y.Doc,
  nameOf?: (personId: string) => string,
): DiffSection[] {
  if (readMeetingHeader(meetingDoc)?.minutesStatus !== 'approved') return [];
  const approved = approvedContent(meetingDoc);
  return approved ? diffFrozenContent(approved, readFrozenContent(meetingDoc), nameOf) : [];
}

export interface RecordChangeInput {
  by: string;
  now?: Date;
}

/** Puts the approved text back; the later text is kept, readable, in the history entry. */
export function keepApprovedVersion(meetingDoc: Y.Doc, input: RecordChangeInput): void {
  const approved = approvedContent(meetingDoc);
  if (!approved) throw new Error('There is no approved version to keep');
  const later = diffFrozenContent(approved, readFrozenContent(meetingDoc));
  if (later.length === 0) return;
  const now = input.now ?? new Date();
  meetingDoc.transact(() => {
    appendHistory(meetingDoc, {
      kind: 'kept-approved',
      by: input.by,
      reason: '',
      detail: JSON.stringify(later),
      now,
    });
    restoreContent(meetingDoc, approved, now);
  }, LOCAL_EDIT);
}

function restoreContent(meetingDoc: Y.Doc, approved: FrozenContent, now: Date): void {
  const header = headerMap(meetingDoc);
  for (const key of FROZEN_HEADER_KEYS) {
    if (header.get(key) !== approved.header[key]) header.set(key, approved.header[key]);
  }
  const attendance = attendanceMap(meetingDoc);
  for (const personId of [...attendance.keys()]) {
    if (!(personId in approved.attendance)) attendance.delete(personId);
  }
  for (const [personId, status] of Object.entries(approved.attendance)) {
    if (attendance.get(personId) !== status) attendance.set(personId, status);
  }
  const current = readFrozenContent(meetingDoc);
  for (const item of approved.items) {
    const later = current.items.find((i) => i.id === item.id);
    const agendaItem = agendaMap(meetingDoc).get(item.id);
    if (!later || !agendaItem) continue;
    if (agendaItem.get('title') !== item.title) agendaItem.set('title', item.title);
    if (JSON.stringify(later.minutes) !== JSON.stringify(item.minutes))
      replaceRichText(minutesFragment(meetingDoc, item.id), item.minutes);
    if (JSON.stringify(later.decisions) !== JSON.stringify(item.decisions)) {
      const decisions = itemNotesArray(meetingDoc, item.id, 'decisions');
      decisions.delete(0, decisions.length);
      const createdAt = now.toISOString();
      decisions.push(
        item.decisions.map((text) => newRecord({ id: newId(), text, createdAt, resolved: false })),
      );
    }
  }
}

export interface ReopenInput extends RecordChangeInput {
  reason: string;
}

/** Back to draft for correction. The reason, and the approved minutes it replaces, go to history. */
export function reopenForCorrection(meetingDoc: Y.Doc, input: ReopenInput): void {
  const reason = input.reason.trim();
  if (!reason)
    throw new Error('Say why the minutes are reopened: the reason is kept in the history');
  if (readMeetingHeader(meetingDoc)?.minutesStatus !== 'approved')
    throw new Error('These minutes are not approved, so there is nothing to reopen');
  meetingDoc.transact(() => {
    appendHistory(meetingDoc, {
      kind: 'reopened',
      by: input.by,
      reason,
      detail: approvedExportJson(meetingDoc) ?? '',
      now: input.now ?? new Date(),
    });
    const header = headerMap(meetingDoc);
    header.set('minutesStatus', 'draft');
    header.set('approvedOn', null);
    header.set('approvedAt', null);
    header.set('approvalAmendments', '');
    const record = approvedRecordMap(meetingDoc);
    for (const key of [...record.keys()]) record.delete(key);
  }, LOCAL_EDIT);
}
