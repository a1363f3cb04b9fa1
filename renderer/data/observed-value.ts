import type * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Yjs type can be observed
type ObservableType = Y.AbstractType<any>;

/**
 * A value read from Yjs types, in the shape React's useSyncExternalStore takes, for a
 * component that must not import the code that reads the document (useMeetingList: the
 * meetings list renders before Yjs has loaded). Inside such code, use useObserved instead.
 */
export interface ObservedValue<T> {
  subscribe(onChange: () => void): () => void;
  /** The same value until the observed types change, then re-read once. */
  getSnapshot(): T;
}

/** Observes `types()` from the first use for as long as their document lives. */
export function observeValue<T>(
  types: () => readonly ObservableType[],
  read: () => T,
): ObservedValue<T> {
  const listeners = new Set<() => void>();
  let current: { value: T } | null = null;
  let observing = false;
  const changed = () => {
    current = null;
    for (const listener of listeners) listener();
  };
  const observe = () => {
    if (observing) return;
    observing = true;
    for (const type of types()) type.observeDeep(changed);
  };
  return {
    subscribe(onChange) {
      observe();
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot() {
      observe();
      current ??= { value: read() };
      return current.value;
    },
  };
}
