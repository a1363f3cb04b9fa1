import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useWorkspace, useWorkspaceStart } from '../../data/WorkspaceProvider';
import type { PresenceLocation } from '../../data/sync/presence';
import type { SyncSettings } from '../../data/sync/sync-settings';
import type { SyncSnapshot } from '../../data/sync/workspace-sync';

/** The sync status and who else is here, re-rendered as either changes. */
export function useSyncSnapshot(): SyncSnapshot {
  const { start, store } = useWorkspaceStart();
  const settings = start?.syncSettings ?? null;
  const beforeSync = useMemo(() => snapshotBeforeSync(settings), [settings]);
  const sync = store?.sync;
  return useSyncExternalStore(sync?.subscribe ?? noSubscription, sync?.getSnapshot ?? beforeSync);
}

const noSubscription = () => () => undefined;

/** Until the sync code has loaded: "Connecting" if this workspace syncs, else "Offline". */
function snapshotBeforeSync(settings: SyncSettings | null): () => SyncSnapshot {
  const snapshot: SyncSnapshot = {
    phase: settings ? 'connecting' : 'off',
    peers: [],
    problem: null,
    server: settings?.url ?? null,
  };
  return () => snapshot;
}

/**
 * Tells the others where this person is while the component is mounted (the meeting screen,
 * then the agenda item being minuted). Pass a stable (memoised) location or null.
 */
export function usePresenceLocation(location: PresenceLocation | null): void {
  const { sync } = useWorkspace().store;
  useEffect(() => {
    if (!location) return;
    sync.setLocation(location);
    return () => sync.setLocation({});
  }, [sync, location]);
}
