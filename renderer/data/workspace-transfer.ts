import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { listMeetings, readGroupProfile } from '../../shared/model';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { rememberWorkspace, switchWorkspace } from './known-workspaces';
import { meetingDbName } from './meeting-docs';
import { workspaceDbName, type WorkspaceStore } from './workspace-store';

/**
 * Moving whole workspaces in and out of this device: the `.quorum` file (export and import)
 * and the sample workspace. Imports never delete: a file of this same workspace is merged
 * into it (Yjs merges, so nothing typed here is lost), and a different workspace is stored
 * beside this one and opened instead.
 */

/** Every document of the open workspace as the bytes of a `.quorum` file. */
export async function exportWorkspace(
  store: WorkspaceStore,
  now = new Date(),
): Promise<Uint8Array> {
  const meetings = new Map<string, Y.Doc>();
  const borrowed = listMeetings(store.doc).map((meeting) => store.meetings.borrow(meeting.id));
  try {
    for (const doc of await Promise.all(borrowed.map((b) => b.ready))) meetings.set(doc.guid, doc);
    return encodeWorkspaceFile({
      workspace: store.doc,
      meetings,
      appVersion: __APP_VERSION__,
      now,
    });
  } finally {
    for (const { release } of borrowed) release();
  }
}

/** Adds `source`'s content to the document stored in IndexedDB database `name`. */
export async function storeDocument(name: string, guid: string, source: Y.Doc): Promise<void> {
  const target = new Y.Doc({ guid });
  const persistence = new IndexeddbPersistence(name, target);
  try {
    await persistence.whenSynced;
    // y-indexeddb writes the update as the event fires; destroy() waits for the write.
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
  } finally {
    await persistence.destroy();
    target.destroy();
  }
}

export interface IncomingWorkspace {
  workspaceId: string;
  workspace: Y.Doc;
  meetings: ReadonlyMap<string, Y.Doc>;
}

/**
 * Stores an incoming workspace on this device. If it is the open workspace, its content is
 * merged into the open documents at once; otherwise it is written beside the open one and
 * becomes the workspace this device opens (the caller reloads).
 * Returns whether the app must reload to show it.
 */
export async function installWorkspace(
  store: WorkspaceStore,
  incoming: IncomingWorkspace,
): Promise<{ reload: boolean }> {
  const { workspaceId, workspace, meetings } = incoming;
  if (workspaceId === store.workspaceId) {
    Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(workspace));
    for (const [meetingId, doc] of meetings) {
      // An open meeting takes the update live; others are merged on disk. Never borrow one
      // here: a first open would fill it from the standard agenda before the file's content.
      const open = store.meetings.peek(meetingId);
      if (open) Y.applyUpdate(open, Y.encodeStateAsUpdate(doc));
      else {
        await storeDocument(meetingDbName(workspaceId, meetingId), meetingId, doc);
        // Its stored copy has changed: the decision log and minutes status follow it.
        store.mirrors.ledger.withdraw(meetingId);
      }
    }
    void store.mirrors.backfill.run();
    return { reload: false };
  }
  await storeDocument(workspaceDbName(workspaceId), workspaceId, workspace);
  for (const [meetingId, doc] of meetings) {
    await storeDocument(meetingDbName(workspaceId, meetingId), meetingId, doc);
  }
  await rememberWorkspace(store.localDb, {
    id: store.workspaceId,
    name: readGroupProfile(store.doc).name,
  });
  await rememberWorkspace(store.localDb, {
    id: workspaceId,
    name: readGroupProfile(workspace).name,
  });
  await switchWorkspace(store.localDb, workspaceId);
  return { reload: true };
}
