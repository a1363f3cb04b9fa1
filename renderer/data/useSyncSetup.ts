import { useCallback, useState } from 'react';
import { quorumApi } from '../platform/quorum-api';
import { errorText, IDLE, type Progress } from './progress';
import { hostWorkspace } from './sync/hosting';
import { writeDisplayName } from './sync/sync-settings';
import {
  joinWorkspace,
  shareThroughServer,
  stopSyncing,
  type SetupResult,
} from './sync/sync-setup';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Settings → Sync: how this device syncs, and the changes a person makes to it. Every change
 * ends in `progress` (never stuck on "working": a thrown error becomes `failed`, in words).
 * `configured` is read on each render: the panel re-renders as the sync status changes.
 */
export function useSyncSetup() {
  const { store } = useWorkspace();
  const [progress, setProgress] = useState<Progress>(IDLE);

  /** Runs a change with `working` shown meanwhile, and says how it ended. */
  const run = useCallback(async (working: string | null, change: () => Promise<SetupResult>) => {
    setProgress(working ? { stage: 'working', text: working } : IDLE);
    const result = await change().catch((error: unknown): SetupResult => ({
      ok: false,
      message: errorText(error),
    }));
    setProgress(result.ok ? IDLE : { stage: 'failed', text: result.message });
    return result;
  }, []);

  const host = useCallback(
    () => run('Starting the sync server on this computer…', () => hostWorkspace(quorumApi, store)),
    [run, store],
  );
  const stop = useCallback(() => run(null, () => stopSyncing(quorumApi, store)), [run, store]);
  /** Resolves to the reason the address was refused, for the form's field. */
  const share = useCallback(
    async (url: string): Promise<string | undefined> => {
      const result = await run(null, () => shareThroughServer(quorumApi, store, url));
      if (result.ok) return undefined;
      // The field shows it: not twice.
      setProgress(IDLE);
      return result.message;
    },
    [run, store],
  );
  const join = useCallback(
    async (url: string, inviteCode: string) => {
      let reload = false;
      await run('Asking the server for the workspace…', async () => {
        const joined = await joinWorkspace(quorumApi, store, { url, inviteCode });
        reload = joined.ok && joined.reload;
        return joined;
      });
      if (!reload) return;
      // Reopen on the meetings list, where the joined workspace's meetings arrive.
      window.location.hash = '#/meetings';
      window.location.reload();
    },
    [run, store],
  );
  const setDisplayName = useCallback(
    (name: string) => {
      store.sync.setUser({ ...store.sync.currentUser, name: name.trim() });
      writeDisplayName(store.localDb, name).catch((error: unknown) =>
        setProgress({ stage: 'failed', text: `Your name was not saved. ${errorText(error)}` }),
      );
    },
    [store],
  );

  return {
    configured: store.sync.configured,
    displayName: store.sync.currentUser.name,
    progress,
    host,
    stop,
    share,
    join,
    setDisplayName,
  };
}
