import { fail, ok, type BackupReason, type BackupWritten, type Result } from '../../shared/ipc';
import { readContainer } from '../../shared/workspace-file/container';
import type { BackupFolder } from './backup-folder';
import { BackupWriteError } from './backup-folder';

/** While a workspace changes, a backup at most this often (the renderer sends on change). */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface BackupKeeperOptions {
  folder: BackupFolder;
  /** Tests shorten it, so a backup is written without waiting ten minutes. */
  intervalMs?: number;
  now?: () => Date;
}

/**
 * Decides when a snapshot from the renderer becomes a backup: a `changed` one at most once
 * per interval for each workspace, a `quit` or `before-restore` one always. Every snapshot is
 * checked to be a whole `.quorum` file of the workspace it claims before it is written.
 */
export class BackupKeeper {
  readonly folder: BackupFolder;
  private readonly intervalMs: number;
  private readonly now: () => Date;
  /** When each workspace's newest backup was taken (ms), read from disk on first use. */
  private readonly newest = new Map<string, number>();
  /** What each workspace's newest backup this run holds: its documents' checksums. */
  private readonly contents = new Map<string, string>();
  private finalWaiters: Array<() => void> = [];

  constructor({
    folder,
    intervalMs = BACKUP_INTERVAL_MS,
    now = () => new Date(),
  }: BackupKeeperOptions) {
    this.folder = folder;
    this.intervalMs = intervalMs;
    this.now = now;
  }

  private async newestTaken(workspaceId: string): Promise<number> {
    let newest = this.newest.get(workspaceId);
    if (newest === undefined) {
      const [latest] = await this.folder.list(workspaceId).catch(() => []);
      newest = latest ? new Date(latest.takenAt).getTime() : Number.NEGATIVE_INFINITY;
      this.newest.set(workspaceId, newest);
    }
    return newest;
  }

  async take(
    workspaceId: string,
    data: Uint8Array,
    reason: BackupReason,
  ): Promise<Result<BackupWritten>> {
    try {
      return await this.takeChecked(workspaceId, data, reason);
    } finally {
      if (reason === 'quit') this.finalWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private async takeChecked(
    workspaceId: string,
    data: Uint8Array,
    reason: BackupReason,
  ): Promise<Result<BackupWritten>> {
    const container = readContainer(data);
    if (!container.ok) {
      return fail(
        'invalid-payload',
        `That snapshot is not a whole workspace file. ${container.message}`,
      );
    }
    if (container.manifest.workspaceId !== workspaceId) {
      return fail(
        'invalid-payload',
        `That snapshot is of workspace ${container.manifest.workspaceId}, not ${workspaceId}.`,
      );
    }
    const newest = await this.newestTaken(workspaceId);
    const now = this.now().getTime();
    const dueAt = newest + this.intervalMs;
    if (reason === 'changed' && now < dueAt) {
      return ok({ written: null, nextInMs: dueAt - now });
    }
    // The same documents as the newest backup (a quit with nothing typed since): writing
    // them again would only push an older, different backup out of the newest ten.
    const contents = container.manifest.documents.map((d) => `${d.id}:${d.sha256}`).join(',');
    if (this.contents.get(workspaceId) === contents) {
      return ok({ written: null, nextInMs: Math.max(0, dueAt - now) });
    }
    // Strictly after the last one, so two backups in one millisecond never share a name.
    const takenAt = new Date(Math.max(now, newest + 1));
    try {
      const written = await this.folder.write(workspaceId, data, takenAt);
      this.newest.set(workspaceId, takenAt.getTime());
      this.contents.set(workspaceId, contents);
      return ok({ written, nextInMs: this.intervalMs });
    } catch (error) {
      if (error instanceof BackupWriteError) {
        console.error(error.message, error.cause);
        return fail('io-error', error.message);
      }
      throw error;
    }
  }

  /** Resolves when the next `quit` snapshot has been written (or has failed). */
  whenFinalSnapshotTaken(): Promise<void> {
    return new Promise((resolve) => this.finalWaiters.push(resolve));
  }
}
