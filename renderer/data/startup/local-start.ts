import { readDisplayName, readSyncSettings, type SyncSettings } from '../sync/sync-settings';
import { ensureId, getSetting, openLocalDb, type QuorumLocalDb } from '../local-db';
import { readMeetingIndex, readMeetingListPage } from './meeting-list-copy';
import type { MeetingListCopy } from './meeting-list-page';

/**
 * What start-up reads from this device's Dexie database: which workspace this is, its sync
 * settings, and the newest page of its meetings list as last copied here (which takes over
 * from the page kept in localStorage, first-screen.ts). The workspace's Yjs document
 * (megabytes, for years of meetings) and the code that reads it load after the first screen
 * is up (workspace-store.ts, opened by WorkspaceProvider).
 */
export interface LocalStart {
  localDb: QuorumLocalDb;
  workspaceId: string;
  deviceId: string;
  /** Null on this device's first start with this workspace: there is no copy yet. */
  meetingList: MeetingListCopy | null;
  syncSettings: SyncSettings | null;
  /** The name others see beside this person's cursor; '' until they give one. */
  displayName: string;
}

/**
 * One read-only transaction: a read-write one would wait for the disk even when it writes
 * nothing. Only the very first start, which has no ids yet, writes them (ensureId).
 */
export async function readLocalStart(localDbName?: string): Promise<LocalStart> {
  const localDb = openLocalDb(localDbName);
  try {
    const stored = await localDb.transaction(
      'r',
      localDb.settings,
      localDb.meetingIndex,
      async () => {
        const [workspaceId, deviceId, displayName] = await Promise.all([
          readId(localDb, 'workspaceId'),
          readId(localDb, 'deviceId'),
          readDisplayName(localDb),
        ]);
        if (!workspaceId) return { workspaceId, deviceId, displayName };
        const [meetingList, syncSettings] = await Promise.all([
          // A copy this Quorum cannot read only means waiting for the document instead.
          readMeetingListPage(localDb, workspaceId).catch(() => null),
          readSyncSettings(localDb, workspaceId),
        ]);
        return { workspaceId, deviceId, displayName, meetingList, syncSettings };
      },
    );
    return {
      localDb,
      workspaceId: stored.workspaceId ?? (await ensureId(localDb, 'workspaceId')),
      deviceId: stored.deviceId ?? (await ensureId(localDb, 'deviceId')),
      meetingList: stored.meetingList ?? null,
      syncSettings: stored.syncSettings ?? null,
      displayName: stored.displayName,
    };
  } catch (error) {
    localDb.close();
    throw error;
  }
}

async function readId(db: QuorumLocalDb, key: 'deviceId' | 'workspaceId'): Promise<string | null> {
  const id = await getSetting<unknown>(db, key);
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * Start-up read only the first page of the meetings list's copy; the rest follows once the
 * list is on screen, so that "Show earlier meetings" works while the document is still
 * loading. Null if there is nothing to add.
 */
export async function readWholeMeetingList(start: LocalStart): Promise<LocalStart | null> {
  const { meetingList } = start;
  if (!meetingList || meetingList.meetings.length >= meetingList.total) return null;
  const meetings = await readMeetingIndex(start.localDb, start.workspaceId).catch(() => null);
  return meetings ? { ...start, meetingList: { meetings, total: meetings.length } } : null;
}
