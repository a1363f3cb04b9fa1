import type * as Y from 'yjs';
import { listMeetings, meetingsMap, type Meeting } from '../../shared/model';
import { getSetting, putSetting, type MeetingIndexRow, type QuorumLocalDb } from './local-db';
import { writeFirstScreen } from './startup/first-screen';
import { builtKey, totalKey } from './startup/meeting-list-copy';

/**
 * The meetings list's projection (docs/data-model.md, "Local projection"): each workspace's
 * meeting index copied into Dexie, so the first screen shows at once while the workspace
 * document (years of meetings and actions: megabytes of Yjs updates) loads behind it.
 * The document stays the truth; this copy is rewritten from it whenever it changes. Start-up
 * reads it through meeting-list-copy.ts.
 */

/**
 * The copy is rewritten at most this often: typing a title is a few writes, not one a key. A
 * change after a quiet spell (a new meeting) is written at once, so a reload straight after it
 * finds it in the copy rather than in a list that grows when the document has loaded.
 */
const SETTLE_MS = 250;

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
  settleMs = SETTLE_MS,
): MeetingIndexProjection {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  let lastWrite = -Infinity;
  const write = () => {
    timer = undefined;
    lastWrite = Date.now();
    writing = writing
      .then(async () => {
        const meetings = listMeetings(doc);
        await writeMeetingIndex(db, workspaceId, meetings);
        writeFirstScreen(workspaceId, meetings);
      })
      // A full disk must not break the app: the list then comes from the document, slower.
      .catch((error: unknown) => console.warn('Could not update the meetings list copy:', error));
    return writing;
  };
  const schedule = () => {
    clearTimeout(timer);
    const wait = lastWrite + settleMs - Date.now();
    if (wait <= 0) void write();
    else timer = setTimeout(write, wait);
  };
  meetingsMap(doc).observeDeep(schedule);
  void write();
  const flushed = () => {
    if (timer === undefined) return writing;
    // A change is waiting for its turn: write it now instead.
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
    // Every row not in `meetings` was just deleted: the copy holds exactly this many.
    if ((await getSetting(db, totalKey(workspaceId))) !== meetings.length) {
      await putSetting(db, totalKey(workspaceId), meetings.length);
    }
    if ((await getSetting(db, builtKey(workspaceId))) !== true) {
      await putSetting(db, builtKey(workspaceId), true);
    }
  });
}

function sameMeeting(row: MeetingIndexRow | undefined, meeting: Meeting): boolean {
  if (!row) return false;
  return (Object.keys(meeting) as (keyof Meeting)[]).every((key) => row[key] === meeting[key]);
}
