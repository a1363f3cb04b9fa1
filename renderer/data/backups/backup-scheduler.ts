import type { QuorumApi } from '../../../shared/ipc';
import { exportWorkspace } from '../workspace-transfer';
import type { WorkspaceStore } from '../workspace-store';

/**
 * Hands the desktop app's main process a snapshot of the workspace while it changes, so main
 * can keep backups (electron/backups). Main decides how often one is written (every ten
 * minutes) and answers with how long to wait; the renderer then sends nothing until that
 * time, however much is typed. On quit main asks for a last snapshot (onFinalBackupRequest).
 */

/** After the first change, a moment for a burst of typing to finish before the snapshot. */
export const SETTLE_MS = 2_000;

export interface BackupStatus {
  /** The last failure to keep a backup, in words for the person; null once one is kept. */
  problem: string | null;
  /** When the newest backup this run was taken (ISO), or null. */
  lastTakenAt: string | null;
}

export interface BackupScheduler {
  status(): BackupStatus;
  subscribe(listener: () => void): () => void;
  /** A snapshot of the workspace now, for `reason`; resolves with main's answer. */
  snapshot: (reason: 'quit' | 'before-restore') => ReturnType<QuorumApi['writeBackup']>;
  stop(): void;
}

const schedulers = new WeakMap<WorkspaceStore, BackupScheduler>();

/** The scheduler of `store`, if backups were started for it (the desktop app only). */
export function backupSchedulerOf(store: WorkspaceStore): BackupScheduler | undefined {
  return schedulers.get(store);
}

export interface BackupTiming {
  settleMs?: number;
  /** After a failed write, when to try again (main's interval is unknown then). */
  retryMs?: number;
}

export function startBackups(
  store: WorkspaceStore,
  api: QuorumApi,
  { settleMs = SETTLE_MS, retryMs = 10 * 60 * 1000 }: BackupTiming = {},
): BackupScheduler {
  let status: BackupStatus = { problem: null, lastTakenAt: null };
  const listeners = new Set<() => void>();
  const publish = (next: Partial<BackupStatus>) => {
    status = { ...status, ...next };
    listeners.forEach((listener) => listener());
  };
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | null = null;
  let waitMs = settleMs;
  let stopped = false;

  const send = async (reason: 'changed' | 'quit' | 'before-restore') => {
    const data = await exportWorkspace(store);
    const result = await api.writeBackup({ workspaceId: store.workspaceId, data, reason });
    if (result.ok) {
      if (result.value.written)
        publish({ problem: null, lastTakenAt: result.value.written.takenAt });
    } else {
      publish({ problem: result.message });
    }
    return result;
  };

  const schedule = () => {
    if (stopped || timer !== undefined || running) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      dirty = false;
      running = send('changed')
        .then((result) => {
          // Not written yet (too soon): the change still needs a backup when one is due.
          if (result.ok && result.value.written === null) dirty = true;
          // A failed write is tried again after the interval, not at every keystroke.
          waitMs = result.ok ? Math.max(result.value.nextInMs, settleMs) : retryMs;
        })
        .catch((error: unknown) => console.warn('Could not take a backup snapshot:', error))
        .finally(() => {
          running = null;
          if (dirty) schedule();
        });
    }, waitMs);
  };

  const changed = () => {
    dirty = true;
    schedule();
  };
  store.doc.on('update', changed);
  const stopMeetings = store.meetings.onUpdate(changed);
  const stopQuit = api.onFinalBackupRequest(() => {
    void send('quit').catch((error: unknown) =>
      console.warn('Could not take the last backup snapshot:', error),
    );
  });

  const scheduler: BackupScheduler = {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: (reason) => send(reason),
    stop() {
      stopped = true;
      clearTimeout(timer);
      store.doc.off('update', changed);
      stopMeetings();
      stopQuit();
      schedulers.delete(store);
    },
  };
  schedulers.set(store, scheduler);
  store.doc.on('destroy', () => scheduler.stop());
  return scheduler;
}
