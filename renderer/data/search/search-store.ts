import type { SearchAnswer } from '../../../shared/search';
import { PERF_MARKS } from '../../lib/perf-marks';
import type { WorkspaceStore } from '../workspace-store';
import type { FromSearchWorker, ToSearchWorker } from './messages';

/**
 * The app's side of search: one worker per open workspace (search.worker.ts), told to
 * refresh shortly after anything is stored (an edit here or an update from sync), and the
 * index it saves kept in Dexie (the searchIndex table) for the next start.
 */
export interface SearchStore {
  /** `within`: a meeting's id, to find only in that meeting. */
  search(text: string, within?: string): Promise<SearchAnswer>;
  /** Documents in the index once it is current; null while the first pass runs. */
  indexed(): number | null;
  onIndexed(listener: () => void): () => void;
  destroy(): void;
}

/** Long enough for y-indexeddb to have stored the update the worker will read. */
const REFRESH_AFTER_MS = 250;

export interface SearchStoreOptions {
  createWorker?: () => Worker;
}

export function createSearchStore(
  store: WorkspaceStore,
  options: SearchStoreOptions = {},
): SearchStore {
  const worker =
    options.createWorker?.() ??
    new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  performance.mark(PERF_MARKS.searchStarted);
  const post = (message: ToSearchWorker) => worker.postMessage(message);
  const pending = new Map<number, (answer: SearchAnswer) => void>();
  const listeners = new Set<() => void>();
  let nextId = 1;
  let documents: number | null = null;
  let saving = Promise.resolve();
  /** Set once the worker has failed: every search answers with it from then on. */
  let broken: string | null = null;
  const fail = (message: string) => {
    broken = `Search is not working (${message}). Restart Quorum to try again.`;
    for (const resolve of pending.values()) resolve({ ok: false, message: broken });
    pending.clear();
    console.warn('The search index could not be brought up to date:', message);
  };

  worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
    const message = event.data;
    if (message.type === 'results') {
      pending.get(message.id)?.(message.answer);
      pending.delete(message.id);
    } else if (message.type === 'indexed') {
      documents = message.documents;
      performance.mark(PERF_MARKS.searchIndexed, {
        detail: {
          documents: message.documents,
          reread: message.reread,
          reindexed: message.reindexed,
        },
      });
      listeners.forEach((listener) => listener());
    } else if (message.type === 'save') {
      const row = {
        workspaceId: store.workspaceId,
        bytes: message.bytes,
        savedAt: new Date().toISOString(),
      };
      // One write at a time, in order: the last saved is the newest index.
      saving = saving
        .then(() => store.localDb.searchIndex.put(row))
        .then(
          () => undefined,
          // A full disk loses only the saved copy: the next start rebuilds it.
          (error: unknown) => console.warn('Could not keep the search index:', error),
        );
    } else {
      fail(message.message);
    }
  };
  // The worker's script did not load or threw: say so rather than search for ever.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault?.();
    fail(event.message || 'its worker stopped');
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => post({ type: 'refresh' }), REFRESH_AFTER_MS);
  };
  store.doc.on('update', refreshSoon);
  const stopMeetings = store.meetings.onUpdate(refreshSoon);

  void store.localDb.searchIndex
    .get(store.workspaceId)
    .catch(() => undefined)
    .then((row) =>
      post({ type: 'open', workspaceId: store.workspaceId, saved: row?.bytes ?? null }),
    );

  return {
    search(text, within) {
      if (broken !== null) return Promise.resolve({ ok: false, message: broken });
      const id = nextId++;
      const asked = performance.now();
      return new Promise((resolve) => {
        pending.set(id, (answer) => {
          const hits = answer.ok ? answer.hits.length : -1;
          performance.measure(PERF_MARKS.search, { start: asked, detail: { text, hits } });
          resolve(answer);
        });
        post({ type: 'search', id, text, limit: 60, within });
      });
    },
    indexed: () => documents,
    onIndexed(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      clearTimeout(timer);
      store.doc.off('update', refreshSoon);
      stopMeetings();
      worker.terminate();
      for (const resolve of pending.values()) resolve({ ok: true, hits: [] });
      pending.clear();
    },
  };
}
