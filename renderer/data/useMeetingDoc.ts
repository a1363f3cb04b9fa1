import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { PERF_MARKS } from '../lib/perf-marks';
import { useWorkspace } from './WorkspaceProvider';

export type MeetingDocState =
  { status: 'loading' } | { status: 'ready'; doc: Y.Doc } | { status: 'failed'; message: string };

type Loaded = { meetingId: string } & (
  { status: 'ready'; doc: Y.Doc } | { status: 'failed'; message: string }
);

/** Borrows a meeting's document for as long as the component is mounted. */
export function useMeetingDoc(meetingId: string): MeetingDocState {
  const { meetings } = useWorkspace().store;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    const { ready, release } = meetings.borrow(meetingId);
    ready.then(
      (doc) => {
        performance.mark(PERF_MARKS.meetingDocLoaded);
        if (live) setLoaded({ meetingId, status: 'ready', doc });
      },
      (error: unknown) =>
        live &&
        setLoaded({
          meetingId,
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
      release();
    };
  }, [meetings, meetingId]);
  // A result for another meeting (the route changed) means this one is still loading.
  if (!loaded || loaded.meetingId !== meetingId) return { status: 'loading' };
  return loaded;
}
