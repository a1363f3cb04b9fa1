import * as Y from 'yjs';
import { z } from 'zod';
import { listAgenda } from './agenda';
import { listItemNotes } from './item-notes';
import { itemNotesArray } from './meeting-doc';
import { listMeetings, type Meeting } from './meetings';
import { LOCAL_EDIT } from './origins';
import { newRecord, recordFields, writeRecord } from './records';

/**
 * The decision log's index: every decision of every meeting, mirrored into the workspace
 * document so that the log lists years of decisions without opening each meeting's document
 * (as the `meetings` index lists meetings). The meeting documents stay the record; this is a
 * copy kept in step by mirrorMeetingDecisions whenever a meeting's decisions change on a
 * device that has the meeting open, and filled for meetings not open here (recorded before
 * the index existed, or left open when the app stopped) by the renderer's background backfill
 * from their stored documents (renderer/data/mirror-backfill.ts).
 *
 *   decisionIndex  Y.Map<Y.Map>  "<meeting id>/<decision id>" → entry
 */
export function decisionIndexMap(workspace: Y.Doc): Y.Map<Y.Map<unknown>> {
  return workspace.getMap('decisionIndex');
}

const entrySchema = z.object({
  meetingId: z.string(),
  decisionId: z.string(),
  itemId: z.string(),
  itemTitle: z.string().catch(''),
  itemNumber: z.number().catch(0),
  text: z.string(),
  createdAt: z.string().catch(''),
  /**
   * Where the decision was inserted in the meeting document ("<client>:<clock>", Yjs's id):
   * lets a device tell a decision it has seen deleted from one it has not received yet.
   */
  origin: z.string().catch(''),
});

export type DecisionIndexEntry = z.infer<typeof entrySchema>;

function indexKey(meetingId: string, decisionId: string): string {
  return `${meetingId}/${decisionId}`;
}

/** The entries the meeting's document says it should have, by key. */
function entriesOf(meetingDoc: Y.Doc, meetingId: string): Map<string, DecisionIndexEntry> {
  const entries = new Map<string, DecisionIndexEntry>();
  for (const item of listAgenda(meetingDoc)) {
    const maps = new Map(
      itemNotesArray(meetingDoc, item.id, 'decisions')
        .toArray()
        .map((map) => [map.get('id'), map]),
    );
    for (const decision of listItemNotes(meetingDoc, item.id, 'decisions')) {
      const inserted = maps.get(decision.id)?._item?.id;
      entries.set(indexKey(meetingId, decision.id), {
        meetingId,
        decisionId: decision.id,
        itemId: item.id,
        itemTitle: item.title,
        itemNumber: item.number,
        text: decision.text,
        createdAt: decision.createdAt,
        origin: inserted ? `${inserted.client}:${inserted.clock}` : '',
      });
    }
  }
  return entries;
}

/**
 * Whether the meeting document has received the decision an entry came from. One it has not
 * (typed on another device, its workspace copy here before its meeting copy) is not removed
 * as if deleted; it arrives later and is mirrored then. Entries without an origin count as seen.
 */
function hasSeen(meetingDoc: Y.Doc, origin: unknown): boolean {
  const [client, clock] = String(origin ?? '')
    .split(':')
    .map(Number);
  if (client === undefined || clock === undefined || Number.isNaN(client + clock)) return true;
  return Y.getState(meetingDoc.store, client) > clock;
}

function differs(map: Y.Map<unknown>, entry: DecisionIndexEntry): boolean {
  return Object.entries(entry).some(([key, value]) => map.get(key) !== value);
}

/**
 * Brings the index's entries for one meeting in line with its document: adds, changes and
 * removes (decisions it has seen deleted) only what differs, in one transaction, and writes nothing when they agree, so
 * calling it after every change (on every device that has the meeting open) is cheap and two
 * devices mirroring the same decision write the same values.
 */
export function mirrorMeetingDecisions(workspace: Y.Doc, meetingDoc: Y.Doc, meetingId: string) {
  const index = decisionIndexMap(workspace);
  const wanted = entriesOf(meetingDoc, meetingId);
  const prefix = `${meetingId}/`;
  const stale: string[] = [];
  index.forEach((map, key) => {
    if (!key.startsWith(prefix) || wanted.has(key)) return;
    if (!(map instanceof Y.Map) || hasSeen(meetingDoc, map.get('origin'))) stale.push(key);
  });
  const changed = [...wanted].filter(([key, entry]) => {
    const map = index.get(key);
    return !(map instanceof Y.Map) || differs(map, entry);
  });
  if (stale.length === 0 && changed.length === 0) return;
  workspace.transact(() => {
    for (const key of stale) index.delete(key);
    for (const [key, entry] of changed) {
      const map = index.get(key);
      if (map instanceof Y.Map) writeRecord(map, entry);
      else index.set(key, newRecord(entry));
    }
  }, LOCAL_EDIT);
}

export interface DecisionFilter {
  /** Words the decision must contain, in any case. */
  text?: string;
  meetingId?: string;
  /** Meeting dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface LoggedDecision extends DecisionIndexEntry {
  meeting: Meeting;
}

/** Decisions matching `filter`: newest meeting first, then in agenda order. */
export function listLoggedDecisions(workspace: Y.Doc, filter: DecisionFilter = {}) {
  const meetings = new Map(listMeetings(workspace).map((meeting) => [meeting.id, meeting]));
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const found: LoggedDecision[] = [];
  decisionIndexMap(workspace).forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const parsed = entrySchema.safeParse(recordFields(map));
    if (!parsed.success) return;
    const meeting = meetings.get(parsed.data.meetingId);
    // A deleted meeting's entries stay until cleaned up; they are not shown.
    if (!meeting) return;
    if (filter.meetingId && meeting.id !== filter.meetingId) return;
    if (filter.from && meeting.date < filter.from) return;
    if (filter.to && meeting.date > filter.to) return;
    const text = parsed.data.text.toLowerCase();
    if (!words.every((word) => text.includes(word))) return;
    found.push({ ...parsed.data, meeting });
  });
  const rank = new Map([...meetings.keys()].map((id, index) => [id, index]));
  return found.sort(
    (a, b) =>
      (rank.get(a.meetingId) ?? 0) - (rank.get(b.meetingId) ?? 0) ||
      a.itemNumber - b.itemNumber ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
