import { useCallback } from 'react';
import { localIsoDate } from '../../shared/format/local-date';
import { safeFileName } from '../../shared/format/file-name';
import { readGroupProfile } from '../../shared/model';
import { importWorkspaceFile, type WorkspaceImport } from '../../shared/workspace-file';
import { quorumApi } from '../platform/quorum-api';
import type { FileToSave } from './useSaveFile';
import { useWorkspace } from './WorkspaceProvider';
import { exportWorkspace, installWorkspace, type IncomingWorkspace } from './workspace-transfer';

export type ReadWorkspaceFile =
  { ok: true; plan: WorkspaceImport; sameWorkspace: boolean } | { ok: false; message: string };

/** A file chosen and checked (`ok`), a reason it cannot be opened, or the person cancelled. */
export type OpenedWorkspaceFile = ReadWorkspaceFile | { ok: false; cancelled: true };

const QUORUM_FILTER = [{ name: 'Quorum workspace', extensions: ['quorum'] }];

/** The workspace file and the sample workspace, for the screens that offer them. */
export function useWorkspaceTransfer() {
  const { store } = useWorkspace();

  /** The whole workspace as a `.quorum` file, named for today and the group (useSaveFile). */
  const exportFile = useCallback(
    async (): Promise<FileToSave> => ({
      bytes: await exportWorkspace(store),
      fileName: safeFileName(`${localIsoDate()} ${readGroupProfile(store.doc).name}`, 'quorum'),
    }),
    [store],
  );

  /** Checks a file and says what it holds; nothing is stored yet. */
  const readFile = useCallback(
    (bytes: Uint8Array): ReadWorkspaceFile => {
      const result = importWorkspaceFile(bytes);
      if (!result.ok) return { ok: false, message: result.message };
      return {
        ok: true,
        plan: result.value,
        sameWorkspace: result.value.workspaceId === store.workspaceId,
      };
    },
    [store],
  );

  /** Asks for a `.quorum` file and checks it; nothing is stored yet. */
  const openFile = useCallback(async (): Promise<OpenedWorkspaceFile> => {
    const opened = await quorumApi.openFile({
      title: 'Open a Quorum workspace',
      filters: QUORUM_FILTER,
    });
    if (!opened.ok) {
      return opened.error === 'cancelled'
        ? { ok: false, cancelled: true }
        : { ok: false, message: opened.message };
    }
    const read = readFile(opened.value.data);
    if (read.ok) return read;
    return {
      ok: false,
      message: `${opened.value.name} could not be opened. ${read.message} Nothing has been changed.`,
    };
  }, [readFile]);

  /** Stores a checked workspace; reloads the app when it becomes the open workspace. */
  const install = useCallback(
    async (incoming: IncomingWorkspace) => {
      const { reload } = await installWorkspace(store, incoming);
      if (reload) window.location.reload();
    },
    [store],
  );

  const openSample = useCallback(async () => {
    // Loaded on demand: the sample brings the seeds' text and the action-text parser.
    const { buildSampleWorkspace } = await import('../../shared/sample');
    const sample = buildSampleWorkspace({ now: new Date() });
    await install({
      workspaceId: sample.workspace.guid,
      workspace: sample.workspace,
      meetings: sample.meetings,
    });
  }, [install]);

  return { exportFile, openFile, install, openSample };
}
