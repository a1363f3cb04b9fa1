import type { QuorumLocalDb } from './local-db';

/**
 * Which meetings' mirrors (their decisions in the decision index, their minutes status in the
 * meeting index) this device knows to match the meeting's document as stored here. Kept in
 * this device's local database, never synced: it describes this device's copies.
 *
 * A meeting open here is mirrored live (meeting-docs.ts): opening it mirrors it and vouches
 * for it, its first change withdraws the entry, and closing it (after the last mirror)
 * restores it. So a meeting changed while the app quit or crashed, one stored before the
 * mirrors existed, and one merged in from a workspace file all lack an entry, and the
 * background backfill (mirror-backfill.ts) mirrors them from their stored documents.
 *
 *   settings  "mirrored/<workspace id>/<meeting id>" → MIRROR_VERSION
 */

/**
 * Raise it when what the mirrors copy changes (a new field in an index entry): every meeting
 * is then mirrored again, once, in the background.
 */
// 2: the meetings index gained groupMeeting beside the minutes status.
export const MIRROR_VERSION = 2;

export interface MirrorLedger {
  /** The meeting's mirrors match its stored document. */
  vouch(meetingId: string): void;
  /** They may not (it changed while open, or a file merged into it): mirror it again. */
  withdraw(meetingId: string): void;
  /** Meetings whose mirrors are vouched for at the current MIRROR_VERSION. */
  vouched(): Promise<Set<string>>;
  /** Resolves once every vouch and withdrawal so far is written. */
  flushed(): Promise<void>;
}

export function mirrorLedger(db: QuorumLocalDb, workspaceId: string): MirrorLedger {
  const prefix = `mirrored/${workspaceId}/`;
  // One write at a time, in the order asked: a meeting opened just after the backfill
  // vouched for it must end withdrawn, not vouched.
  let writing = Promise.resolve();
  const enqueue = (write: () => Promise<unknown>) => {
    writing = writing
      .then(write)
      // The ledger only saves work: a failed write means a meeting is mirrored again later
      // (or, at worst, a stale mirror waits for the meeting to be opened). Said, not thrown.
      .then(
        () => undefined,
        (error: unknown) => console.warn('Could not record which meetings are mirrored:', error),
      );
  };
  return {
    vouch: (meetingId) =>
      enqueue(() => db.settings.put({ key: prefix + meetingId, value: MIRROR_VERSION })),
    withdraw: (meetingId) => enqueue(() => db.settings.delete(prefix + meetingId)),
    async vouched() {
      await writing;
      const rows = await db.settings.where('key').startsWith(prefix).toArray();
      return new Set(
        rows
          .filter((row) => row.value === MIRROR_VERSION)
          .map((row) => row.key.slice(prefix.length)),
      );
    },
    flushed: () => writing,
  };
}
