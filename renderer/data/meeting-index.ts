import type * as Y from 'yjs';
import {
  listMeetings,
  meetingsMap,
  newestFirst,
  parseMeeting,
  type Meeting,
} from '../../shared/model';
import { getSetting, putSetting, type MeetingIndexRow, type QuorumLocalDb } from './local-db';

/**
 * The meetings list's projection (docs/data-model.md, "Local projection"): each workspace's
 * meeting index copied into Dexie, so the first screen shows at once while the workspace
 * document (years of meetings and actions: megabytes of Yjs updates) loads behind it.
 * The document stays the truth; this copy is rewritten from it whenever it changes.
 */

/** Set once a projection has been written, so "no rows" can mean "no meetings". */
const builtKey = (workspaceId: string) => `meetingIndexBuilt:${workspaceId}`;

/** How long edits settle before the copy is rewritten: typing a title is one write, not ten. */
const SETTLE_MS = 250;

/** The meetings as last projected, newest first; null if never projected on this device. */
export async function readMeetingIndex(
  db: QuorumLocalDb,
  workspaceId: string,
): Promise<Meeting[] | null> {
  return db.transaction('r', db.settings, db.meetingIndex, async () => {
    if ((await getSetting(db, builtKey(workspaceId))) !== true) return null;
    const rows = await db.meetingIndex.where('workspaceId').equals(workspaceId).toArray();
    // Rows a newer Quorum wrote in a shape this one cannot read are left out, as in the doc.
    return rows.flatMap((row) => parseMeeting(row) ?? []).sort(newestFirst);
  });
}

export interface MeetingIndexProjection {
  /** Resolves when the copy matches the document as it is now. */
  flushed(): Promise<void>;
  /** Writes any pending change, then stops following the document. */
  stop(): Promise<void>;
}

/** Copies the document's meeting index now and after every change to it. */
export function projectMeetingIndex(
  db: QuorumLocalDb,
  workspaceId: string,
  doc: Y.Doc,
): MeetingIndexProjection {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  const write = () => {
    timer = undefined;
    writing = writing
      .then(() => writeMeetingIndex(db, workspaceId, listMeetings(doc)))
      // A full disk must not break the app: the list then comes from the document, slower.
      .catch((error: unknown) => console.warn('Could not update the meetings list copy:', error));
    return writing;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
  };
  meetingsMap(doc).observeDeep(schedule);
  void write();
  const flushed = () => {
    if (timer === undefined) return writing;
    // A change is waiting out SETTLE_MS: write it now instead.
    clearTimeout(timer);
    return write();
  };
  return {
    flushed,
    async stop() {
      meetingsMap(doc).unobserveDeep(schedule);
      await flushed();
    },
  };
}

/** Writes only what differs, so a start-up with nothing changed writes nothing. */
async function writeMeetingIndex(
  db: QuorumLocalDb,
  workspaceId: string,
  meetings: Meeting[],
): Promise<void> {
  await db.transaction('rw', db.settings, db.meetingIndex, async () => {
    const stored = await db.meetingIndex.where('workspaceId').equals(workspaceId).toArray();
    const storedById = new Map(stored.map((row) => [row.id, row]));
    const changed: MeetingIndexRow[] = meetings
      .filter((meeting) => !sameMeeting(storedById.get(meeting.id), meeting))
      .map((meeting) => ({ ...meeting, workspaceId }));
    const current = new Set(meetings.map((meeting) => meeting.id));
    const removed = stored
      .filter((row) => !current.has(row.id))
      .map((row): [string, string] => [workspaceId, row.id]);
    if (changed.length > 0) await db.meetingIndex.bulkPut(changed);
    if (removed.length > 0) await db.meetingIndex.bulkDelete(removed);
    if ((await getSetting(db, builtKey(workspaceId))) !== true) {
      await putSetting(db, builtKey(workspaceId), true);
    }
  });
}

function sameMeeting(row: MeetingIndexRow | undefined, meeting: Meeting): boolean {
  if (!row) return false;
  return (Object.keys(meeting) as (keyof Meeting)[]).every((key) => row[key] === meeting[key]);
}
