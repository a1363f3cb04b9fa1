import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readGroupProfile } from '../../shared/model';
import { afterNextPaint, PERF_MARKS } from '../app/perf-marks';
import { quorumApi } from '../platform/quorum-api';
import { resumeHosting } from '../sync/hosting';
import { rememberWorkspace } from './known-workspaces';
import { requestPersistentStorage, type StoragePersistence } from './storage-persistence';
import { startWorkspaceStore, type WorkspaceStore } from './workspace-store';

interface WorkspaceContextValue {
  store: WorkspaceStore;
  /** Asked for at start-up but never waited on: the answer only matters to Settings. */
  persistence: Promise<StoragePersistence>;
  /** The workspace document has loaded: screens that read it may render (WorkspaceDocGate). */
  docLoaded: boolean;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; store: WorkspaceStore; docLoaded: boolean }
  | { status: 'failed'; message: string };

/**
 * Opens the workspace once for the whole app. The UI starts as soon as the device's local
 * database answers; the workspace document loads behind it, and screens that need it wait
 * for it (WorkspaceDocGate) rather than show an empty list that is really "not read yet".
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [persistence] = useState(() => requestPersistentStorage());
  const value = useMemo(
    () =>
      state.status === 'ready'
        ? { store: state.store, persistence, docLoaded: state.docLoaded }
        : null,
    [state, persistence],
  );

  useEffect(() => {
    let cancelled = false;
    let opened: WorkspaceStore | undefined;
    const fail = (error: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: describeStorageError(error) });
    };
    (async () => {
      const store = await startWorkspaceStore();
      opened = store;
      if (cancelled) return;
      setState({ status: 'ready', store, docLoaded: false });
      // Load the document after the first screen has painted: applying a large one holds the
      // main thread, and the list (from its copy) should be on screen while it does. Two
      // frames: the first screen renders in its own task, so the first frame may precede it.
      await afterNextPaint();
      await afterNextPaint();
      if (cancelled) return;
      await store.load();
      performance.mark(PERF_MARKS.workspaceLoaded);
      if (!cancelled) void resumeHosting(quorumApi, store);
      void rememberWorkspace(store.localDb, {
        id: store.workspaceId,
        name: readGroupProfile(store.doc).name,
      });
      if (!cancelled) setState({ status: 'ready', store, docLoaded: true });
    })().catch(fail);
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, []);

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

function describeStorageError(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'The disk is full, so local storage cannot be opened. Free some space and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}

/** Renders its children once the workspace document has loaded, a status line until then. */
export function WorkspaceDocGate({ children }: { children: ReactNode }) {
  if (!useWorkspace().docLoaded) {
    return (
      <p className="app-status" role="status">
        Opening your workspace…
      </p>
    );
  }
  return children;
}
