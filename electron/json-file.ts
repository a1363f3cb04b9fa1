import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import { describeIssues } from '../shared/ipc';

/**
 * The small JSON files main keeps in userData (window state, allowed sync servers, hosted
 * invite codes): read with zod and a fallback, written so that a crash or a full disk never
 * leaves half a file in place of the old one.
 */

export interface JsonFileReading<T> {
  schema: z.ZodType<T>;
  /** What a missing or corrupt file reads as. */
  fallback: T;
  /** Ends the log line for a corrupt file: what it was and what ignoring it means. */
  corrupt: string;
}

/**
 * A missing file is the fallback, quietly (a first run). A corrupt one is the fallback and a
 * warning naming the file. One that exists but cannot be read throws: reading it as missing
 * would let the next write replace what is in it.
 */
export async function readJsonFile<T>(
  file: string,
  { schema, fallback, corrupt }: JsonFileReading<T>,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    console.warn(`Ignoring ${file} (not JSON): ${corrupt}.`);
    return fallback;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`Ignoring ${file} (${describeIssues(parsed.error, 'the file')}): ${corrupt}.`);
  return fallback;
}

let writes = 0;

/**
 * Writes to a temporary file beside `file`, flushes it to disk, then renames it over `file`.
 * A rename is atomic, so `file` holds either the old JSON or the new, never a mix. If the
 * write fails (a full disk), the temporary file is removed and the error says so; `file` is
 * untouched. `mode` applies to the new file (0o600 for secrets).
 */
export async function writeJsonFile(
  file: string,
  value: unknown,
  { mode }: { mode?: number } = {},
): Promise<void> {
  // One name per write: two saves in flight must not write into the same temporary file.
  writes += 1;
  const temporary = `${file}.${process.pid}-${writes}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, {
      encoding: 'utf8',
      flush: true,
      ...(mode === undefined ? {} : { mode }),
    });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const message = `Could not save ${file}: ${reason(error)}. The copy already there is unchanged.`;
    throw new Error(message, { cause: error });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'Quorum is not allowed to write there';
  return error instanceof Error ? error.message : String(error);
}
