import { workspaceDbName } from '../workspace-store';

/**
 * Whether a workspace's IndexedDB database is missing or holds no document updates: what
 * start-up sees after Chromium has wiped the app's storage (restore-offer.ts).
 */
const Y_INDEXEDDB_UPDATES = 'updates';

export async function workspaceStorageIsEmpty(
  workspaceId: string,
  factory: IDBFactory = indexedDB,
): Promise<boolean> {
  const name = workspaceDbName(workspaceId);
  const existing = await factory.databases();
  if (!existing.some((database) => database.name === name)) return true;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
  });
  try {
    if (!db.objectStoreNames.contains(Y_INDEXEDDB_UPDATES)) return true;
    const count = await new Promise<number>((resolve, reject) => {
      const request = db
        .transaction(Y_INDEXEDDB_UPDATES, 'readonly')
        .objectStore(Y_INDEXEDDB_UPDATES)
        .count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`Could not read ${name}`));
    });
    return count === 0;
  } finally {
    db.close();
  }
}
