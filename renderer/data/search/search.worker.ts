/// <reference lib="webworker" />
import { SearchIndex, searchIndex } from '../../../shared/search';
import { storedNames, WorkspaceIndexer } from './indexer';
import type { FromSearchWorker, ToSearchWorker } from './messages';

/**
 * The search index's thread: builds and updates the index from the documents this device
 * has stored (read straight from IndexedDB) and answers queries, so that neither indexing
 * years of minutes nor a search ever holds up typing. search-store.ts starts it.
 */
declare const self: DedicatedWorkerGlobalScope;

let indexer: WorkspaceIndexer | null = null;
let refreshing: Promise<void> | null = null;
let again = false;

const post = (message: FromSearchWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/**
 * At most one save every few seconds: typing refreshes the index at each pause, but writing
 * megabytes to Dexie each time would be waste. A save lost when the app closes costs little:
 * the stamps saved with the index make the next start re-read only what changed since.
 */
const SAVE_EVERY_MS = 5_000;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastSave = 0;

function saveSoon(current: WorkspaceIndexer): void {
  if (saveTimer !== undefined) return;
  const save = () => {
    saveTimer = undefined;
    lastSave = Date.now();
    const bytes = new TextEncoder().encode(current.index.serialise());
    post({ type: 'save', bytes }, [bytes.buffer]);
  };
  const wait = lastSave + SAVE_EVERY_MS - Date.now();
  if (wait <= 0) save();
  else saveTimer = setTimeout(save, wait);
}

function refresh(): Promise<void> {
  const current = indexer;
  if (!current) return Promise.resolve();
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    let reread = 0;
    const writtenBefore = current.index.written;
    do {
      again = false;
      const changed = await current.refresh();
      reread += changed;
      if (changed > 0) saveSoon(current);
    } while (again);
    const reindexed = current.index.written - writtenBefore;
    post({ type: 'indexed', documents: current.index.documentCount, reread, reindexed });
  })()
    .catch((error: unknown) => post({ type: 'failed', message: String(error) }))
    .finally(() => (refreshing = null));
  return refreshing;
}

self.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'open') {
    const saved = message.saved && SearchIndex.restore(new TextDecoder().decode(message.saved));
    const { workspaceId } = message;
    indexer = new WorkspaceIndexer(saved ?? SearchIndex.empty(), {
      names: storedNames(workspaceId),
    });
    void refresh();
  } else if (message.type === 'refresh') {
    if (indexer) void refresh();
  } else if (message.type === 'search') {
    const answer = indexer
      ? searchIndex(indexer.index, message.text, message.limit, message.within)
      : { ok: true as const, hits: [] };
    post({ type: 'results', id: message.id, answer });
  }
};
