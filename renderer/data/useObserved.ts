import { useMemo, useSyncExternalStore } from 'react';
import { observeValue, type ObservableType } from './observed-value';

/**
 * Reads a value from Yjs types and re-renders when they change, locally or by sync (see
 * observeValue). The value is re-read once per change and shared by every render until the
 * next change.
 *
 * WARNING: `types` and `read` must be stable (module-level functions, or memoised), or the
 * subscription is renewed on every render.
 */
export function useObserved<T>(types: () => readonly ObservableType[], read: () => T): T {
  const value = useMemo(() => observeValue(types, read), [types, read]);
  return useSyncExternalStore(value.subscribe, value.getSnapshot);
}
