import { readLocalStart } from '../../../renderer/data/startup/local-start';
import { createWorkspaceStore, type WorkspaceStore } from '../../../renderer/data/workspace-store';

/**
 * Opens this device's workspace from the local database `localDbName` and waits for its
 * document, as WorkspaceProvider does in two steps around the first screen.
 */
export async function openWorkspaceStore(
  localDbName: string,
  options?: Parameters<typeof createWorkspaceStore>[1],
): Promise<WorkspaceStore> {
  const store = createWorkspaceStore(await readLocalStart(localDbName), options);
  try {
    await store.load();
  } catch (error) {
    await store.destroy();
    throw error;
  }
  return store;
}
