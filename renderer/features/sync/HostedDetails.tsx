import { useHostingStatus } from '../../data/useHostingStatus';
import type { SyncSettings } from '../../data/sync/sync-settings';
import type { SyncPhase } from '../../data/sync/workspace-sync';

/** Settings → Sync for a workspace this computer hosts: the addresses others join with. */
export function HostedDetails({
  settings,
  phase,
  onHostAgain,
}: {
  settings: SyncSettings;
  phase: SyncPhase;
  onHostAgain: () => void;
}) {
  const hosting = useHostingStatus(settings, phase);
  if (hosting.state === 'checking') return null;
  if (hosting.state === 'stopped' || hosting.state === 'unknown') {
    return (
      <>
        <p>
          {hosting.state === 'stopped'
            ? 'Its sync server is not running at the moment, so no one can join.'
            : `Quorum could not tell whether its sync server is running: ${hosting.message}`}
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onHostAgain}>
            Host again
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p>Others on this network join with one of these addresses:</p>
      <ul aria-label="Addresses to join">
        {hosting.urls.map((url) => (
          <li key={url}>
            <code>{url}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
