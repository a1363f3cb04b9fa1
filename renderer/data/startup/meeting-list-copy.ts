import { newestFirst, parseMeeting, type Meeting } from '../../../shared/model/meeting-record';
import { getSetting, type MeetingIndexRow, type QuorumLocalDb } from '../local-db';
import { FIRST_PAGE, type MeetingListCopy } from './meeting-list-page';

/**
 * Reading the meetings list's copy (docs/data-model.md, "Local projection"; written by
 * meeting-index.ts). Kept apart from the writing side so that start-up, which only reads,
 * loads neither Yjs nor the model.
 */

/** Set once a projection has been written, so "no rows" can mean "no meetings". */
export const builtKey = (workspaceId: string) => `meetingIndexBuilt:${workspaceId}`;

/**
 * How many rows the copy holds, kept beside it: IndexedDB counts an index by walking it, which
 * for thousands of meetings took longer than the rest of start-up's reads together.
 */
export const totalKey = (workspaceId: string) => `meetingIndexTotal:${workspaceId}`;

/**
 * The newest `limit` meetings of the copy, read through its date index, with the total;
 * null if no copy was ever written on this device. Call inside a transaction that includes
 * `settings` and `meetingIndex` to share its round trip with other reads.
 */
export async function readMeetingListPage(
  db: QuorumLocalDb,
  workspaceId: string,
  limit = FIRST_PAGE,
): Promise<MeetingListCopy | null> {
  const [built, storedTotal] = await Promise.all([
    getSetting(db, builtKey(workspaceId)),
    getSetting(db, totalKey(workspaceId)),
  ]);
  if (built !== true) return null;
  const [rows, total] = await Promise.all([
    db.meetingIndex
      .where('[workspaceId+date+startTime+createdAt]')
      // [id] sorts before every [id, date, …], and dates are digits, so below '\uffff'.
      .between([workspaceId], [workspaceId, '\uffff'])
      .reverse()
      .limit(limit)
      .toArray(),
    // A copy written before the total was kept is counted, once: the next write stores it.
    typeof storedTotal === 'number'
      ? storedTotal
      : db.meetingIndex.where('workspaceId').equals(workspaceId).count(),
  ]);
  return { meetings: readRows(rows), total };
}

/** Every meeting in the copy, newest first; null if never written on this device. */
export async function readMeetingIndex(
  db: QuorumLocalDb,
  workspaceId: string,
): Promise<Meeting[] | null> {
  return db.transaction('r', db.settings, db.meetingIndex, async () => {
    if ((await getSetting(db, builtKey(workspaceId))) !== true) return null;
    return readRows(await db.meetingIndex.where('workspaceId').equals(workspaceId).toArray());
  });
}

/** Rows a newer Quorum wrote in a shape this one cannot read are left out, as in the doc. */
function readRows(rows: MeetingIndexRow[]): Meeting[] {
  return rows.flatMap((row) => parseMeeting(row) ?? []).sort(newestFirst);
}
