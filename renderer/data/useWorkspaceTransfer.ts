import { useCallback } from 'react';
import { importWorkspaceFile, type WorkspaceImport } from '../../shared/workspace-file';
import { useWorkspace } from './WorkspaceProvider';
import { exportWorkspace, installWorkspace, type IncomingWorkspace } from './workspace-transfer';

export type ReadWorkspaceFile =
  { ok: true; plan: WorkspaceImport; sameWorkspace: boolean } | { ok: false; message: string };

/** The workspace file and the sample workspace, for the screens that offer them. */
export function useWorkspaceTransfer() {
  const { store } = useWorkspace();

  const exportFile = useCallback(() => exportWorkspace(store), [store]);

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

  return { exportFile, readFile, install, openSample };
}
