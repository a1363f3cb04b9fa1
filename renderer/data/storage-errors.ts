/**
 * Words a person can act on for a failure of this device's storage (IndexedDB through Dexie or
 * y-indexeddb). A full disk is the one they can fix themselves, so it is named as such.
 */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'The disk is full, so Quorum could not store this on your computer. Free some space and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the DOMException and keeps its name; fake-indexeddb and browsers agree.
  const inner = (error as Error & { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' ||
    (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}
