import { useEffect, useState } from 'react';
import { quorumApi } from '../../platform/quorum-api';
import type { SyncSettings } from '../../sync/sync-settings';
import type { SyncPhase } from '../../sync/workspace-sync';

type Hosting = { state: 'checking' } | { state: 'running'; urls: string[] } | { state: 'stopped' };

/**
 * Asks the main process whether it is serving this workspace. The server outlives a reload of
 * the window (and is started again at launch, renderer/sync/hosting.ts), so the answer comes
 * from there, not from this screen's memory. Asked again whenever the connection changes: a
 * server that has just started is what turns Connecting into Synced.
 */
function useHosting(settings: SyncSettings, phase: SyncPhase): Hosting {
  const [hosting, setHosting] = useState<Hosting>({ state: 'checking' });
  useEffect(() => {
    let current = true;
    void quorumApi.getHostingStatus().then((status) => {
      if (!current) return;
      // One server serves every workspace hosted since it started; ours if the address is.
      const host = status.ok && status.value.hosting ? status.value : null;
      const ours = host?.localUrl === settings.url;
      setHosting(host && ours ? { state: 'running', urls: host.urls } : { state: 'stopped' });
    });
    return () => {
      current = false;
    };
  }, [settings, phase]);
  return hosting;
}

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
  const hosting = useHosting(settings, phase);
  if (hosting.state === 'checking') return null;
  if (hosting.state === 'stopped') {
    return (
      <>
        <p>Its sync server is not running at the moment, so no one can join.</p>
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
