import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
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

/**
 * For the minutes of one meeting: its document's awareness (collaborators' carets; null while
 * the workspace does not sync), and a way to say which item this person is minuting now.
 */
export function useMeetingPresence(meetingId: string): {
  awareness: Awareness | null;
  minuting(itemId: string, itemTitle: string): void;
} {
  const { sync } = useWorkspace().store;
  const minuting = useCallback(
    (itemId: string, itemTitle: string) => sync.updateLocation({ itemId, itemTitle }),
    [sync],
  );
  return { awareness: sync.meetingAwareness(meetingId), minuting };
}
