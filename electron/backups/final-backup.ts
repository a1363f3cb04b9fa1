import type { BackupKeeper } from './backup-keeper';

/** Long enough to encode a large workspace; short enough that a stuck window cannot hold a quit. */
export const FINAL_BACKUP_TIMEOUT_MS = 5_000;

export interface FinalBackupOptions {
  keeper: BackupKeeper;
  /** Asks the renderer for its last snapshot; false if there is no window to ask. */
  askRenderer: () => boolean;
  /** Quits again once the snapshot is on disk or the wait is over. */
  quit: () => void;
  timeoutMs?: number;
}

/**
 * For before-quit: the first quit is held while the renderer sends a last snapshot (it
 * answers through backup:write with reason 'quit'), for at most `timeoutMs`; then the app
 * quits. Later before-quit events pass, or are held without asking again while it waits
 * (hosting's own hold may quit in the meantime).
 */
export function finalBackupOnQuit({
  keeper,
  askRenderer,
  quit,
  timeoutMs = FINAL_BACKUP_TIMEOUT_MS,
}: FinalBackupOptions): (event: { preventDefault(): void }) => void {
  let stage: 'running' | 'asking' | 'done' = 'running';
  return (event) => {
    if (stage === 'done') return;
    if (stage === 'asking') {
      event.preventDefault();
      return;
    }
    const taken = keeper.whenFinalSnapshotTaken();
    if (!askRenderer()) {
      stage = 'done';
      return;
    }
    event.preventDefault();
    stage = 'asking';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        console.warn(`Quit without a last backup: the window did not answer in ${timeoutMs} ms.`);
        resolve();
      }, timeoutMs);
    });
    void Promise.race([taken, timedOut]).then(() => {
      clearTimeout(timer);
      stage = 'done';
      quit();
    });
  };
}
