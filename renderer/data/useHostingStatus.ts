import { useEffect, useState } from 'react';
import { quorumApi } from '../platform/quorum-api';
import type { SyncSettings } from './sync/sync-settings';
import type { SyncPhase } from './sync/workspace-sync';

export type HostingStatus =
  | { state: 'checking' }
  | { state: 'running'; urls: string[] }
  | { state: 'stopped' }
  | { state: 'unknown'; message: string };

/**
 * Asks the main process whether it is serving this workspace. The server outlives a reload of
 * the window (and is started again at launch, renderer/data/sync/hosting.ts), so the answer
 * comes from there, not from the screen's memory. Asked again whenever the connection changes:
 * a server that has just started is what turns Connecting into Synced.
 */
export function useHostingStatus(settings: SyncSettings, phase: SyncPhase): HostingStatus {
  const [hosting, setHosting] = useState<HostingStatus>({ state: 'checking' });
  useEffect(() => {
    let current = true;
    void quorumApi.getHostingStatus().then((status) => {
      if (!current) return;
      if (!status.ok) return setHosting({ state: 'unknown', message: status.message });
      // One server serves every workspace hosted since it started; ours if the address is.
      const host = status.value.hosting ? status.value : null;
      const ours = host?.localUrl === settings.url;
      setHosting(host && ours ? { state: 'running', urls: host.urls } : { state: 'stopped' });
    });
    return () => {
      current = false;
    };
  }, [settings, phase]);
  return hosting;
}
