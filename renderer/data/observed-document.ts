import type * as Y from 'yjs';
import type { ObservedValue } from './observed-value';

/**
 * A value read from whole documents, re-read after any change to them: for readings that span
 * every item (a meeting's summary, its changes since approval), where naming each Yjs type
 * would be longer than the reading. Only for meetings shown one at a time: a change anywhere
 * in the document re-reads it.
 */
export function observeDocument<T>(docs: readonly Y.Doc[], read: () => T): ObservedValue<T> {
  const listeners = new Set<() => void>();
  let current: { value: T } | null = null;
  const changed = () => {
    current = null;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(onChange) {
      if (listeners.size === 0) for (const doc of docs) doc.on('update', changed);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0) return;
        for (const doc of docs) doc.off('update', changed);
        current = null;
      };
    },
    getSnapshot() {
      current ??= { value: read() };
      return current.value;
    },
  };
}
