import type * as Y from 'yjs';
import type { Result } from '../ipc/result';
import { readContainer } from './container';
import { loadDocuments } from './documents';
import type { WorkspaceFileError } from './errors';

export interface DecodedWorkspaceFile {
  workspaceId: string;
  /** Fresh documents, not yet stored anywhere: the caller decides where they go. */
  workspace: Y.Doc;
  /** Meeting id → the meeting's document (guid = meeting id). */
  meetings: Map<string, Y.Doc>;
  /** When the file was written (ISO timestamp) and by which Quorum version. */
  exportedAt: string;
  appVersion: string;
}

export type DecodeResult = Result<DecodedWorkspaceFile, WorkspaceFileError>;

/**
 * Reads a `.quorum` file. Pure and all-or-nothing: every length, checksum and document is
 * checked before anything is returned, and nothing outside the returned documents is touched.
 */
export function decodeWorkspaceFile(bytes: Uint8Array): DecodeResult {
  const container = readContainer(bytes);
  if (!container.ok) return container;
  const { manifest } = container;
  const loaded = loadDocuments(manifest.workspaceId, container.documents);
  if ('ok' in loaded) return loaded;
  return {
    ok: true,
    value: {
      workspaceId: manifest.workspaceId,
      workspace: loaded.workspace,
      meetings: loaded.meetings,
      exportedAt: manifest.exportedAt,
      appVersion: manifest.appVersion,
    },
  };
}
