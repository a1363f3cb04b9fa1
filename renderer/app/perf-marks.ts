import { useEffect, useRef } from 'react';

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
} as const;

/** Marks `name` after the first render in which `ready` is true (once per mount). */
export function usePerfMark(name: string, ready = true): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    performance.mark(name);
  }, [name, ready]);
}
