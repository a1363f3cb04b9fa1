import { useLayoutEffect, useRef } from 'react';

/**
 * User Timing marks at the moments a person would call "ready", read by `npm run bench`
 * (test/bench/) and visible in DevTools' performance panel. Marking costs microseconds.
 */
export const PERF_MARKS = {
  meetingsReady: 'quorum:meetings-ready',
  /** The workspace document has loaded: every screen can render. */
  workspaceLoaded: 'quorum:workspace-loaded',
  meetingReady: 'quorum:meeting-ready',
  /** The meeting's Y.Doc loaded from IndexedDB, before its screen renders. */
  meetingDocLoaded: 'quorum:meeting-doc-loaded',
  /** The search worker was started for the open workspace. */
  searchStarted: 'quorum:search-started',
  /**
   * The search index is current with what is stored; its detail says how many documents it
   * holds, how many sources (meetings, the workspace) this pass re-read, and how many
   * documents changed in the index: 0 after a restart with a saved index means nothing was
   * re-indexed.
   */
  searchIndexed: 'quorum:search-indexed',
  /** A measure per search, from asking the worker to its answer; detail: the text and hits. */
  search: 'quorum:search',
} as const;

/**
 * Marks `name` once the first render in which `ready` is true is on screen (once per mount):
 * after the paint that shows it, so style, layout and paint count, as they do for a person.
 * A layout effect runs before that paint, so the frame it waits for is the one that shows the
 * render; a passive effect may run after it, and would wait a frame more.
 */
export function usePerfMark(name: string, ready = true): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    void afterNextPaint().then(() => performance.mark(name));
  }, [name, ready]);
}

/**
 * Resolves after the browser's next paint: requestAnimationFrame runs just before a frame is
 * rendered, and a task queued from it runs once that frame is done.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
