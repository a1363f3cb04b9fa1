import { z } from 'zod';
import { isWorkspaceId } from '../../shared/sync/document-names';
import { normalizeInviteCode } from '../../shared/sync/invite-codes';
import { readJsonFile, writeJsonFile } from '../json-file';

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

/**
 * A missing file is empty; a corrupt one is logged and treated as empty (new codes). One that
 * cannot be read throws, so hosting fails rather than overwriting codes it could not see.
 */
export async function readHostInviteCodes(file: string): Promise<HostInviteCodes> {
  const saved = await readJsonFile(file, {
    schema: fileSchema,
    fallback: { version: 1, codes: {} },
    corrupt: 'not a valid invite code file; hosted workspaces get new codes',
  });
  return saved.codes;
}

/** Readable by this user only: the codes are in the clear (see above). */
export function writeHostInviteCodes(file: string, codes: HostInviteCodes): Promise<void> {
  return writeJsonFile(file, { version: 1, codes }, { mode: 0o600 });
}
