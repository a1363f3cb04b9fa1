import { app } from 'electron';
import path from 'node:path';
import { BackupFolder } from './backup-folder';
import { BackupKeeper } from './backup-keeper';

/** The app's backups, in the user data folder: `<userData>/backups/<workspaceId>/`. */
export const appBackupKeeper = new BackupKeeper({
  folder: new BackupFolder(() => path.join(app.getPath('userData'), 'backups')),
});
