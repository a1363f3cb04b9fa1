export type StoragePersistence = 'persisted' | 'not-granted' | 'unsupported';

/**
 * Asks the browser not to evict our IndexedDB under storage pressure: the minute-taker's notes
 * must survive a full disk elsewhere on the laptop. Electron grants this; a browser may not.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-granted';
  } catch {
    // Some embedded browsers throw instead of answering; the app still works, unprotected.
    return 'not-granted';
  }
}
