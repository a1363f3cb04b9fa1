import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads a value from Yjs types and re-renders when they change, locally or by sync. Only the
 * types named are observed, so typing in one item's minutes does not re-read the agenda.
 * The value is re-read once per change and shared by every render until the next change.
 *
 * WARNING: `types` and `read` must be stable (module-level functions, or memoised), or the
 * subscription is renewed on every render.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Yjs type can be observed
type ObservableType = Y.AbstractType<any>;

export function useObserved<T>(types: () => readonly ObservableType[], read: () => T): T {
  const cache = useRef<{ read: () => T; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observed = types();
      const observer = () => {
        cache.current = null;
        onChange();
      };
      for (const type of observed) type.observeDeep(observer);
      return () => {
        for (const type of observed) type.unobserveDeep(observer);
      };
    },
    [types],
  );
  const getSnapshot = useCallback(() => {
    if (cache.current?.read !== read) cache.current = { read, value: read() };
    return cache.current.value;
  }, [read]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
