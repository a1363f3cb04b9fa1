import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { migrateWorkspace } from '../../shared/model';
import { ensureId, openLocalDb, type QuorumLocalDb } from './local-db';
import { projectMeetingIndex, type MeetingIndexProjection } from './meeting-index';
import { MeetingDocs } from './meeting-docs';

/**
 * Everything the renderer needs to reach data: the workspace Y.Doc, kept in IndexedDB by
 * y-indexeddb (every update is written as it happens, so a crash loses nothing), and the
 * device-local Dexie database.
 */
export interface WorkspaceStore {
  workspaceId: string;
  deviceId: string;
  /** Filled from IndexedDB in the background: read it only once `loaded` has resolved. */
  doc: Y.Doc;
  /**
   * Resolves once the document holds everything stored here and is migrated to the current
   * schema; rejects (NewerSchemaError for data from a newer Quorum, left untouched) if not.
   */
  loaded: Promise<void>;
  localDb: QuorumLocalDb;
  /** Meeting documents, borrowed by the screens that show them. */
  meetings: MeetingDocs;
  destroy(): Promise<void>;
}

export function workspaceDbName(workspaceId: string): string {
  return `quorum-workspace-${workspaceId}`;
}

/**
 * Opens this device's workspace as soon as it knows which one it is, and starts loading the
 * document behind it: the meetings list can show from its projection (meeting-index.ts)
 * before a large workspace document has loaded. Once loaded, the projection follows it.
 */
export async function startWorkspaceStore(localDbName?: string): Promise<WorkspaceStore> {
  const localDb = openLocalDb(localDbName);
  const [workspaceId, deviceId] = await Promise.all([
    ensureId(localDb, 'workspaceId'),
    ensureId(localDb, 'deviceId'),
  ]);
  const doc = new Y.Doc({ guid: workspaceId });
  const persistence = new IndexeddbPersistence(workspaceDbName(workspaceId), doc);
  const meetings = new MeetingDocs(workspaceId, doc);
  let projection: MeetingIndexProjection | undefined;
  let destroyed = false;
  const loaded = persistence.whenSynced.then(() => {
    if (destroyed) throw new Error('The workspace was closed while it was opening.');
    migrateWorkspace(doc);
    projection = projectMeetingIndex(localDb, workspaceId, doc);
  });
  // Whoever awaits `loaded` sees a failure; this only keeps it from being reported unhandled.
  loaded.catch(() => {});
  const destroy = async () => {
    destroyed = true;
    await projection?.stop();
    await meetings.closeAll();
    await persistence.destroy();
    doc.destroy();
    localDb.close();
  };
  return { workspaceId, deviceId, doc, loaded, localDb, meetings, destroy };
}

/** Opens the workspace and resolves once its document has loaded (see startWorkspaceStore). */
export async function openWorkspaceStore(localDbName?: string): Promise<WorkspaceStore> {
  const store = await startWorkspaceStore(localDbName);
  try {
    await store.loaded;
  } catch (error) {
    await store.destroy();
    throw error;
  }
  return store;
}
