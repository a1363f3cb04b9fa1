import type * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Yjs type can be observed
export type ObservableType = Y.AbstractType<any>;

/**
 * A value read from Yjs types, in the shape React's useSyncExternalStore takes: the one way
 * the renderer follows a document (useObserved wraps it for components; the store's meeting
 * list is one, so the meetings screen can follow it without importing Yjs).
 */
export interface ObservedValue<T> {
  subscribe(onChange: () => void): () => void;
  /** The same value until the observed types change, then re-read once. */
  getSnapshot(): T;
}

/**
 * Observes `types()` while anyone is subscribed, and from the first read until then (React
 * reads before it subscribes). Only the types named are observed, so typing in one item's
 * minutes does not re-read the agenda. When the last subscriber leaves it stops observing and
 * forgets its value: an unobserved value could go stale.
 */
export function observeValue<T>(
  types: () => readonly ObservableType[],
  read: () => T,
): ObservedValue<T> {
  const listeners = new Set<() => void>();
  let current: { value: T } | null = null;
  let observed: readonly ObservableType[] | null = null;
  const changed = () => {
    current = null;
    for (const listener of listeners) listener();
  };
  const observe = () => {
    if (observed) return;
    observed = types();
    for (const type of observed) type.observeDeep(changed);
  };
  return {
    subscribe(onChange) {
      observe();
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0 || !observed) return;
        for (const type of observed) type.unobserveDeep(changed);
        observed = null;
        current = null;
      };
    },
    getSnapshot() {
      observe();
      current ??= { value: read() };
      return current.value;
    },
  };
}
