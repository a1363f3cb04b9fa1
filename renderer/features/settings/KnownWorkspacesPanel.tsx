import { useState } from 'react';
import { useKnownWorkspaces } from '../../data/useKnownWorkspaces';
import type { WorkspaceChoice } from '../../data/workspace-choices';
import { Dialog } from '../../ui/Dialog';

/**
 * The workspaces kept on this computer (opened from a file, or the sample): the open one
 * marked "Open now", and the others to go back to. Switching reloads the app into the other
 * workspace, so it asks first, naming both.
 */
export function KnownWorkspacesPanel() {
  const { workspaces, error, open } = useKnownWorkspaces();
  const [asking, setAsking] = useState<WorkspaceChoice | null>(null);
  const current = workspaces.find((workspace) => workspace.isOpen);
  if (workspaces.length < 2 && !error) return null;
  return (
    <section className="panel" aria-labelledby="known-workspaces-heading">
      <h2 id="known-workspaces-heading">Workspaces on this computer</h2>
      <ul className="known-workspaces">
        {workspaces.map((workspace) => (
          <li key={workspace.id}>
            <span>{workspace.name}</span>
            {workspace.isOpen ? (
              <strong>Open now</strong>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => setAsking(workspace)}
              >
                Open<span className="visually-hidden"> {workspace.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {asking && (
        <Dialog
          title="Switch workspace?"
          submitLabel={`Open ${asking.name}`}
          onSubmit={() => open(asking.id)}
          onClose={() => setAsking(null)}
        >
          <p>
            Quorum will close <strong>{current?.name ?? 'this workspace'}</strong> and open{' '}
            <strong>{asking.name}</strong>.
          </p>
          <p>
            Nothing is lost: {current?.name ?? 'this workspace'} stays on this computer, and you can
            come back to it here.
          </p>
        </Dialog>
      )}
    </section>
  );
}
