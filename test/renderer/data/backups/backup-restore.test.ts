import { afterEach, describe, expect, it } from 'vitest';
import { createAction, createMeeting, listMeetings } from '../../../../shared/model';
import { ok, type IpcRequest, type QuorumApi } from '../../../../shared/ipc';
import { createBrowserAdapter } from '../../../../renderer/platform/browser-adapter';
import { startBackups } from '../../../../renderer/data/backups/backup-scheduler';
import { planRestore, restoreBackup } from '../../../../renderer/data/backups/backup-restore';
import { workspaceStorageIsEmpty } from '../../../../renderer/data/backups/workspace-storage';
import { exportWorkspace } from '../../../../renderer/data/workspace-transfer';
import type { WorkspaceStore } from '../../../../renderer/data/workspace-store';
import { openWorkspaceStore } from '../open-store';

const meeting = {
  title: 'Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online' as const,
  venue: 'Microsoft Teams',
};

const stores: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

let databases = 0;
async function open() {
  databases += 1;
  const store = await openWorkspaceStore(`backup-restore-${databases}`);
  stores.push(store);
  return store;
}

const BACKUP = {
  name: '2023-10-09T13-15-00-000Z.quorum',
  takenAt: '2023-10-09T13:15:00.000Z',
  bytes: 0,
};

/** Main holding one backup, `file`; records the snapshots written. */
function mainWithBackup(file: Uint8Array) {
  const written: IpcRequest<'backup:write'>[] = [];
  const api: QuorumApi = {
    ...createBrowserAdapter({} as Document),
    readBackup: async () => ok(file),
    writeBackup: async (request) => {
      written.push(request);
      return ok({ written: null, nextInMs: 0 });
    },
  };
  return { api, written };
}

describe('restoring a backup', () => {
  it('says what restoring changes, keeps the present first, then merges the backup in', async () => {
    const store = await open();
    const kept = createMeeting(store.doc, meeting);
    createAction(store.doc, {
      description: 'Send the agenda',
      meetingId: kept,
      ownerName: 'Ann Clerk',
    });
    const backupFile = await exportWorkspace(store);
    // Since the backup: one meeting more.
    createMeeting(store.doc, { ...meeting, date: '2023-11-13' });

    const main = mainWithBackup(backupFile);
    startBackups(store, main.api, { settleMs: 60_000 });
    const plan = await planRestore(store, main.api, { ...BACKUP, workspaceId: store.workspaceId });
    expect(plan.now).toEqual({ meetings: 2, actions: 1 });
    expect(plan.inBackup).toEqual({ meetings: 1, actions: 1 });
    // Yjs merges: nothing added since the backup is removed.
    expect(plan.afterRestore).toEqual({ meetings: 2, actions: 1 });

    expect(await restoreBackup(store, main.api, plan)).toEqual({ reload: false });
    expect(main.written.map((w) => w.reason)).toEqual(['before-restore']);
    expect(listMeetings(store.doc)).toHaveLength(2);
  });

  it('brings back what a workspace lost from its storage', async () => {
    const original = await open();
    createMeeting(original.doc, meeting);
    const backupFile = await exportWorkspace(original);
    const main = mainWithBackup(backupFile);
    const wiped = await open();
    startBackups(wiped, main.api, { settleMs: 60_000 });
    const plan = await planRestore(wiped, main.api, {
      ...BACKUP,
      workspaceId: original.workspaceId,
    });
    expect(plan.now.meetings).toBe(0);
    expect(plan.afterRestore.meetings).toBe(1);
  });

  it('refuses a damaged backup with the reason', async () => {
    const store = await open();
    const main = mainWithBackup(new Uint8Array([0x51, 0x55, 0x4f]));
    await expect(
      planRestore(store, main.api, { ...BACKUP, workspaceId: store.workspaceId }),
    ).rejects.toThrow(/^The backup cannot be read\. /);
  });
});

describe("whether a workspace's storage is empty", () => {
  it('is empty before the workspace is stored, and not once it holds a change', async () => {
    const store = await open();
    createMeeting(store.doc, meeting);
    expect(await workspaceStorageIsEmpty(store.workspaceId)).toBe(false);
    expect(await workspaceStorageIsEmpty('00000000-0000-4000-8000-000000000000')).toBe(true);
  });

  it('is empty when the database is there but holds no updates', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(`quorum-workspace-${id}`, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('updates');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await workspaceStorageIsEmpty(id)).toBe(true);
  });
});
