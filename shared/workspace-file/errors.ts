import { fail } from '../ipc/result';

/**
 * Why a file could not be opened. Each kind tells the person what to do next, so the renderer
 * and the command line show `message` as it is: one line, British English.
 */
export const workspaceFileErrors = [
  'empty',
  'not-a-quorum-file',
  'truncated',
  'corrupt',
  'newer-version',
  'invalid-contents',
] as const;
export type WorkspaceFileError = (typeof workspaceFileErrors)[number];

export interface WorkspaceFileFailure {
  ok: false;
  error: WorkspaceFileError;
  message: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

// Details may quote an error from Yjs: kept to one line, as every message is.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function emptyFile(): WorkspaceFileFailure {
  return fail('empty', 'The file is empty: it may not have finished copying.');
}

/** Names what the file looks like when we can tell, since people pick the wrong file. */
export function notAQuorumFile(bytes: Uint8Array): WorkspaceFileFailure {
  const base = 'This file is not a Quorum workspace.';
  if (ZIP.every((byte, i) => bytes[i] === byte))
    return fail('not-a-quorum-file', `${base} It looks like a Word document or another zip file.`);
  const first = bytes.find((byte) => ![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf].includes(byte));
  if (first === 0x7b || first === 0x5b)
    return fail('not-a-quorum-file', `${base} It looks like a JSON file.`);
  return fail('not-a-quorum-file', base);
}

export function truncated(): WorkspaceFileFailure {
  return fail('truncated', 'The file is incomplete: it may not have finished copying.');
}

export function corrupt(detail: string): WorkspaceFileFailure {
  return fail(
    'corrupt',
    `The file is damaged (${oneLine(detail)}). Export the workspace again from the device it came from.`,
  );
}

export function newerVersion(what: string, found: number, supported: number): WorkspaceFileFailure {
  return fail(
    'newer-version',
    `This file was made by a newer version of Quorum (${what} ${found}; this version reads up to ${supported}). Update Quorum to open it.`,
  );
}

export function invalidContents(detail: string): WorkspaceFileFailure {
  return fail(
    'invalid-contents',
    `The file is complete but does not hold a valid Quorum workspace (${oneLine(detail)}).`,
  );
}
