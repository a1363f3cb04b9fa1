import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { migrateWorkspace, type Meeting } from '../../shared/model';
import { ensureId, openLocalDb, type QuorumLocalDb } from './local-db';
import {
  projectMeetingIndex,
  readMeetingIndex,
  type MeetingIndexProjection,
} from './meeting-index';
import { MeetingDocs, type MeetingDocListener } from './meeting-docs';
import { persistDocument } from './yjs-persistence';
import { colourFor } from '../sync/presence';
import { readDisplayName, readSyncSettings, writeSyncSettings } from '../sync/sync-settings';
import { WorkspaceSync } from '../sync/workspace-sync';

/**
 * Everything the renderer needs to reach data: the workspace Y.Doc, kept in IndexedDB by
 * y-indexeddb (every update is written as it happens, so a crash loses nothing), and the
 * device-local Dexie database.
 */
export interface WorkspaceStore {
  workspaceId: string;
  deviceId: string;
  /** Filled from IndexedDB by `load()`: read it only once that has resolved. */
  doc: Y.Doc;
  /**
   * Starts loading the document (once; later calls return the same promise). Resolves once
   * it holds everything stored here and is migrated to the current schema; rejects
   * (NewerSchemaError for data from a newer Quorum, left untouched) if not.
   */
  load(): Promise<void>;
  /** The meetings list as last copied to this device (meeting-index.ts), read at start. */
  meetingListCopy: Meeting[] | null;
  localDb: QuorumLocalDb;
  /** Meeting documents, borrowed by the screens that show them. */
  meetings: MeetingDocs;
  /** The connection to a sync server, if one is set up (Settings → Sync). */
  sync: WorkspaceSync;
  destroy(): Promise<void>;
}

export function workspaceDbName(workspaceId: string): string {
  return `quorum-workspace-${workspaceId}`;
}

/**
 * Opens this device's workspace as soon as it knows which one it is, with the meetings list
 * as last copied here (meeting-index.ts), so the first screen can show before a large
 * workspace document has loaded. The caller starts that load with `load()` once the screen is
 * up: applying megabytes of Yjs updates holds the main thread. Once loaded, the copy follows.
 */
export async function startWorkspaceStore(localDbName?: string): Promise<WorkspaceStore> {
  const localDb = openLocalDb(localDbName);
  const [workspaceId, deviceId] = await Promise.all([
    ensureId(localDb, 'workspaceId'),
    ensureId(localDb, 'deviceId'),
  ]);
  const [meetingListCopy, syncSettings, displayName] = await Promise.all([
    readMeetingIndex(localDb, workspaceId).catch(() => null),
    readSyncSettings(localDb, workspaceId),
    readDisplayName(localDb),
  ]);
  const doc = new Y.Doc({ guid: workspaceId });
  const meetings = new MeetingDocs(workspaceId, doc);
  const sync = new WorkspaceSync(workspaceId, doc, {
    name: displayName,
    color: colourFor(deviceId),
  });
  let persistence: IndexeddbPersistence | undefined;
  let projection: MeetingIndexProjection | undefined;
  let destroyed = false;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const stored = persistDocument(workspaceDbName(workspaceId), doc);
      persistence = stored.persistence;
      await stored.loaded;
      if (destroyed) throw new Error('The workspace was closed while it was opening.');
      meetings.listen(syncListener(sync));
      // A workspace hosted here connects once its server is up again (resumeHosting), not
      // before, which would only log a refused connection.
      if (syncSettings && !syncSettings.hosted) sync.configure(syncSettings);
      if (syncSettings?.awaitingFirstSync) {
        // Joined from another device: its document comes from the server before the
        // migration writes defaults (a group name, a standard agenda) that would race the
        // real ones.
        await sync.whenWorkspaceSynced();
        await writeSyncSettings(localDb, workspaceId, {
          ...syncSettings,
          awaitingFirstSync: false,
        });
      }
      migrateWorkspace(doc);
      projection = projectMeetingIndex(localDb, workspaceId, doc);
    })());
  const destroy = async () => {
    destroyed = true;
    sync.destroy();
    await projection?.stop();
    await meetings.closeAll();
    await persistence?.destroy();
    doc.destroy();
    localDb.close();
  };
  return {
    workspaceId,
    deviceId,
    doc,
    load,
    meetingListCopy,
    localDb,
    meetings,
    sync,
    destroy,
  };
}

/** Opens the workspace and resolves once its document has loaded (see startWorkspaceStore). */
export async function openWorkspaceStore(localDbName?: string): Promise<WorkspaceStore> {
  const store = await startWorkspaceStore(localDbName);
  try {
    await store.load();
  } catch (error) {
    await store.destroy();
    throw error;
  }
  return store;
}

/** Meeting documents join the workspace's sync connection while they are open. */
export function syncListener(sync: WorkspaceSync): MeetingDocListener {
  return {
    opened: (meetingId, doc, isEmpty) => sync.attachMeeting(meetingId, doc, isEmpty),
    closed: (meetingId) => sync.detachMeeting(meetingId),
  };
}
