import type { QuorumApi } from '../../../shared/ipc';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import { rememberWorkspace, switchWorkspace } from '../known-workspaces';
import { describeStorageError } from '../storage-errors';
import type { WorkspaceStore } from '../workspace-store';
import { writeSyncSettings, type SyncSettings } from './sync-settings';

/**
 * Settings → Sync's changes, as plain functions over the store so they can be tested without
 * React (useSyncSetup wraps them). Each returns what happened, in words for the person when it
 * failed: a refused address, an unknown code, a disk too full to keep the settings.
 */
export type SyncSetupStore = Pick<WorkspaceStore, 'workspaceId' | 'localDb' | 'sync'>;

export type SetupResult = { ok: true } | { ok: false; message: string };

/** Connects this device with `settings`, saved first so a restart connects again. */
export async function startSyncing(
  store: SyncSetupStore,
  settings: SyncSettings,
): Promise<SetupResult> {
  try {
    await writeSyncSettings(store.localDb, store.workspaceId, settings);
  } catch (error) {
    return { ok: false, message: `Sync was not set up. ${describeStorageError(error)}` };
  }
  store.sync.configure(settings);
  return { ok: true };
}

/** Syncs this workspace through the server at `url`, with a new invite code for the others. */
export async function shareThroughServer(
  api: Pick<QuorumApi, 'useSyncServer'>,
  store: SyncSetupStore,
  url: string,
): Promise<SetupResult> {
  const allowed = await api.useSyncServer({ url });
  if (!allowed.ok) return { ok: false, message: allowed.message };
  return startSyncing(store, { url: allowed.value.url, inviteCode: generateInviteCode() });
}

/**
 * Stops syncing on this device; if this computer hosts the workspace, its server stops too,
 * after this device has left it, so the others see it go offline.
 */
export async function stopSyncing(
  api: Pick<QuorumApi, 'stopHosting'>,
  store: SyncSetupStore,
): Promise<SetupResult> {
  const wasHosted = store.sync.configured?.hosted;
  try {
    await writeSyncSettings(store.localDb, store.workspaceId, null);
  } catch (error) {
    return { ok: false, message: `Sync was not stopped. ${describeStorageError(error)}` };
  }
  store.sync.configure(null);
  if (!wasHosted) return { ok: true };
  const stopped = await api.stopHosting();
  return stopped.ok
    ? { ok: true }
    : {
        ok: false,
        message: `This device has stopped syncing, but the server on this computer did not stop: ${stopped.message}`,
      };
}

/**
 * Joins the workspace an invite code opens. The same workspace as this one connects at once;
 * another is opened, empty, to fill from the server: `reload` says the app must reload for it.
 */
export async function joinWorkspace(
  api: Pick<QuorumApi, 'joinSyncServer'>,
  store: SyncSetupStore,
  request: { url: string; inviteCode: string },
): Promise<(SetupResult & { ok: false }) | { ok: true; reload: boolean }> {
  const inviteCode = request.inviteCode.trim();
  const joined = await api.joinSyncServer({ url: request.url.trim(), inviteCode });
  if (!joined.ok) return { ok: false, message: joined.message };
  const { workspaceId, url } = joined.value;
  const settings = { url, inviteCode: inviteCode.toUpperCase() };
  if (workspaceId === store.workspaceId) {
    const started = await startSyncing(store, settings);
    return started.ok ? { ok: true, reload: false } : started;
  }
  try {
    await writeSyncSettings(store.localDb, workspaceId, { ...settings, awaitingFirstSync: true });
    await rememberWorkspace(store.localDb, { id: workspaceId, name: 'Joined workspace' });
    await switchWorkspace(store.localDb, workspaceId);
  } catch (error) {
    return {
      ok: false,
      message: `The workspace was not joined; this one stays open. ${describeStorageError(error)}`,
    };
  }
  return { ok: true, reload: true };
}
