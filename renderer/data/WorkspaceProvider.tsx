import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { readGroupProfile } from '../../shared/model';
import { rememberWorkspace } from './known-workspaces';
import { requestPersistentStorage, type StoragePersistence } from './storage-persistence';
import { openWorkspaceStore, type WorkspaceStore } from './workspace-store';

interface WorkspaceContextValue {
  store: WorkspaceStore;
  /** Asked for at start-up but never waited on: the answer only matters to Settings. */
  persistence: Promise<StoragePersistence>;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; value: WorkspaceContextValue }
  | { status: 'failed'; message: string };

/**
 * Opens the workspace once for the whole app and holds the UI until local data has loaded,
 * so no screen ever shows an empty list that is really "not read yet".
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let opened: WorkspaceStore | undefined;
    const persistence = requestPersistentStorage();
    (async () => {
      const store = await openWorkspaceStore();
      opened = store;
      void rememberWorkspace(store.localDb, {
        id: store.workspaceId,
        name: readGroupProfile(store.doc).name,
      });
      if (!cancelled) setState({ status: 'ready', value: { store, persistence } });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: describeStorageError(error) });
    });
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
  return <WorkspaceContext.Provider value={state.value}>{children}</WorkspaceContext.Provider>;
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
