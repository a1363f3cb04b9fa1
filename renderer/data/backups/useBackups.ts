import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { BackupEntry } from '../../../shared/ipc';
import { isDesktopApp } from '../../platform/desktop';
import { quorumApi } from '../../platform/quorum-api';
import { useWorkspace } from '../WorkspaceProvider';
import { backupSchedulerOf, type BackupStatus } from './backup-scheduler';
import { planRestore, restoreBackup, type RestorePlan } from './backup-restore';

export type { RestorePlan } from './backup-restore';

export type BackupList =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupEntry[] }
  | { status: 'failed'; message: string };

const NO_STATUS: BackupStatus = { problem: null, lastTakenAt: null };
const noSubscription = () => () => {};

/** The open workspace's backups (desktop app), for Settings: listed, planned and restored. */
export function useBackups() {
  const { store } = useWorkspace();
  const desktop = isDesktopApp();
  const scheduler = backupSchedulerOf(store);
  const status = useSyncExternalStore(
    scheduler?.subscribe ?? noSubscription,
    () => scheduler?.status() ?? NO_STATUS,
  );
  const [list, setList] = useState<BackupList>({ status: 'loading' });
  // Bumped after a restore: the backup kept before it is then listed too.
  const [restores, setRestores] = useState(0);

  // Listed again whenever a new backup is taken while Settings is open.
  useEffect(() => {
    if (!desktop) return;
    let live = true;
    void quorumApi.listBackups({ workspaceId: store.workspaceId }).then((listed) => {
      if (!live) return;
      setList(
        listed.ok
          ? { status: 'ready', backups: listed.value }
          : { status: 'failed', message: listed.message },
      );
    });
    return () => {
      live = false;
    };
  }, [desktop, store, status.lastTakenAt, restores]);

  const plan = useCallback(
    (backup: BackupEntry): Promise<RestorePlan> => planRestore(store, quorumApi, backup),
    [store],
  );

  const restore = useCallback(
    async (restorePlan: RestorePlan) => {
      const { reload } = await restoreBackup(store, quorumApi, restorePlan);
      if (reload) window.location.reload();
      else setRestores((count) => count + 1);
    },
    [store],
  );

  return { desktop, list, problem: status.problem, plan, restore };
}
