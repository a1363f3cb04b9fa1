import type { Page } from 'playwright-core';

/**
 * Writes Yjs updates straight into a page's IndexedDB in y-indexeddb's layout (database
 * `name`, object stores `updates` (auto-increment) and `custom`), as if the app had saved
 * them: the benchmark then measures loading, not importing. The bytes come from `updateUrl`
 * (served by the benchmark's route), not through evaluate(), which would copy megabytes of JSON.
 */
export async function seedYDocDatabase(page: Page, name: string, updateUrl: string): Promise<void> {
  await page.evaluate(
    async ({ name, updateUrl }) => {
      const bytes = new Uint8Array(await (await fetch(updateUrl)).arrayBuffer());
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
        tx.objectStore('updates').add(bytes);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name, updateUrl },
  );
}

/** The workspace id the app created in its Dexie database on first run. */
export async function readWorkspaceId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('quorum-local');
        request.onsuccess = () => {
          const get = request.result
            .transaction('settings')
            .objectStore('settings')
            .get('workspaceId');
          get.onsuccess = () => resolve((get.result as { value: string }).value);
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

/**
 * Forgets the meetings list's copies (renderer/data/meeting-index.ts: its rows and total in
 * Dexie, its first page in localStorage), as on a device that has never shown this workspace:
 * the seeded document arrived behind the app's back, so the copies made of the empty
 * workspace on the first visit no longer match it. The page must be on the app's origin.
 */
export async function forgetMeetingListCopy(page: Page, workspaceId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        localStorage.removeItem('quorum:first-screen');
        const request = indexedDB.open('quorum-local');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['settings', 'meetingIndex'], 'readwrite');
          transaction.objectStore('settings').delete(`meetingIndexBuilt:${id}`);
          transaction.objectStore('settings').delete(`meetingIndexTotal:${id}`);
          transaction
            .objectStore('meetingIndex')
            .delete(IDBKeyRange.bound([id, ''], [id, '\uffff']));
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
    workspaceId,
  );
}
