import { fail } from '../../shared/ipc';

type Action = 'save' | 'open';

/**
 * Turns an error from node:fs into words a minute-taker can act on. The path is always
 * named, and unknown errors keep Node's own message rather than being hidden.
 */
export function describeIoError(error: unknown, action: Action, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'save' ? 'save' : 'open';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: there is no room to save ${filePath}. Free some space or choose another drive.`;
    case 'EROFS':
      return `The disk is read-only: cannot save ${filePath}. Choose another folder.`;
    case 'EACCES':
    case 'EPERM':
      return `Quorum is not allowed to ${verb} ${filePath}. Check the file's permissions or choose another ${action === 'save' ? 'folder' : 'file'}.`;
    case 'EBUSY':
      return `The file is in use by another program: ${filePath}. Close it there and try again.`;
    case 'ENOENT':
      return action === 'save'
        ? `The folder no longer exists: cannot save ${filePath}.`
        : `The file no longer exists: ${filePath}.`;
    case 'EISDIR':
      return `That is a folder, not a file: ${filePath}.`;
    case 'ENAMETOOLONG':
      return `The file name is too long: ${filePath}.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not ${verb} ${filePath}: ${detail}`;
    }
  }
}

export function ioFailure(error: unknown, action: Action, filePath: string) {
  return fail('io-error', describeIoError(error, action, filePath));
}
