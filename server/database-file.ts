import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Refuses a database file that cannot be this server's: SQLite would treat a 0-byte file as
 * a new empty database, so a truncated copy would start silently empty and every workspace
 * would then be registered again by whoever connected first. An absent file is a new
 * database and fine; anything present must start with SQLite's header.
 */

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export class DatabaseFileError extends Error {}

export function checkDatabaseFile(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (size === 0)
    throw new DatabaseFileError(
      `${path} is empty (0 bytes), not a database: restore it from a backup, or move it away to start a new one`,
    );
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER))
    throw new DatabaseFileError(
      `${path} is not an SQLite database: restore it from a backup, or move it away to start a new one`,
    );
}
