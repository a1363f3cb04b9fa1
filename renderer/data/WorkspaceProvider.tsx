import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { afterNextPaint, PERF_MARKS } from '../lib/perf-marks';
import { isDesktopApp } from '../platform/desktop';
import type { BackupOffer } from './backups/restore-offer';
import { readFirstScreen, type FirstScreen } from './startup/first-screen';
import type { LocalStart } from './startup/local-start';
import { describeStorageError } from './storage-errors';
import { requestPersistentStorage, type StoragePersistence } from './storage-persistence';
import type { WorkspaceStore } from './workspace-store';

interface WorkspaceContextValue {
  /** The meetings list's first page as last shown here, before anything else is read. */
  firstScreen: FirstScreen | null;
  /**
   * What this device's local database says, before the document loads (local-start.ts); null
   * for the first few milliseconds, while the first screen shows (see WorkspaceProvider).
   */
  start: LocalStart | null;
  /** The workspace, once the code for it has loaded: null at first (see WorkspaceProvider). */
  store: WorkspaceStore | null;
  /** The workspace document has loaded: screens that read it may render (WorkspaceDocGate). */
  docLoaded: boolean;
  /** Asked for at start-up but never waited on: the answer only matters to Settings. */
  persistence: Promise<StoragePersistence>;
  /**
   * The desktop app found this workspace's storage empty and holds a backup: the workspace
   * opens only once the person has answered (BackupOfferDialog). Null otherwise.
   */
  backupOffer: BackupOffer | null;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

type LoadState =
  | { status: 'loading' }
  | {
      status: 'started';
      start: LocalStart | null;
      store: WorkspaceStore | null;
      docLoaded: boolean;
      backupOffer?: BackupOffer | null;
    }
  | { status: 'failed'; message: string };

/**
 * Opens the workspace once for the whole app, in steps, each showing more:
 * 1. the meetings list's first page as last shown (first-screen.ts), read at once from
 *    localStorage, so the app's first render is the list;
 * 2. the device's local database (local-start.ts): which workspace this is, its sync
 *    settings, and the list's copy, which replaces the first page if it differs;
 * 3. once the list has painted, the code for Yjs and sync is fetched and the workspace
 *    document loads behind the screen; screens that need it wait for it (WorkspaceDocGate)
 *    rather than show an empty list that is really "not read yet".
 */
export function WorkspaceProvider({
  children,
  openLocalStart,
}: {
  children: ReactNode;
  /** Start-up's reads (start-reading.ts: begun before React has loaded). */
  openLocalStart: () => Promise<LocalStart>;
}) {
  const [firstScreen] = useState(() => readFirstScreen());
  const [state, setState] = useState<LoadState>(() =>
    firstScreen
      ? { status: 'started', start: null, store: null, docLoaded: false }
      : { status: 'loading' },
  );
  // Asked once the first screen is up: the answer only matters to Settings, and the question
  // goes to the browser process just when start-up's own reads are waiting on it.
  const [persistence] = useState(() => afterNextPaint().then(() => requestPersistentStorage()));
  const value = useMemo(
    () =>
      state.status === 'started'
        ? {
            firstScreen,
            start: state.start,
            store: state.store,
            docLoaded: state.docLoaded,
            persistence,
            backupOffer: state.backupOffer ?? null,
          }
        : null,
    [state, firstScreen, persistence],
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
      void import('./startup/local-start')
        .then(({ readWholeMeetingList }) => readWholeMeetingList(start))
        .then((whole) => {
          if (whole && !cancelled) setState((now) => withMeetingList(now, whole));
        })
        // Only "Show earlier meetings" waits on it, and the document brings those too.
        .catch((error: unknown) => console.warn('Could not read the meetings list copy:', error));
      // Fetched while the desktop app looks for a backup to offer, not after.
      const openWorkspace = import('./open-workspace');
      openWorkspace.catch(() => undefined);
      if (isDesktopApp()) {
        // Before the store exists: opening it writes (a migration), and a wiped workspace's
        // backup must be offered before anything is written over it.
        // Looking is no reason not to open: if it fails, the workspace opens as it is.
        await import('./backups/restore-offer')
          .then(({ offerBackupAtStart }) =>
            offerBackupAtStart(start, (backupOffer) => {
              if (!cancelled)
                setState((now) => (now.status === 'started' ? { ...now, backupOffer } : now));
            }),
          )
          .catch((error: unknown) => console.warn('Could not look for a backup to offer:', error));
        if (cancelled) return;
      }
      const { createWorkspaceStore, afterWorkspaceLoaded } = await openWorkspace;
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
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The fuller copy, unless the document (which supersedes it) has loaded meanwhile. */
function withMeetingList(state: LoadState, whole: LocalStart): LoadState {
  return state.status === 'started' && !state.docLoaded ? { ...state, start: whole } : state;
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
