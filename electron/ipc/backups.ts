import { fail, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';
import { appBackupKeeper } from '../backups/app-backups';
import type { BackupKeeper } from '../backups/backup-keeper';

/**
 * Backups the desktop app keeps by itself (electron/backups): the renderer hands over
 * snapshots and reads backups back by the names main listed; it never names a path.
 */
export function createBackupHandlers(keeper: BackupKeeper) {
  return {
    'backup:write': ({ workspaceId, data, reason }) => keeper.take(workspaceId, data, reason),

    'backup:list': async ({ workspaceId }) => {
      try {
        return ok(await keeper.folder.list(workspaceId));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return fail('io-error', `Quorum could not read its backups folder: ${detail}`);
      }
    },

    'backup:read': async ({ workspaceId, name }) => {
      try {
        return ok(await keeper.folder.read(workspaceId, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return fail('io-error', `The backup ${name} is no longer there.`);
        }
        const detail = error instanceof Error ? error.message : String(error);
        return fail('io-error', `Quorum could not read the backup ${name}: ${detail}`);
      }
    },
  } satisfies Pick<IpcHandlers, 'backup:write' | 'backup:list' | 'backup:read'>;
}

export const backupHandlers = createBackupHandlers(appBackupKeeper);
