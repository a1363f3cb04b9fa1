import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * Keeps `doc` in IndexedDB database `name` with y-indexeddb; `loaded` resolves once the
 * document holds everything stored there.
 *
 * y-indexeddb listens for the document's updates from the moment it is created, so while it
 * applies the stored updates Yjs encodes all of them again as one update event, which
 * y-indexeddb then ignores (the change came from itself). For a workspace kept for years that
 * is megabytes re-encoded for nothing, about a fifth of the load. So its listener is off
 * until the stored state is in. An edit made meanwhile is not lost: y-indexeddb stores the
 * document's own state in the same transaction in which it reads the stored updates.
 */
export function persistDocument(
  name: string,
  doc: Y.Doc,
): { persistence: IndexeddbPersistence; loaded: Promise<void> } {
  const persistence = new IndexeddbPersistence(name, doc);
  doc.off('update', persistence._storeUpdate);
  const loaded = persistence.whenSynced.then(() => {
    doc.on('update', persistence._storeUpdate);
  });
  return { persistence, loaded };
}
