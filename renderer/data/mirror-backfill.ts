import * as Y from 'yjs';
import {
  listMeetings,
  meetingMetaMap,
  migrateMeetingDoc,
  mirrorMeetingDecisions,
  mirrorMinutesStatus,
} from '../../shared/model';
import { meetingDbName, type MeetingDocs } from './meeting-docs';
import type { MirrorLedger } from './mirror-ledger';
import { persistDocument } from './yjs-persistence';

/**
 * The background job that completes the workspace's mirrors of its meetings: the decision
 * index (the decision log) and each meeting's minutes status (the meetings list). A meeting
 * open on this device mirrors itself live (meeting-docs.ts); this reads, from IndexedDB, the
 * stored document of each meeting whose mirrors the ledger does not vouch for (recorded
 * before the mirrors existed, changed while open when the app last stopped, or merged in from
 * a file) and mirrors it. It waits for an idle moment before each meeting and holds one document at a
 * time, so neither the first screen nor memory notices it.
 */

export interface MirrorBackfillOptions {
  workspaceId: string;
  workspace: Y.Doc;
  meetings: MeetingDocs;
  ledger: MirrorLedger;
  /** Resolves when the main thread has a moment to spare (default: requestIdleCallback). */
  whenIdle?: () => Promise<void>;
  /**
   * Names of the IndexedDB databases on this device, so that a meeting never stored here is
   * not given an empty database by asking; null where the browser cannot list them.
   */
  storedDatabases?: () => Promise<Set<string> | null>;
}

export interface MirrorBackfill {
  /**
   * Mirrors every meeting the ledger does not vouch for, one by one; called again while it
   * runs, it goes round once more when done. Resolves with how many meetings it read.
   */
  run(): Promise<number>;
  /** Stops after the meeting in hand; resolves once it has. */
  stop(): Promise<void>;
}

export function mirrorBackfill(options: MirrorBackfillOptions): MirrorBackfill {
  const { workspace, meetings, ledger } = options;
  const storedDatabases = options.storedDatabases ?? listDatabases;
  let stopped = false;
  let onStop = () => {};
  const stopping = new Promise<void>((resolve) => (onStop = resolve));
  // Closing the workspace does not wait for the next idle moment, which may be seconds away.
  const whenIdle = () => Promise.race([(options.whenIdle ?? idle)(), stopping]);
  let running: Promise<number> | undefined;
  let again = false;

  const pass = async (): Promise<number> => {
    await whenIdle();
    if (stopped) return 0;
    const vouched = await ledger.vouched();
    const stored = await storedDatabases();
    let read = 0;
    // Newest first: the meetings people look for first.
    for (const { id } of listMeetings(workspace)) {
      if (stopped) break;
      if (vouched.has(id) || meetings.peek(id)) continue;
      if (stored && !stored.has(meetingDbName(options.workspaceId, id))) {
        // Nothing of it is stored here to mirror: opening it fetches it, and mirrors it.
        ledger.vouch(id);
        continue;
      }
      await whenIdle();
      if (stopped) break;
      read++;
      try {
        if (await mirrorStoredMeeting(options, id)) ledger.vouch(id);
      } catch (error) {
        // A meeting from a newer Quorum, or unreadable: it says so when opened. The others
        // are still mirrored.
        console.warn(`Could not bring meeting ${id} into the decision log:`, error);
      }
    }
    return read;
  };

  const run = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let read = 0;
      do {
        again = false;
        read += await pass();
      } while (again && !stopped);
      return read;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    run,
    async stop() {
      stopped = true;
      onStop();
      await running;
      await ledger.flushed();
    },
  };
}

/**
 * Mirrors one meeting from its stored document, read only: it is never written back, so a
 * borrower opening the meeting meanwhile loses nothing. Returns whether it mirrored (false
 * when the meeting was opened meanwhile, which mirrors it, or nothing of it is stored).
 */
async function mirrorStoredMeeting(options: MirrorBackfillOptions, meetingId: string) {
  const doc = new Y.Doc({ guid: meetingId });
  try {
    const { persistence, loaded } = persistDocument(
      meetingDbName(options.workspaceId, meetingId),
      doc,
    );
    await loaded;
    await persistence.destroy();
    if (meetingMetaMap(doc).get('meetingId') === undefined) return true;
    // In memory only, so that the old document reads as the current code expects.
    migrateMeetingDoc(doc);
    // Opened while it loaded: the open document mirrors itself, and is newer than this copy.
    if (options.meetings.peek(meetingId)) return false;
    mirrorMinutesStatus(options.workspace, meetingId, doc);
    mirrorMeetingDecisions(options.workspace, doc, meetingId);
    return true;
  } finally {
    doc.destroy();
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      // Never more than a few seconds behind: a screen busy for ever still gets its log.
      requestIdleCallback(() => resolve(), { timeout: 5_000 });
    } else setTimeout(resolve, 50);
  });
}

async function listDatabases(): Promise<Set<string> | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = await indexedDB.databases();
  return new Set(found.flatMap((db) => (db.name ? [db.name] : [])));
}
