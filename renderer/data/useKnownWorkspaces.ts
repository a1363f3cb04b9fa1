import { useCallback, useEffect, useState } from 'react';
import { listKnownWorkspaces, switchWorkspace, type KnownWorkspace } from './known-workspaces';
import { describeStorageError } from './storage-errors';
import { useWorkspace } from './WorkspaceProvider';

/**
 * The other workspaces kept on this computer (opened from a file, joined, or the sample), and
 * a way back to each. `error` says why the list or the switch failed.
 */
export function useKnownWorkspaces(): {
  others: KnownWorkspace[];
  error: string | null;
  open(workspaceId: string): void;
} {
  const { store } = useWorkspace();
  const [known, setKnown] = useState<KnownWorkspace[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listKnownWorkspaces(store.localDb).then(
      (list) => live && setKnown(list),
      (failure: unknown) =>
        live &&
        setError(`The other workspaces could not be listed. ${describeStorageError(failure)}`),
    );
    return () => {
      live = false;
    };
  }, [store]);
  const open = useCallback(
    (workspaceId: string) => {
      switchWorkspace(store.localDb, workspaceId).then(
        () => window.location.reload(),
        (failure: unknown) =>
          setError(`That workspace was not opened. ${describeStorageError(failure)}`),
      );
    },
    [store],
  );
  return { others: known.filter((w) => w.id !== store.workspaceId), error, open };
}
