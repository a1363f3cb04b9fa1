import type { QuorumApi } from '../../../shared/ipc';
import type { WorkspaceStore } from '../workspace-store';
import { readSyncSettings, writeSyncSettings, type SyncSettings } from './sync-settings';

type HostingStore = Pick<WorkspaceStore, 'workspaceId' | 'localDb' | 'sync'>;

/**
 * Starts hosting this workspace from this computer (Electron main runs the server) and
 * connects this device to it, remembering that it is hosted here so the next start hosts it
 * again. Settings → Sync asks the host for the addresses to show (HostedDetails).
 */
export async function hostWorkspace(
  api: Pick<QuorumApi, 'startHosting'>,
  store: HostingStore,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const started = await api.startHosting({ workspaceId: store.workspaceId });
  if (!started.ok) return { ok: false, message: started.message };
  const { localUrl, inviteCode } = started.value;
  const settings: SyncSettings = { url: localUrl, inviteCode, hosted: true };
  const current = store.sync.configured;
  // Already connected to this very server (a reload): leave the connection alone.
  if (current?.url !== settings.url || current.inviteCode !== inviteCode || !current.hosted) {
    await writeSyncSettings(store.localDb, store.workspaceId, settings);
    store.sync.configure(settings);
  }
  return { ok: true };
}

/**
 * Hosting lives in the app's main process, so it outlives a reload of the window but not a
 * restart of the app. When this workspace was hosted here, start it again (the workspace
 * store leaves such a workspace unconnected until then): the host keeps the workspace's
 * invite code, so the others' settings stay right; if port 4455 was taken this time, this
 * device follows the new port (the others must be given the new address). If it cannot start,
 * the device still connects to the old address, so the status shows Offline and Settings →
 * Sync offers to host again. Never waited on: nothing in the UI depends on it.
 */
export async function resumeHosting(
  api: Pick<QuorumApi, 'startHosting'>,
  store: HostingStore,
): Promise<void> {
  const settings = await readSyncSettings(store.localDb, store.workspaceId);
  if (!settings?.hosted || store.sync.configured) return;
  const resumed = await hostWorkspace(api, store);
  if (resumed.ok) return;
  console.warn('Could not host this workspace again:', resumed.message);
  store.sync.configure(settings);
}
