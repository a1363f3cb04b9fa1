import { useCallback, useEffect, useMemo, useState } from 'react';
import { listKnownWorkspaces, switchWorkspace, type KnownWorkspace } from './known-workspaces';
import { describeStorageError } from './storage-errors';
import { useGroupProfile } from './useWorkspaceData';
import { workspaceChoices, type WorkspaceChoice } from './workspace-choices';
import { useWorkspace } from './WorkspaceProvider';

/**
 * The workspaces kept on this computer (opened from a file, joined, or the sample), the open
 * one marked, and a way to each of the others. `error` says why the list or the switch failed.
 */
export function useKnownWorkspaces(): {
  workspaces: WorkspaceChoice[];
  error: string | null;
  open(workspaceId: string): void;
} {
  const { store } = useWorkspace();
  const groupName = useGroupProfile().name;
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
  const workspaces = useMemo(
    () => workspaceChoices(known, { id: store.workspaceId, name: groupName }),
    [known, store.workspaceId, groupName],
  );
  return { workspaces, error, open };
}
