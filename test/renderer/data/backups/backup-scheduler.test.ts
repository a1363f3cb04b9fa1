import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting, listMeetings, updateGroupProfile } from '../../../../shared/model';
import { fail, ok, type IpcRequest, type QuorumApi } from '../../../../shared/ipc';
import { importWorkspaceFile } from '../../../../shared/workspace-file';
import { createBrowserAdapter } from '../../../../renderer/platform/browser-adapter';
import {
  backupSchedulerOf,
  startBackups,
} from '../../../../renderer/data/backups/backup-scheduler';
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
  const store = await openWorkspaceStore(`backup-scheduler-${databases}`);
  stores.push(store);
  return store;
}

/** Main, as far as backups go: records each snapshot and answers as told. */
function fakeMain(
  answer: (request: IpcRequest<'backup:write'>) => Awaited<ReturnType<QuorumApi['writeBackup']>>,
) {
  const sent: IpcRequest<'backup:write'>[] = [];
  let askForLast: () => void = () => {};
  const api: QuorumApi = {
    // No page here: the adapter's file dialogs are never used.
    ...createBrowserAdapter({} as Document),
    writeBackup: async (request) => {
      sent.push(request);
      return answer(request);
    },
    onFinalBackupRequest: (listener) => {
      askForLast = listener;
      return () => {
        askForLast = () => {};
      };
    },
  };
  return { api, sent, quit: () => askForLast() };
}

const written = (request: IpcRequest<'backup:write'>, nextInMs: number) =>
  ok({
    written: {
      workspaceId: request.workspaceId,
      name: '2023-10-09T13-15-00-000Z.quorum',
      takenAt: '2023-10-09T13:15:00.000Z',
      bytes: request.data.byteLength,
    },
    nextInMs,
  });

describe('snapshots for the desktop app to keep as backups', () => {
  it('sends the whole workspace once it changes, as a workspace file', async () => {
    const store = await open();
    const main = fakeMain((request) => written(request, 60_000));
    startBackups(store, main.api, { settleMs: 5 });
    createMeeting(store.doc, meeting);
    await vi.waitFor(() => expect(main.sent).toHaveLength(1));
    const [snapshot] = main.sent;
    expect(snapshot?.reason).toBe('changed');
    expect(snapshot?.workspaceId).toBe(store.workspaceId);
    const file = importWorkspaceFile(snapshot!.data);
    expect(file.ok && file.value.summary.meetings.map((m) => m.title)).toEqual(['Steering Group']);
    expect(backupSchedulerOf(store)?.status().lastTakenAt).toBe('2023-10-09T13:15:00.000Z');
  });

  it('sends again when main says it is due, if the workspace changed meanwhile', async () => {
    const store = await open();
    // The first snapshot comes too soon after the last backup; the second is written.
    const main = fakeMain((request) =>
      main.sent.length === 1 ? ok({ written: null, nextInMs: 20 }) : written(request, 60_000),
    );
    startBackups(store, main.api, { settleMs: 5 });
    createMeeting(store.doc, meeting);
    await vi.waitFor(() => expect(main.sent).toHaveLength(2));
    const second = importWorkspaceFile(main.sent[1]!.data);
    expect(second.ok && second.value.summary.meetings).toHaveLength(1);
  });

  it('answers main on quit with the workspace as it is then', async () => {
    const store = await open();
    const main = fakeMain((request) => written(request, 60_000));
    startBackups(store, main.api, { settleMs: 60_000 });
    updateGroupProfile(store.doc, { name: 'Finance Committee' });
    main.quit();
    await vi.waitFor(() => expect(main.sent).toHaveLength(1));
    expect(main.sent[0]?.reason).toBe('quit');
    const file = importWorkspaceFile(main.sent[0]!.data);
    expect(file.ok && file.value.summary.groupName).toBe('Finance Committee');
  });

  it("reports main's reason when a backup cannot be kept, and clears it once one is", async () => {
    const store = await open();
    const full = 'Quorum could not keep a backup in /data/backups: the disk is full.';
    const main = fakeMain((request) =>
      main.sent.length === 1 ? fail('io-error', full) : written(request, 60_000),
    );
    const scheduler = startBackups(store, main.api, { settleMs: 5, retryMs: 10 });
    createMeeting(store.doc, meeting);
    await vi.waitFor(() => expect(scheduler.status().problem).toBe(full));
    createMeeting(store.doc, { ...meeting, date: '2023-11-13' });
    await vi.waitFor(() => expect(scheduler.status().problem).toBeNull());
    expect(listMeetings(store.doc)).toHaveLength(2);
  });

  it('stops when the workspace closes', async () => {
    const store = await open();
    const main = fakeMain((request) => written(request, 60_000));
    startBackups(store, main.api, { settleMs: 5 });
    await store.destroy();
    stores.splice(stores.indexOf(store), 1);
    expect(backupSchedulerOf(store)).toBeUndefined();
  });
});
