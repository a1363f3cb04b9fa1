import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuorumApi } from '../../../../shared/ipc';
import { getSetting, openLocalDb, type QuorumLocalDb } from '../../../../renderer/data/local-db';
import { listKnownWorkspaces } from '../../../../renderer/data/known-workspaces';
import { readSyncSettings, type SyncSettings } from '../../../../renderer/data/sync/sync-settings';
import {
  joinWorkspace,
  shareThroughServer,
  stopSyncing,
  type SyncSetupStore,
} from '../../../../renderer/data/sync/sync-setup';
import type { WorkspaceSync } from '../../../../renderer/data/sync/workspace-sync';

const dbs: QuorumLocalDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/**
 * A store whose sync connection only records what it was told: these tests are about what is
 * saved and said, not the connection (workspace-sync.test.ts drives a real server).
 */
function setupStore(name: string, configured: SyncSettings | null = null) {
  const localDb = openLocalDb(`sync-setup-${name}`);
  dbs.push(localDb);
  const configure = vi.fn<(settings: SyncSettings | null) => void>();
  const sync = { configured, configure } as unknown as WorkspaceSync;
  const store: SyncSetupStore = { workspaceId: 'ws-here', localDb, sync };
  return { store, configure, localDb };
}

const fullDisk = () => {
  const error = new Error('Transaction failed');
  return Object.assign(error, { name: 'QuotaExceededError' });
};

const joined = (workspaceId: string): Pick<QuorumApi, 'joinSyncServer'> => ({
  joinSyncServer: async () => ({
    ok: true,
    value: { workspaceId, url: 'ws://127.0.0.1:4455' },
  }),
});

describe('setting up sync on this device', () => {
  it('joins this same workspace by connecting, with the code as the server knows it', async () => {
    const { store, configure, localDb } = setupStore('same');
    const result = await joinWorkspace(joined('ws-here'), store, {
      url: ' ws://127.0.0.1:4455 ',
      inviteCode: ' qrm-7kx4-p9td-m2hq ',
    });
    expect(result).toEqual({ ok: true, reload: false });
    const settings = { url: 'ws://127.0.0.1:4455', inviteCode: 'QRM-7KX4-P9TD-M2HQ' };
    expect(configure).toHaveBeenCalledWith(settings);
    expect(await readSyncSettings(localDb, 'ws-here')).toEqual(settings);
  });

  it('joins another workspace by opening it empty, to be filled from the server', async () => {
    const { store, configure, localDb } = setupStore('other');
    const result = await joinWorkspace(joined('ws-there'), store, {
      url: 'ws://127.0.0.1:4455',
      inviteCode: 'QRM-7KX4-P9TD-M2HQ',
    });
    expect(result).toEqual({ ok: true, reload: true });
    expect(configure).not.toHaveBeenCalled();
    expect(await readSyncSettings(localDb, 'ws-there')).toMatchObject({ awaitingFirstSync: true });
    expect(await getSetting(localDb, 'workspaceId')).toBe('ws-there');
    expect(await listKnownWorkspaces(localDb)).toEqual([
      { id: 'ws-there', name: 'Joined workspace' },
    ]);
  });

  it('says why a join failed when the disk is full, and keeps this workspace open', async () => {
    const { store, localDb } = setupStore('join-full');
    vi.spyOn(localDb.settings, 'put').mockRejectedValue(fullDisk());
    const result = await joinWorkspace(joined('ws-there'), store, {
      url: 'ws://127.0.0.1:4455',
      inviteCode: 'QRM-7KX4-P9TD-M2HQ',
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The workspace was not joined; this one stays open\. The disk is full/,
      ),
    });
    expect(await getSetting(localDb, 'workspaceId')).toBeUndefined();
  });

  it('passes on the server’s refusal of an invite code', async () => {
    const { store, configure } = setupStore('refused');
    const api: Pick<QuorumApi, 'joinSyncServer'> = {
      joinSyncServer: async () => ({
        ok: false,
        error: 'unknown-code',
        message: 'The server does not know that invite code.',
      }),
    };
    expect(await joinWorkspace(api, store, { url: 'ws://127.0.0.1:1', inviteCode: 'x' })).toEqual({
      ok: false,
      message: 'The server does not know that invite code.',
    });
    expect(configure).not.toHaveBeenCalled();
  });

  it('shares through a server with a fresh invite code, or says why the address was refused', async () => {
    const { store, configure } = setupStore('share');
    const api: Pick<QuorumApi, 'useSyncServer'> = {
      useSyncServer: async ({ url }) =>
        url.startsWith('ws')
          ? { ok: true, value: { url } }
          : { ok: false, error: 'invalid-payload', message: 'Enter a ws:// or wss:// address.' },
    };
    expect(await shareThroughServer(api, store, 'http://example')).toEqual({
      ok: false,
      message: 'Enter a ws:// or wss:// address.',
    });
    expect(await shareThroughServer(api, store, 'ws://127.0.0.1:4455')).toEqual({ ok: true });
    expect(configure).toHaveBeenCalledWith({
      url: 'ws://127.0.0.1:4455',
      inviteCode: expect.stringMatching(/^QRM-/),
    });
  });

  it('stops syncing, and stops the server too when this computer hosts it', async () => {
    const hosted = { url: 'ws://127.0.0.1:4455', inviteCode: 'QRM-1', hosted: true };
    const { store, configure, localDb } = setupStore('stop-hosted', hosted);
    const stopHosting = vi.fn<QuorumApi['stopHosting']>(async () => ({
      ok: true,
      value: { stopped: true },
    }));
    expect(await stopSyncing({ stopHosting }, store)).toEqual({ ok: true });
    expect(configure).toHaveBeenCalledWith(null);
    expect(stopHosting).toHaveBeenCalledOnce();
    expect(await readSyncSettings(localDb, 'ws-here')).toBeNull();
  });

  it('says so when the settings cannot be changed, and leaves the connection as it was', async () => {
    const { store, configure, localDb } = setupStore('stop-full', {
      url: 'ws://127.0.0.1:4455',
      inviteCode: 'QRM-1',
    });
    vi.spyOn(localDb.settings, 'delete').mockRejectedValue(fullDisk());
    const stopHosting = vi.fn<QuorumApi['stopHosting']>();
    expect(await stopSyncing({ stopHosting }, store)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Sync was not stopped\. The disk is full/),
    });
    expect(configure).not.toHaveBeenCalled();
    expect(stopHosting).not.toHaveBeenCalled();
  });
});
