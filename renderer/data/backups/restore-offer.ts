import type { BackupEntry } from '../../../shared/ipc';
import { readGroupProfile } from '../../../shared/model';
import { importWorkspaceFile } from '../../../shared/workspace-file';
import { quorumApi } from '../../platform/quorum-api';
import { rememberWorkspace, switchWorkspace } from '../known-workspaces';
import { meetingDbName } from '../meeting-docs';
import type { LocalStart } from '../startup/local-start';
import { storeDocument } from '../workspace-transfer';
import { workspaceDbName } from '../workspace-store';
import { workspaceStorageIsEmpty } from './workspace-storage';

/**
 * Start-up in the desktop app, when this app's IndexedDB has lost the workspace (Chromium has
 * wiped it after a full disk and after updates) but main holds a backup: the person is asked
 * whether to restore it before the workspace is opened, so nothing is written first.
 */

export interface BackupOffer {
  backup: BackupEntry;
  /** Stores the backup as this app's workspace, then reloads; rejects with words if it cannot. */
  restore(): Promise<void>;
  /** Goes on with the empty workspace; the backup stays where it is. */
  startAfresh(): void;
}

/** This workspace's newest backup if it has one, else the newest of any workspace's. */
async function newestBackup(workspaceId: string): Promise<BackupEntry | null> {
  const listed = await quorumApi.listBackups({});
  if (!listed.ok) {
    console.warn('Could not list the backups at start-up:', listed.message);
    return null;
  }
  return listed.value.find((b) => b.workspaceId === workspaceId) ?? listed.value[0] ?? null;
}

/** Stores every document of the backup in IndexedDB and makes it the workspace to open. */
async function installBackup(start: LocalStart, backup: BackupEntry): Promise<void> {
  const read = await quorumApi.readBackup({ workspaceId: backup.workspaceId, name: backup.name });
  if (!read.ok) throw new Error(read.message);
  const imported = importWorkspaceFile(read.value);
  if (!imported.ok) throw new Error(`The backup cannot be read. ${imported.message}`);
  const { workspaceId, workspace, meetings } = imported.value;
  await storeDocument(workspaceDbName(workspaceId), workspaceId, workspace);
  for (const [meetingId, doc] of meetings) {
    await storeDocument(meetingDbName(workspaceId, meetingId), meetingId, doc);
  }
  await rememberWorkspace(start.localDb, {
    id: workspaceId,
    name: readGroupProfile(workspace).name,
  });
  await switchWorkspace(start.localDb, workspaceId);
}

/**
 * Resolves when the workspace may be opened: at once when there is nothing to offer, or once
 * the person chooses to start afresh. Otherwise it shows the offer (`show`); a restore
 * reloads the app instead of resolving.
 */
export async function offerBackupAtStart(
  start: LocalStart,
  show: (offer: BackupOffer | null) => void,
): Promise<void> {
  if (!(await workspaceStorageIsEmpty(start.workspaceId))) return;
  const backup = await newestBackup(start.workspaceId);
  if (!backup) return;
  return new Promise<void>((resolve) => {
    show({
      backup,
      restore: async () => {
        await installBackup(start, backup);
        window.location.reload();
      },
      startAfresh: () => {
        show(null);
        resolve();
      },
    });
  });
}
