import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { afterNextPaint, PERF_MARKS } from '../app/perf-marks';
import { readLocalStart, type LocalStart } from './local-start';
import { readMeetingIndex } from './meeting-list-copy';
import { requestPersistentStorage, type StoragePersistence } from './storage-persistence';
import type { WorkspaceStore } from './workspace-store';

interface WorkspaceContextValue {
  /** What this device knew at start-up, before the document loaded (local-start.ts). */
  start: LocalStart;
  /** The workspace, once the code for it has loaded: null at first (see WorkspaceProvider). */
  store: WorkspaceStore | null;
  /** The workspace document has loaded: screens that read it may render (WorkspaceDocGate). */
  docLoaded: boolean;
  /** Asked for at start-up but never waited on: the answer only matters to Settings. */
  persistence: Promise<StoragePersistence>;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

type LoadState =
  | { status: 'loading' }
  | { status: 'started'; start: LocalStart; store: WorkspaceStore | null; docLoaded: boolean }
  | { status: 'failed'; message: string };

/**
 * Opens the workspace once for the whole app, in two steps. First the device's local database
 * (local-start.ts): that is all the meetings list needs, so the first screen shows at once.
 * Then, once it has painted, the code for Yjs and sync is fetched and the workspace document
 * loads behind the screen; screens that need it wait for it (WorkspaceDocGate) rather than
 * show an empty list that is really "not read yet".
 */
export function WorkspaceProvider({
  children,
  openLocalStart = readLocalStart,
}: {
  children: ReactNode;
  /** Where start-up's reads come from: main.tsx begins them before React has loaded. */
  openLocalStart?: () => Promise<LocalStart>;
}) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [persistence] = useState(() => requestPersistentStorage());
  const value = useMemo(
    () =>
      state.status === 'started'
        ? { start: state.start, store: state.store, docLoaded: state.docLoaded, persistence }
        : null,
    [state, persistence],
  );

  useEffect(() => {
    let cancelled = false;
    let started: LocalStart | undefined;
    let opened: WorkspaceStore | undefined;
    const fail = (error: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: describeStorageError(error) });
    };
    (async () => {
      const start = await openLocalStart();
      started = start;
      if (cancelled) return start.localDb.close();
      setState({ status: 'started', start, store: null, docLoaded: false });
      // Load the document after the first screen has painted: applying a large one holds the
      // main thread, and the list (from its copy) should be on screen while it does. Two
      // frames: the first screen renders in its own task, so the first frame may precede it.
      await afterNextPaint();
      await afterNextPaint();
      if (cancelled) return;
      void readWholeMeetingList(start).then((whole) => {
        if (whole && !cancelled) setState((now) => withMeetingList(now, whole));
      });
      const { createWorkspaceStore, afterWorkspaceLoaded } = await import('./open-workspace');
      if (cancelled) return;
      const store = createWorkspaceStore(start);
      opened = store;
      // Published before it loads: the sidebar shows its sync status (a first sync from the
      // server can be what the load is waiting for).
      setState((now) => (now.status === 'started' ? { ...now, store } : now));
      await store.load();
      performance.mark(PERF_MARKS.workspaceLoaded);
      if (cancelled) return;
      afterWorkspaceLoaded(store);
      setState((now) => (now.status === 'started' ? { ...now, docLoaded: true } : now));
    })().catch(fail);
    return () => {
      cancelled = true;
      // The store owns the local database once it exists; before that, this does.
      if (opened) void opened.destroy();
      else started?.localDb.close();
    };
  }, [openLocalStart]);

  if (state.status === 'loading') {
    return (
      <p className="app-status" role="status">
        Opening your workspace…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="app-status" role="alert">
        <h1>Quorum could not open your workspace</h1>
        <p>{state.message}</p>
        <p>Nothing has been deleted. Close other Quorum windows and try again.</p>
      </div>
    );
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/**
 * Start-up read only the first page of the meetings list's copy; the rest follows, so that
 * "Show earlier meetings" works while the document is still loading. Null if nothing to add.
 */
async function readWholeMeetingList(start: LocalStart): Promise<LocalStart | null> {
  const { meetingList } = start;
  if (!meetingList || meetingList.meetings.length >= meetingList.total) return null;
  const meetings = await readMeetingIndex(start.localDb, start.workspaceId).catch(() => null);
  return meetings ? { ...start, meetingList: { meetings, total: meetings.length } } : null;
}

/** The fuller copy, unless the document (which supersedes it) has loaded meanwhile. */
function withMeetingList(state: LoadState, whole: LocalStart): LoadState {
  return state.status === 'started' && !state.docLoaded ? { ...state, start: whole } : state;
}

function describeStorageError(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'The disk is full, so local storage cannot be opened. Free some space and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}

/** What start-up read, and the store as it opens: for what shows before the document loads. */
export function useWorkspaceStart(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspaceStart must be used inside <WorkspaceProvider>');
  return value;
}

/** The open workspace, for screens inside WorkspaceDocGate (which waits for its document). */
export function useWorkspace(): {
  store: WorkspaceStore;
  persistence: Promise<StoragePersistence>;
} {
  const { store, docLoaded, persistence } = useWorkspaceStart();
  if (!store || !docLoaded) throw new Error('useWorkspace must be used inside <WorkspaceDocGate>');
  return { store, persistence };
}

/** Renders its children once the workspace document has loaded, a status line until then. */
export function WorkspaceDocGate({ children }: { children: ReactNode }) {
  if (!useWorkspaceStart().docLoaded) {
    return (
      <p className="app-status" role="status">
        Opening your workspace…
      </p>
    );
  }
  return children;
}
