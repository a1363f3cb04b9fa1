import { useEffect } from 'react';

/**
 * User Timing marks at the moments a person would call "ready", read by `npm run bench`
 * (test/bench/) and visible in DevTools' performance panel. Marking costs microseconds.
 */
export const PERF_MARKS = {
  meetingsReady: 'quorum:meetings-ready',
  meetingReady: 'quorum:meeting-ready',
  /** The meeting's Y.Doc loaded from IndexedDB, before its screen renders. */
  meetingDocLoaded: 'quorum:meeting-doc-loaded',
} as const;

/** Marks `name` after the component's first paint-ready render. */
export function usePerfMark(name: string): void {
  useEffect(() => {
    performance.mark(name);
  }, [name]);
}
