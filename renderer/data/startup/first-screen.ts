// zod's mini build: the first screen must not wait for the whole of zod to load.
import * as z from 'zod/mini';
import { parseMeeting, type Meeting } from '../../../shared/model/meeting-record';
import { FIRST_PAGE, type MeetingListCopy } from './meeting-list-page';

/**
 * The meetings list's first page, kept in localStorage beside its copy in Dexie
 * (meeting-index.ts writes both). localStorage answers at once, so the list renders with the
 * app's very first render; IndexedDB's first answer takes tens of milliseconds, most of
 * start-up. A cache of a cache: the Dexie copy and the document stay the truth, and replace
 * this as soon as they are read (WorkspaceProvider, useMeetingList).
 */

const KEY = 'quorum:first-screen';

export interface FirstScreen {
  /** The workspace it was written for: start-up checks it against the one Dexie names. */
  workspaceId: string;
  list: MeetingListCopy;
}

const storedShape = z.object({
  version: z.literal(1),
  workspaceId: z.string().check(z.minLength(1)),
  total: z.int().check(z.nonnegative()),
  meetings: z.array(z.unknown()).check(z.maxLength(FIRST_PAGE)),
});

/** Null if there is none, or it is not one this version wrote: start-up then waits for Dexie. */
export function readFirstScreen(
  storage: Storage | undefined = globalThis.localStorage,
): FirstScreen | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const stored = storedShape.safeParse(JSON.parse(raw));
    if (!stored.success) return null;
    const meetings = stored.data.meetings.map(parseMeeting);
    // All or nothing: a page with a hole in it would show the wrong meetings.
    if (meetings.some((meeting) => meeting === null)) return null;
    return {
      workspaceId: stored.data.workspaceId,
      list: { meetings: meetings as Meeting[], total: stored.data.total },
    };
  } catch {
    // Storage switched off, or not JSON: there is simply no first screen to show early.
    return null;
  }
}

/** `meetings`: the whole list, newest first, as the document has it. */
export function writeFirstScreen(
  workspaceId: string,
  meetings: Meeting[],
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const value = JSON.stringify({
    version: 1,
    workspaceId,
    total: meetings.length,
    meetings: meetings.slice(0, FIRST_PAGE),
  });
  try {
    if (storage?.getItem(KEY) !== value) storage?.setItem(KEY, value);
  } catch (error) {
    // A full disk costs only speed: the next start reads the list from Dexie instead.
    forgetFirstScreen(storage);
    console.warn('Could not keep the first screen for a quick start:', error);
  }
}

/** Before another workspace is opened: its first screen is not this one's. */
export function forgetFirstScreen(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to do: a stale first screen is also caught by its workspace id.
  }
}
