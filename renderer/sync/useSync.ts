import { useEffect, useSyncExternalStore } from 'react';
import { useWorkspace } from '../data/WorkspaceProvider';
import type { PresenceLocation } from './presence';
import type { SyncSnapshot } from './workspace-sync';

/** The sync status and who else is here, re-rendered as either changes. */
export function useSyncSnapshot(): SyncSnapshot {
  const { sync } = useWorkspace().store;
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
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
