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

function refresh(): Promise<void> {
  const current = indexer;
  if (!current) return Promise.resolve();
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      const changed = await current.refresh();
      if (changed > 0) {
        const bytes = new TextEncoder().encode(current.index.serialise());
        post({ type: 'save', bytes }, [bytes.buffer]);
      }
    } while (again);
    post({ type: 'indexed', documents: current.index.documentCount });
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
