import type { Page } from 'playwright-core';

/**
 * Seeds many Yjs documents into a page's IndexedDB at once, in y-indexeddb's layout (as
 * seed-browser.ts does for one): the updates travel as one file and a list of where each
 * starts, so 400 meetings cost one request rather than 400.
 */
export interface PackedUpdates {
  bytes: Uint8Array;
  /** Database name, offset and length of each update in `bytes`. */
  entries: { name: string; offset: number; length: number }[];
}

export function packUpdates(updates: ReadonlyMap<string, Uint8Array>): PackedUpdates {
  let total = 0;
  for (const update of updates.values()) total += update.length;
  const bytes = new Uint8Array(total);
  const entries: PackedUpdates['entries'] = [];
  let offset = 0;
  for (const [name, update] of updates) {
    bytes.set(update, offset);
    entries.push({ name, offset, length: update.length });
    offset += update.length;
  }
  return { bytes, entries };
}

/** Writes each packed update as its database's one stored update; `url` serves the bytes. */
export async function seedPackedDatabases(
  page: Page,
  entries: PackedUpdates['entries'],
  url: string,
): Promise<void> {
  await page.evaluate(
    async ({ entries, url }) => {
      const all = new Uint8Array(await (await fetch(url)).arrayBuffer());
      for (const { name, offset, length } of entries) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => {
            request.result.createObjectStore('updates', { autoIncrement: true });
            request.result.createObjectStore('custom');
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('updates', 'readwrite');
          tx.objectStore('updates').add(all.slice(offset, offset + length));
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }
    },
    { entries, url },
  );
}
