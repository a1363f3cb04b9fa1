import * as Y from 'yjs';

/**
 * Reads a Yjs document as y-indexeddb stored it (its `updates` store: one row per update,
 * keys counting up), read only: nothing is written back, so the screens' own copy of the
 * same database is never disturbed. Runs in the search worker, where y-indexeddb's
 * provider (which writes) has no business.
 */
const STORE = 'updates';

/**
 * The key of the last stored update that holds anything: it changes whenever anything is
 * written to the document on this device (an edit, an update from sync, y-indexeddb's
 * compaction), so it tells whether what the index holds is current without reading the
 * document. Empty updates are passed over: y-indexeddb stores the opening document's state
 * (nothing, for a document made fresh to load into) each time a screen opens it, and that
 * must not make years of meetings look changed at the next start. Null when nothing with
 * content is stored under `name`.
 */
export async function storedStamp(name: string): Promise<string | null> {
  const db = await openExisting(name);
  if (!db) return null;
  try {
    return await new Promise<string | null>((resolve, reject) => {
      const request = db.transaction(STORE).objectStore(STORE).openCursor(null, 'prev');
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve(null);
        if (holdsChanges(cursor.value)) return resolve(String(cursor.key));
        cursor.continue();
      };
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

// What Yjs writes for an update with no structs and no deletions.
const EMPTY_UPDATE_BYTES = 2;

function holdsChanges(value: unknown): boolean {
  return !(value instanceof Uint8Array) || value.byteLength > EMPTY_UPDATE_BYTES;
}

/** The stored document and its stamp, or null when nothing is stored under `name`. */
export async function readStoredDoc(name: string): Promise<{ doc: Y.Doc; stamp: string } | null> {
  const db = await openExisting(name);
  if (!db) return null;
  try {
    const { updates, keys } = await new Promise<{ updates: Uint8Array[]; keys: IDBValidKey[] }>(
      (resolve, reject) => {
        const store = db.transaction(STORE).objectStore(STORE);
        const all = store.getAll();
        const allKeys = store.getAllKeys();
        allKeys.onsuccess = () =>
          resolve({ updates: all.result as Uint8Array[], keys: allKeys.result });
        allKeys.onerror = () => reject(allKeys.error);
      },
    );
    if (updates.length === 0) return null;
    const doc = new Y.Doc();
    Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
    // The same stamp storedStamp gives: the last update with anything in it.
    const last = updates.findLastIndex(holdsChanges);
    return { doc, stamp: String(keys[last === -1 ? keys.length - 1 : last]) };
  } finally {
    db.close();
  }
}

/**
 * Opens a database only if it exists: opening one that does not would create it empty, and
 * a meeting never fetched to this device would then look stored (mirror-backfill.ts reads
 * the list of databases for the same reason).
 */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        resolve(null);
      } else resolve(db);
    };
    request.onerror = () => (created ? resolve(null) : reject(request.error));
    request.onblocked = () => resolve(null);
  });
}
