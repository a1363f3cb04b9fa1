import type * as Y from 'yjs';
import { z } from 'zod';
import { listAgenda } from './agenda';
import { readGroupProfile } from './group';
import { getMeeting } from './meetings';
import { LOCAL_EDIT } from './origins';
import { newRecord, readRecords } from './records';

/**
 * Minute references in the council style: "SG 23/14" is the group's prefix, the municipal year
 * (May to April, named by the year it starts in) and a running number within that year.
 *
 * Numbers are handed out once, when the minutes are approved, and never change: each meeting's
 * numbers are one record in the workspace document (`minuteReferences`, meeting id → record),
 * written whole in one transaction. The record lists the meeting's item ids in agenda order
 * beside their numbers, so every device reads the same numbers from it, whatever order its
 * own copy of the agenda has since. Before approval the numbers shown are provisional: the
 * same rule applied to the agenda as it stands, marked as such.
 */

/** The workspace key holding every meeting's assigned references. */
export function minuteReferencesMap(workspace: Y.Doc): Y.Map<Y.Map<unknown>> {
  return workspace.getMap('minuteReferences');
}

const assignmentSchema = z.object({
  meetingId: z.string(),
  /** The municipal year as two digits: "23" for May 2023 to April 2024. */
  year: z.string(),
  prefix: z.string().catch(''),
  itemIds: z.array(z.string()),
  numbers: z.array(z.number().int()),
  assignedAt: z.string().catch(''),
});

export type ReferenceAssignment = z.infer<typeof assignmentSchema>;

export interface MinuteReference {
  /** "SG 23/14" */
  text: string;
  number: number;
  /** Not yet assigned: the number the item would get if the minutes were approved now. */
  provisional: boolean;
}

/** The municipal year a date (YYYY-MM-DD) falls in, as two digits: 30 April 2024 → "23". */
export function municipalYear(date: string): string {
  const [year, month] = date.split('-').map(Number);
  if (!year || !month) throw new Error(`Not a date: ${date}`);
  const start = month >= 5 ? year : year - 1;
  return String(start % 100).padStart(2, '0');
}

export function formatReference(prefix: string, year: string, number: number): string {
  const reference = `${year}/${number}`;
  return prefix.trim() ? `${prefix.trim()} ${reference}` : reference;
}

export function listReferenceAssignments(workspace: Y.Doc): ReferenceAssignment[] {
  return readRecords(minuteReferencesMap(workspace), assignmentSchema).filter(
    (record) => record.itemIds.length === record.numbers.length,
  );
}

/** The highest number already given in a municipal year, by any meeting. */
function highestNumber(workspace: Y.Doc, year: string): number {
  let highest = 0;
  for (const record of listReferenceAssignments(workspace)) {
    if (record.year !== year) continue;
    for (const number of record.numbers) highest = Math.max(highest, number);
  }
  return highest;
}

function readAssignment(workspace: Y.Doc, meetingId: string): ReferenceAssignment | null {
  return listReferenceAssignments(workspace).find((r) => r.meetingId === meetingId) ?? null;
}

/**
 * The one numbering rule, for showing and for assigning: the numbers already assigned to the
 * meeting, then every other item in agenda order from the next free number of its year.
 * `added` counts the items numbered here rather than read from the assignment.
 */
function numberMeeting(workspace: Y.Doc, meetingDoc: Y.Doc, meetingId: string) {
  const meeting = getMeeting(workspace, meetingId);
  if (!meeting) throw new Error(`No meeting with id ${meetingId}`);
  const assigned = readAssignment(workspace, meetingId);
  const itemIds = [...(assigned?.itemIds ?? [])];
  const numbers = [...(assigned?.numbers ?? [])];
  const year = assigned?.year ?? municipalYear(meeting.date);
  const prefix = assigned?.prefix ?? readGroupProfile(workspace).minutePrefix;
  let next = highestNumber(workspace, year) + 1;
  for (const item of listAgenda(meetingDoc)) {
    if (itemIds.includes(item.id)) continue;
    itemIds.push(item.id);
    numbers.push(next++);
  }
  const added = itemIds.length - (assigned?.itemIds.length ?? 0);
  return { assigned, year, prefix, itemIds, numbers, added };
}

/** Item id → reference for a meeting: assigned numbers where there are, provisional otherwise. */
export function meetingReferences(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
): Map<string, MinuteReference> {
  if (!getMeeting(workspace, meetingId)) return new Map();
  const { year, prefix, itemIds, numbers, added } = numberMeeting(workspace, meetingDoc, meetingId);
  const firstProvisional = itemIds.length - added;
  return new Map(
    itemIds.map((itemId, index) => {
      const number = numbers[index] ?? 0;
      const text = formatReference(prefix, year, number);
      return [itemId, { text, number, provisional: index >= firstProvisional }];
    }),
  );
}

/** Provisional references only: what the meeting's items would be given if approved now. */
export function provisionalReferences(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
): Map<string, MinuteReference> {
  return new Map(
    [...meetingReferences(workspace, meetingDoc, meetingId)].filter(([, ref]) => ref.provisional),
  );
}

/**
 * Gives every item of the meeting without a reference the next number of its municipal year,
 * in agenda order, continuing from the highest number already given in that year across the
 * workspace; called when the minutes are approved. Items already numbered keep their numbers,
 * so calling it again is a no-op. One transaction on the workspace document.
 *
 * Two devices that assign the same meeting from the same merged agenda write the same record.
 * The one case this cannot make safe is two devices approving two different meetings of the
 * same municipal year while both offline: docs/data-model.md says so.
 */
export function assignReferences(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
  now = new Date(),
): void {
  const { assigned, year, prefix, itemIds, numbers, added } = numberMeeting(
    workspace,
    meetingDoc,
    meetingId,
  );
  if (assigned && added === 0) return;
  const record: ReferenceAssignment = {
    meetingId,
    year,
    prefix,
    itemIds,
    numbers,
    assignedAt: assigned?.assignedAt ?? now.toISOString(),
  };
  workspace.transact(() => {
    minuteReferencesMap(workspace).set(meetingId, newRecord(record));
  }, LOCAL_EDIT);
}
