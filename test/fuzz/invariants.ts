import type * as Y from 'yjs';
import {
  actionsMap,
  agendaMap,
  approvedRecordMap,
  listActions,
  listAgenda,
  listMeetings,
  readMeetingHeader,
} from '../../shared/model';
import { recordItemId, stableJson, type RunHistory } from './history';
import { WORKSPACE_DOC, type Replica } from './network';

/**
 * The domain's invariants, read from one replica once all agree. Each returns the broken
 * rules as sentences; an empty list means the state is sound.
 */
export function checkInvariants(replica: Replica, history: RunHistory): string[] {
  const problems: string[] = [];
  const workspace = replica.workspace;
  const meetingIds = new Set(listMeetings(workspace).map((m) => m.id));
  for (const [name, doc] of replica.docs) {
    if (name === WORKSPACE_DOC) continue;
    problems.push(...agendaProblems(name, doc));
    problems.push(...minutesProblems(name, doc, history));
    problems.push(...approvalProblems(name, doc, history));
  }
  for (const action of listActions(workspace)) {
    if (meetingIds.has(action.meetingId)) continue;
    // Deleting a meeting takes the actions the deleting device holds; one created, or put back
    // by Undo, on a device that had not yet heard of the deletion is kept (the register shows
    // "Meeting no longer in the workspace"). Any other orphan is a bug.
    const record = recordItemId(actionsMap(workspace).get(action.id));
    const unseen = history.meetingDeletions.some(
      (d) => d.meetingId === action.meetingId && !d.knownRecords.has(record),
    );
    if (!unseen)
      problems.push(`action ${action.id} belongs to meeting ${action.meetingId}, which is gone`);
  }
  return problems;
}

/** Unique ids and positions, numbered 1..n, and no stored item that cannot be read. */
function agendaProblems(meetingId: string, doc: Y.Doc): string[] {
  const items = listAgenda(doc);
  const problems: string[] = [];
  if (new Set(items.map((item) => item.id)).size !== items.length)
    problems.push(`${meetingId}: an agenda item is listed twice`);
  items.forEach((item, index) => {
    if (item.number !== index + 1)
      problems.push(`${meetingId}: item ${item.id} is numbered ${item.number}, not ${index + 1}`);
    const next = items[index + 1];
    if (next && !(item.position < next.position))
      problems.push(
        `${meetingId}: items ${item.id} and ${next.id} share or invert positions ${item.position}, ${next.position}`,
      );
  });
  if (agendaMap(doc).size !== items.length)
    problems.push(
      `${meetingId}: ${agendaMap(doc).size - items.length} agenda records cannot be read`,
    );
  return problems;
}

/**
 * No minutes without an item. Removing an item empties the minutes the removing device saw;
 * text typed concurrently on another device stays in the document under the removed id, so
 * such text is allowed only for an item some replica removed.
 */
function minutesProblems(meetingId: string, doc: Y.Doc, history: RunHistory): string[] {
  const problems: string[] = [];
  for (const name of doc.share.keys()) {
    if (!name.startsWith('minutes/')) continue;
    const itemId = name.slice('minutes/'.length);
    if (doc.getXmlFragment(name).length === 0 || agendaMap(doc).has(itemId)) continue;
    if (!history.removedItems.has(`${meetingId}/${itemId}`))
      problems.push(`${meetingId}: minutes for ${itemId}, which is not on the agenda`);
  }
  return problems;
}

/**
 * Approval freezes the record in `approvedRecord`: only an approval writes it and only a
 * reopening clears it, so it must be exactly what one approval wrote (never a mix of two),
 * and approved minutes must have it, naming the same approving meeting as the header.
 */
function approvalProblems(meetingId: string, doc: Y.Doc, history: RunHistory): string[] {
  const problems: string[] = [];
  const record = approvedRecordMap(doc).toJSON() as Record<string, unknown>;
  const header = readMeetingHeader(doc);
  const written = history.approvals.get(meetingId) ?? [];
  if (Object.keys(record).length > 0 && !written.includes(stableJson(record)))
    problems.push(`${meetingId}: the approved record is not what any approval wrote`);
  if (header?.minutesStatus === 'approved') {
    if (Object.keys(record).length === 0)
      problems.push(`${meetingId}: approved, but the approved record is empty`);
    else if (record.approvedAt !== header.approvedAt)
      problems.push(
        `${meetingId}: approved at ${header.approvedAt} by the header, at ${String(record.approvedAt)} by the record`,
      );
  } else if (Object.keys(record).length > 0) {
    problems.push(`${meetingId}: a draft keeps an approved record`);
  }
  return problems;
}
