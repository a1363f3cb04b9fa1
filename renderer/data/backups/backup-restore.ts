import * as Y from 'yjs';
import { listActions, listMeetings } from '../../../shared/model';
import type { BackupEntry, QuorumApi } from '../../../shared/ipc';
import { importWorkspaceFile, type WorkspaceImport } from '../../../shared/workspace-file';
import { installWorkspace } from '../workspace-transfer';
import type { WorkspaceStore } from '../workspace-store';
import { backupSchedulerOf } from './backup-scheduler';

/**
 * Restoring a backup into the open workspace. Yjs merges, so a restore brings back everything
 * the backup holds that the workspace has lost, and removes nothing typed since. Before it,
 * the workspace as it is now is kept as a backup too, so a restore can itself be undone.
 */

export interface WorkspaceCounts {
  meetings: number;
  actions: number;
}

export interface RestorePlan {
  backup: BackupEntry;
  plan: WorkspaceImport;
  now: WorkspaceCounts;
  inBackup: WorkspaceCounts;
  /** What the workspace will hold once the backup is merged in. */
  afterRestore: WorkspaceCounts;
}

function countsOf(workspace: Y.Doc): WorkspaceCounts {
  return { meetings: listMeetings(workspace).length, actions: listActions(workspace).length };
}

/** Reads and checks a backup and says what restoring it would change; nothing is stored. */
export async function planRestore(
  store: WorkspaceStore,
  api: QuorumApi,
  backup: BackupEntry,
): Promise<RestorePlan> {
  const read = await api.readBackup({ workspaceId: backup.workspaceId, name: backup.name });
  if (!read.ok) throw new Error(read.message);
  const imported = importWorkspaceFile(read.value);
  if (!imported.ok) throw new Error(`The backup cannot be read. ${imported.message}`);
  const merged = new Y.Doc();
  try {
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(store.doc));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(imported.value.workspace));
    return {
      backup,
      plan: imported.value,
      now: countsOf(store.doc),
      inBackup: countsOf(imported.value.workspace),
      afterRestore: countsOf(merged),
    };
  } finally {
    merged.destroy();
  }
}

/**
 * Keeps the workspace as it is now as a backup, then merges the backup in. If the first step
 * fails, nothing is restored: the error says why.
 */
export async function restoreBackup(
  store: WorkspaceStore,
  api: QuorumApi,
  restore: RestorePlan,
): Promise<{ reload: boolean }> {
  const scheduler = backupSchedulerOf(store);
  if (!scheduler) throw new Error('Backups are kept by the Quorum desktop app.');
  const kept = await scheduler.snapshot('before-restore');
  if (!kept.ok) {
    throw new Error(
      `Quorum could not first keep a backup of the workspace as it is now. ${kept.message}`,
    );
  }
  return installWorkspace(store, restore.plan);
}
