import { useKnownWorkspaces } from '../../data/useKnownWorkspaces';

/** Other workspaces kept on this computer (opened from a file, or the sample), to go back to. */
export function KnownWorkspacesPanel() {
  const { others, error, open } = useKnownWorkspaces();
  if (others.length === 0 && !error) return null;
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
              onClick={() => open(workspace.id)}
            >
              Open<span className="visually-hidden"> {workspace.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
