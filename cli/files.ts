import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error';

/** What a failed file operation means for the person, in one line. */
function explain(path: string, error: unknown, doing: 'read' | 'write'): CliError {
  const code = (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: doing === 'read' ? 'no such file' : `the folder ${dirname(path)} does not exist`,
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'it is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EEXIST: 'a file with that name already exists (add --force to replace it)',
  };
  const reason =
    (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CliError(`Cannot ${doing} ${path}: ${reason}.`);
}

export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw explain(path, error, 'read');
  }
}

/**
 * Writes beside the target and renames into place, so an interrupted write never leaves a
 * half-written workspace file under the real name. Without `force` an existing file is kept.
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array,
  { force }: { force: boolean },
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  let claimed = false;
  try {
    // Checked first: writing over a folder would otherwise read as 'already exists'.
    if ((await stat(path).catch(() => null))?.isDirectory())
      throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!force) {
      // Claims the name first (or fails with EEXIST), so a file there already is never replaced.
      await writeFile(path, new Uint8Array(), { flag: 'wx' });
      claimed = true;
    }
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if (claimed) await rm(path, { force: true });
    throw explain(path, error, 'write');
  }
}
