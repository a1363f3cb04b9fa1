import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { SearchAnswer } from '../../../shared/search';
import { useWorkspaceStart } from '../WorkspaceProvider';
import { createSearchStore, type SearchStore } from './search-store';

/**
 * The door to search for screens. useSearchIndexing (mounted once, in the shell) starts the
 * index's worker for the open workspace at the first idle moment after it has loaded, so
 * start-up never waits on it; useSearch asks it.
 */
let current: SearchStore | null = null;
const changes = new Set<() => void>();
const announce = () => changes.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  changes.add(listener);
  return () => changes.delete(listener);
}

export function useSearchIndexing(): void {
  const { store, docLoaded } = useWorkspaceStart();
  useEffect(() => {
    if (!store || !docLoaded) return;
    let started: SearchStore | null = null;
    const begin = () => {
      try {
        started = createSearchStore(store);
      } catch (error) {
        // No workers here: searches find nothing, and nothing else is affected.
        console.warn('Search could not start:', error);
        return;
      }
      started.onIndexed(announce);
      current = started;
      announce();
    };
    const idle = typeof requestIdleCallback === 'function';
    const handle = idle ? requestIdleCallback(begin, { timeout: 2000 }) : setTimeout(begin, 0);
    return () => {
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
      if (started) {
        started.destroy();
        if (current === started) current = null;
        announce();
      }
    };
  }, [store, docLoaded]);
}

export interface SearchAccess {
  /** False until the workspace is open and its index has been started. */
  available: boolean;
  /** Documents in the index once it is current with this device; null while it catches up. */
  indexed: number | null;
  /** `within`: a meeting's id, to find only in that meeting. */
  search(text: string, within?: string): Promise<SearchAnswer>;
}

const NOTHING: SearchAnswer = { ok: true, hits: [] };

export function useSearch(): SearchAccess {
  const store = useSyncExternalStore(subscribe, () => current);
  const indexed = useSyncExternalStore(subscribe, () => current?.indexed() ?? null);
  const search = useCallback(
    (text: string, within?: string) =>
      store ? store.search(text, within) : Promise.resolve(NOTHING),
    [store],
  );
  return { available: store !== null, indexed, search };
}
