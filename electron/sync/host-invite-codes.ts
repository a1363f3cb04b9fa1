import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { isWorkspaceId } from '../../shared/sync/document-names';
import { normalizeInviteCode } from '../../shared/sync/invite-codes';

/**
 * The invite codes of the workspaces this device hosts, in <hostDataDir>/invite-codes.json.
 *
 * The server itself keeps only hashes (docs/sync.md), so it cannot show a code again. The
 * host's person needs to, every time they host the workspace, so the app keeps the codes
 * themselves here: on the host's own disk, beside the server's database, readable only by
 * its user (mode 0600). Anyone who can read the user's files can read the meeting notes in
 * the same profile anyway.
 */

const fileSchema = z.object({
  version: z.literal(1),
  codes: z.record(
    z.string().refine(isWorkspaceId, 'not a workspace id'),
    z.string().refine((code) => normalizeInviteCode(code) === code, 'not an invite code'),
  ),
});

export type HostInviteCodes = Record<string, string>;

/** A missing file is empty; a corrupt one is logged and treated as empty (new codes). */
export async function readHostInviteCodes(file: string): Promise<HostInviteCodes> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = fileSchema.safeParse(raw);
  if (parsed.success) return parsed.data.codes;
  console.warn(`Ignoring ${file}: not a valid invite code file; hosted workspaces get new codes.`);
  return {};
}

/** Via a temporary file and a rename, so a crash mid-write never leaves half a file. */
export async function writeHostInviteCodes(file: string, codes: HostInviteCodes): Promise<void> {
  const temporary = `${file}.tmp`;
  await writeFile(temporary, JSON.stringify({ version: 1, codes }, null, 2), {
    encoding: 'utf8',
    mode: 0o600,
  });
  await rename(temporary, file);
}
