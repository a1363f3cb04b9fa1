import { useEffect, useState } from 'react';
import {
  listKnownWorkspaces,
  switchWorkspace,
  type KnownWorkspace,
} from '../../data/known-workspaces';
import { useWorkspace } from '../../data/WorkspaceProvider';

/** Other workspaces kept on this computer (opened from a file, or the sample), to go back to. */
export function KnownWorkspacesPanel() {
  const { store } = useWorkspace();
  const [known, setKnown] = useState<KnownWorkspace[]>([]);
  useEffect(() => {
    let live = true;
    void listKnownWorkspaces(store.localDb).then((list) => live && setKnown(list));
    return () => {
      live = false;
    };
  }, [store]);
  const others = known.filter((w) => w.id !== store.workspaceId);
  if (others.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="known-workspaces-heading">
      <h2 id="known-workspaces-heading">Other workspaces on this computer</h2>
      <ul className="known-workspaces">
        {others.map((workspace) => (
          <li key={workspace.id}>
            <span>{workspace.name}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void switchWorkspace(store.localDb, workspace.id).then(() =>
                  window.location.reload(),
                )
              }
            >
              Open<span className="visually-hidden"> {workspace.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
