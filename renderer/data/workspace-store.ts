import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { migrateWorkspace } from '../../shared/model';
import { ensureId, openLocalDb, type QuorumLocalDb } from './local-db';
import { MeetingDocs } from './meeting-docs';

/**
 * Everything the renderer needs to reach data: the workspace Y.Doc, kept in IndexedDB by
 * y-indexeddb (every update is written as it happens, so a crash loses nothing), and the
 * device-local Dexie database.
 */
export interface WorkspaceStore {
  workspaceId: string;
  deviceId: string;
  doc: Y.Doc;
  localDb: QuorumLocalDb;
  /** Meeting documents, borrowed by the screens that show them. */
  meetings: MeetingDocs;
  destroy(): Promise<void>;
}

export function workspaceDbName(workspaceId: string): string {
  return `quorum-workspace-${workspaceId}`;
}

/**
 * Opens this device's workspace and resolves once the document holds everything stored here
 * and has been migrated to the current schema. Throws NewerSchemaError for data written by a
 * newer Quorum, leaving it untouched.
 */
export async function openWorkspaceStore(localDbName?: string): Promise<WorkspaceStore> {
  const localDb = openLocalDb(localDbName);
  const [workspaceId, deviceId] = await Promise.all([
    ensureId(localDb, 'workspaceId'),
    ensureId(localDb, 'deviceId'),
  ]);
  const doc = new Y.Doc({ guid: workspaceId });
  const persistence = new IndexeddbPersistence(workspaceDbName(workspaceId), doc);
  const meetings = new MeetingDocs(workspaceId, doc);
  const destroy = async () => {
    await meetings.closeAll();
    await persistence.destroy();
    doc.destroy();
    localDb.close();
  };
  try {
    await persistence.whenSynced;
    migrateWorkspace(doc);
  } catch (error) {
    await destroy();
    throw error;
  }
  return { workspaceId, deviceId, doc, localDb, meetings, destroy };
}
