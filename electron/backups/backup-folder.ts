import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_FILE_NAME, MAX_FILE_BYTES, type BackupEntry } from '../../shared/ipc';
import { backupsToKeep, RETENTION, type RetentionPolicy } from './retention';

/**
 * The backups on disk: `<root>/<workspaceId>/<taken at, UTC>.quorum`. Every write is atomic
 * (temporary file, fsync, rename, fsync of the folder), so a crash or a full disk leaves the
 * backups that were there as they were, and never half a file under a backup's name.
 */

const WORKSPACE_FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** '2023-10-09T13:15:00.000Z' ⇄ '2023-10-09T13-15-00-000Z.quorum': no colons on Windows. */
export function backupFileName(takenAt: Date): string {
  return `${takenAt.toISOString().replace(/[:.]/g, '-')}.quorum`;
}

export function takenAtOf(name: string): Date | null {
  if (!BACKUP_FILE_NAME.test(name)) return null;
  const [date, time] = name.slice(0, -'Z.quorum'.length).split('T') as [string, string];
  const [h, m, s, ms] = time.split('-');
  const taken = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(taken.getTime()) ? null : taken;
}

/** A write that failed, in words for the person; the error's `cause` keeps Node's own. */
export class BackupWriteError extends Error {
  override name = 'BackupWriteError';
}

function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'Quorum is not allowed to write there';
  return error instanceof Error ? error.message : String(error);
}

export class BackupFolder {
  private writes = 0;

  constructor(
    /** The backups folder (userData/backups in the app): asked late, as app.getPath must be. */
    private readonly root: () => string,
    private readonly policy: RetentionPolicy = RETENTION,
  ) {}

  private folderOf(workspaceId: string): string {
    if (!WORKSPACE_FOLDER.test(workspaceId)) throw new Error(`Not a workspace id: ${workspaceId}`);
    return path.join(this.root(), workspaceId);
  }

  /** Writes `bytes` as the backup taken at `takenAt`, then drops those retention lets go. */
  async write(workspaceId: string, bytes: Uint8Array, takenAt: Date): Promise<BackupEntry> {
    const folder = this.folderOf(workspaceId);
    const name = backupFileName(takenAt);
    const target = path.join(folder, name);
    this.writes += 1;
    const temporary = path.join(folder, `.${name}.${process.pid}-${this.writes}.tmp`);
    try {
      await mkdir(folder, { recursive: true });
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      await syncFolder(folder);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => {});
      throw new BackupWriteError(
        `Quorum could not keep a backup in ${folder}: ${whyNotWritten(error)}. ` +
          'Everything is still on this computer, and the earlier backups are unchanged.',
        { cause: error },
      );
    }
    await this.prune(workspaceId, takenAt).catch((error: unknown) =>
      // Too many backups kept is no loss; say so in the log and carry on.
      console.warn(`Could not remove old backups of ${workspaceId}:`, error),
    );
    return { workspaceId, name, takenAt: takenAt.toISOString(), bytes: bytes.byteLength };
  }

  /** One workspace's backups, or every workspace's; newest first. Unknown files are skipped. */
  async list(workspaceId?: string): Promise<BackupEntry[]> {
    const workspaces =
      workspaceId === undefined
        ? (await readdirOrEmpty(this.root())).filter((name) => WORKSPACE_FOLDER.test(name))
        : [workspaceId];
    const entries = await Promise.all(workspaces.map((id) => this.listOne(id)));
    return entries.flat().sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  }

  private async listOne(workspaceId: string): Promise<BackupEntry[]> {
    const folder = this.folderOf(workspaceId);
    const found: BackupEntry[] = [];
    for (const name of await readdirOrEmpty(folder)) {
      const takenAt = takenAtOf(name);
      if (!takenAt) continue;
      const info = await stat(path.join(folder, name)).catch(() => null);
      if (!info?.isFile()) continue;
      found.push({ workspaceId, name, takenAt: takenAt.toISOString(), bytes: info.size });
    }
    return found;
  }

  /** A backup's bytes. The name must be a backup's name: it can never point elsewhere. */
  async read(workspaceId: string, name: string): Promise<Uint8Array> {
    if (!takenAtOf(name)) throw new Error(`Not the name of a backup: ${name}`);
    const file = path.join(this.folderOf(workspaceId), name);
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_FILE_BYTES) throw new Error(`The backup ${file} is too large to open.`);
      // A copy, not a view of a pooled buffer: IPC would clone the whole pool.
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  }

  /** Deletes the backups the retention policy does not keep; returns their names. */
  async prune(workspaceId: string, now: Date): Promise<string[]> {
    const backups = await this.listOne(workspaceId);
    const keep = backupsToKeep(
      backups.map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) })),
      now,
      this.policy,
    );
    const drop = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
    const folder = this.folderOf(workspaceId);
    for (const name of drop) await rm(path.join(folder, name), { force: true });
    return drop;
  }
}

async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Makes the rename itself durable: until the folder's entry is on disk, a power cut can undo
 * it. Windows cannot open a folder for this (and its renames are already durable), so there
 * the step is skipped.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
