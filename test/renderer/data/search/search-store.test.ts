import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openLocalDb } from '../../../../renderer/data/local-db';
import type { FromSearchWorker, ToSearchWorker } from '../../../../renderer/data/search/messages';
import { createSearchStore } from '../../../../renderer/data/search/search-store';
import type { WorkspaceStore } from '../../../../renderer/data/workspace-store';

/** A worker that records what it is told and answers as the test says. */
class FakeWorker {
  told: ToSearchWorker[] = [];
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: ToSearchWorker) {
    this.told.push(message);
  }
  answer(message: FromSearchWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromSearchWorker>);
  }
  terminate() {
    this.terminated = true;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function fakeStore(name: string) {
  const localDb = openLocalDb(name);
  const doc = new Y.Doc();
  const meetingListeners = new Set<(id: string) => void>();
  const store = {
    workspaceId: 'ws-1',
    doc,
    localDb,
    meetings: {
      onUpdate(listener: (id: string) => void) {
        meetingListeners.add(listener);
        return () => meetingListeners.delete(listener);
      },
    },
  } as unknown as WorkspaceStore;
  cleanups.push(() => localDb.delete());
  return {
    store,
    localDb,
    doc,
    meetingChanged: (id: string) => meetingListeners.forEach((l) => l(id)),
  };
}

describe('createSearchStore', () => {
  it('opens the worker on the index saved in Dexie, and keeps what it saves', async () => {
    const { store, localDb } = fakeStore('search-store-saved');
    const saved = new TextEncoder().encode('{"saved":1}');
    await localDb.searchIndex.put({ workspaceId: 'ws-1', bytes: saved, savedAt: '' });
    const worker = new FakeWorker();
    const search = createSearchStore(store, { createWorker: () => worker as unknown as Worker });
    cleanups.push(() => search.destroy());
    await expect.poll(() => worker.told[0]).toEqual({ type: 'open', workspaceId: 'ws-1', saved });

    const next = new TextEncoder().encode('{"saved":2}');
    worker.answer({ type: 'save', bytes: next });
    await expect.poll(async () => (await localDb.searchIndex.get('ws-1'))?.bytes).toEqual(next);
  });

  it('asks the worker to refresh shortly after the workspace or an open meeting changes', async () => {
    const { store, doc, meetingChanged } = fakeStore('search-store-refresh');
    const worker = new FakeWorker();
    const search = createSearchStore(store, { createWorker: () => worker as unknown as Worker });
    cleanups.push(() => search.destroy());
    await expect.poll(() => worker.told.length).toBe(1);
    doc.getMap('people').set('x', new Y.Map());
    meetingChanged('m-1');
    await wait(400);
    // Changes close together make one refresh.
    expect(worker.told.filter((m) => m.type === 'refresh')).toHaveLength(1);
    meetingChanged('m-1');
    await wait(400);
    expect(worker.told.filter((m) => m.type === 'refresh')).toHaveLength(2);
  });

  it('answers each search with its own results, and reports when the index is current', async () => {
    const { store } = fakeStore('search-store-answers');
    const worker = new FakeWorker();
    const search = createSearchStore(store, { createWorker: () => worker as unknown as Worker });
    cleanups.push(() => search.destroy());
    let told = 0;
    search.onIndexed(() => told++);
    const first = search.search('deputation');
    const second = search.search('schools', 'm-1');
    const asked = worker.told.filter((m) => m.type === 'search');
    expect(asked).toEqual([
      { type: 'search', id: 1, text: 'deputation', limit: 60, within: undefined },
      { type: 'search', id: 2, text: 'schools', limit: 60, within: 'm-1' },
    ]);
    worker.answer({ type: 'results', id: 2, answer: { ok: false, message: 'two' } });
    worker.answer({ type: 'results', id: 1, answer: { ok: false, message: 'one' } });
    expect(await first).toEqual({ ok: false, message: 'one' });
    expect(await second).toEqual({ ok: false, message: 'two' });
    expect(search.indexed()).toBeNull();
    worker.answer({ type: 'indexed', documents: 42, reread: 3, reindexed: 40 });
    expect(search.indexed()).toBe(42);
    expect(told).toBe(1);
    search.destroy();
    expect(worker.terminated).toBe(true);
  });

  it('marks for the benchmark each search it answers and each time the index is current', async () => {
    const { store } = fakeStore('search-store-marks');
    const worker = new FakeWorker();
    performance.clearMarks();
    performance.clearMeasures();
    const search = createSearchStore(store, { createWorker: () => worker as unknown as Worker });
    cleanups.push(() => search.destroy());
    expect(performance.getEntriesByName('quorum:search-started')).toHaveLength(1);
    const waiting = search.search('deputation');
    worker.answer({ type: 'results', id: 1, answer: { ok: true, hits: [] } });
    await waiting;
    const [measure] = performance.getEntriesByName('quorum:search') as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ text: 'deputation', hits: 0 });
    worker.answer({ type: 'indexed', documents: 42, reread: 1, reindexed: 0 });
    const [mark] = performance.getEntriesByName('quorum:search-indexed') as PerformanceMark[];
    expect(mark?.detail).toEqual({ documents: 42, reread: 1, reindexed: 0 });
  });

  it('answers searches with one line once the worker fails, not with silence', async () => {
    const { store } = fakeStore('search-store-failed');
    const worker = new FakeWorker();
    const search = createSearchStore(store, { createWorker: () => worker as unknown as Worker });
    cleanups.push(() => search.destroy());
    const waiting = search.search('deputation');
    worker.onerror?.({ message: 'Uncaught SyntaxError' } as ErrorEvent);
    const message = 'Search is not working (Uncaught SyntaxError). Restart Quorum to try again.';
    expect(await waiting).toEqual({ ok: false, message });
    expect(await search.search('schools')).toEqual({ ok: false, message });
  });
});
