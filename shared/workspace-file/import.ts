import type { Result } from '../ipc/result';
import { decodeWorkspaceFile, type DecodedWorkspaceFile } from './decode';
import type { WorkspaceFileError } from './errors';
import { summariseWorkspace, type WorkspaceSummary } from './summary';

/**
 * An import, planned but not carried out: the file's documents, checked, and what they hold.
 * The caller shows the summary, asks the person, then stores the documents its own way (the
 * renderer in IndexedDB as a new workspace, the CLI in memory to read them). Pure: nothing is
 * written anywhere, so cancelling, or a bad file, leaves everything as it was.
 */
export interface WorkspaceImport extends DecodedWorkspaceFile {
  summary: WorkspaceSummary;
}

export function importWorkspaceFile(
  bytes: Uint8Array,
): Result<WorkspaceImport, WorkspaceFileError> {
  const decoded = decodeWorkspaceFile(bytes);
  if (!decoded.ok) return decoded;
  const { workspace, meetings } = decoded.value;
  return {
    ok: true,
    value: { ...decoded.value, summary: summariseWorkspace(workspace, meetings) },
  };
}
