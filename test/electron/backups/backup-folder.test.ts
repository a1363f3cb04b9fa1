import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupFolder, backupFileName } from '../../../electron/backups/backup-folder';
import { BackupKeeper } from '../../../electron/backups/backup-keeper';
import { createBackupHandlers } from '../../../electron/ipc/backups';
import { registerIpcHandlers } from '../../../electron/ipc/register';
import { allHandlers } from '../../../electron/ipc';
import { fake } from '../fakes/electron';
import { appWindow, invokeEvent, tempDir } from '../helpers';
import { OTHER_WORKSPACE, WORKSPACE, workspaceFile } from './fixtures';

const MINUTE = 60_000;
let root: string;
let clock: Date;
let keeper: BackupKeeper;

function newKeeper() {
  return new BackupKeeper({
    folder: new BackupFolder(() => root),
    intervalMs: 10 * MINUTE,
    now: () => clock,
  });
}

beforeEach(async () => {
  root = path.join(await tempDir('backups'), 'backups');
  clock = new Date('2023-10-09T13:15:00Z');
  keeper = newKeeper();
});

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * MINUTE);
};

describe('writing a backup', () => {
  it('writes the whole file under its time, leaving no temporary file behind', async () => {
    const bytes = workspaceFile();
    const result = await keeper.take(WORKSPACE, bytes, 'changed');
    expect(result).toEqual({
      ok: true,
      value: {
        written: {
          workspaceId: WORKSPACE,
          name: '2023-10-09T13-15-00-000Z.quorum',
          takenAt: '2023-10-09T13:15:00.000Z',
          bytes: bytes.byteLength,
        },
        nextInMs: 10 * MINUTE,
      },
    });
    const folder = path.join(root, WORKSPACE);
    expect(await readdir(folder)).toEqual(['2023-10-09T13-15-00-000Z.quorum']);
    expect(new Uint8Array(await readFile(path.join(folder, backupFileName(clock))))).toEqual(bytes);
  });

  it('writes a changed workspace at most once per interval, and says when the next is due', async () => {
    await keeper.take(WORKSPACE, workspaceFile(), 'changed');
    later(4);
    expect(await keeper.take(WORKSPACE, workspaceFile(), 'changed')).toEqual({
      ok: true,
      value: { written: null, nextInMs: 6 * MINUTE },
    });
    later(6);
    const due = await keeper.take(WORKSPACE, workspaceFile(), 'changed');
    expect(due.ok && due.value.written?.takenAt).toBe('2023-10-09T13:25:00.000Z');
    expect(await keeper.folder.list(WORKSPACE)).toHaveLength(2);
  });

  it('always writes the last snapshot on quit and the one before a restore', async () => {
    await keeper.take(WORKSPACE, workspaceFile(WORKSPACE, 'One'), 'changed');
    for (const [reason, name] of [
      ['quit', 'Two'],
      ['before-restore', 'Three'],
    ] as const) {
      const result = await keeper.take(WORKSPACE, workspaceFile(WORKSPACE, name), reason);
      expect(result.ok && result.value.written).not.toBeNull();
    }
    // All three in the same millisecond, each under its own name.
    const names = (await keeper.folder.list(WORKSPACE)).map((b) => b.name);
    expect(new Set(names).size).toBe(3);
  });

  it('does not write the same workspace twice in a row, even on quit', async () => {
    const same = workspaceFile();
    await keeper.take(WORKSPACE, same, 'changed');
    later(1);
    const unchanged = await keeper.take(WORKSPACE, same, 'quit');
    expect(unchanged).toEqual({ ok: true, value: { written: null, nextInMs: 9 * MINUTE } });
    expect(await keeper.folder.list(WORKSPACE)).toHaveLength(1);
  });

  it('remembers, after a restart, when the last backup was written', async () => {
    await keeper.take(WORKSPACE, workspaceFile(), 'changed');
    later(5);
    const restarted = newKeeper();
    const result = await restarted.take(WORKSPACE, workspaceFile(), 'changed');
    expect(result.ok && result.value).toEqual({ written: null, nextInMs: 5 * MINUTE });
  });

  it('keeps the newest ten of a busy morning and deletes the rest', async () => {
    for (let i = 0; i < 13; i++) {
      await keeper.take(WORKSPACE, workspaceFile(WORKSPACE, `Version ${i}`), 'changed');
      later(10);
    }
    const kept = await keeper.folder.list(WORKSPACE);
    expect(kept).toHaveLength(10);
    expect(kept[0]!.takenAt).toBe('2023-10-09T15:15:00.000Z');
    expect(kept.at(-1)!.takenAt).toBe('2023-10-09T13:45:00.000Z');
  });

  it('refuses bytes that are not a whole workspace file, or are another workspace', async () => {
    const whole = workspaceFile();
    const garbage = await keeper.take(WORKSPACE, new Uint8Array([1, 2, 3]), 'changed');
    expect(garbage).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(!garbage.ok && garbage.message).toMatch(/^That snapshot is not a whole workspace file/);
    const cut = await keeper.take(WORKSPACE, whole.subarray(0, whole.length - 10), 'quit');
    expect(cut).toMatchObject({ ok: false, error: 'invalid-payload' });
    const other = await keeper.take(WORKSPACE, workspaceFile(OTHER_WORKSPACE), 'quit');
    expect(other).toEqual({
      ok: false,
      error: 'invalid-payload',
      message: `That snapshot is of workspace ${OTHER_WORKSPACE}, not ${WORKSPACE}.`,
    });
    expect(await keeper.folder.list()).toEqual([]);
  });
});

describe('listing and reading backups', () => {
  it("lists one workspace's backups or every workspace's, newest first, skipping other files", async () => {
    await keeper.take(WORKSPACE, workspaceFile(), 'quit');
    later(1);
    await keeper.take(OTHER_WORKSPACE, workspaceFile(OTHER_WORKSPACE), 'quit');
    const folder = path.join(root, WORKSPACE);
    await writeFile(path.join(folder, 'notes.txt'), 'not a backup');
    await writeFile(path.join(folder, '.2023-10-09T13-16-00-000Z.quorum.1-1.tmp'), 'half');
    await mkdir(path.join(root, 'not-a-workspace'));

    const all = await keeper.folder.list();
    expect(all.map((b) => [b.workspaceId, b.takenAt])).toEqual([
      [OTHER_WORKSPACE, '2023-10-09T13:16:00.000Z'],
      [WORKSPACE, '2023-10-09T13:15:00.000Z'],
    ]);
    expect((await keeper.folder.list(WORKSPACE)).map((b) => b.workspaceId)).toEqual([WORKSPACE]);
  });

  it('lists nothing before the first backup', async () => {
    expect(await keeper.folder.list()).toEqual([]);
    expect(await keeper.folder.list(WORKSPACE)).toEqual([]);
  });

  it('reads a backup back byte for byte', async () => {
    const bytes = workspaceFile();
    const result = await keeper.take(WORKSPACE, bytes, 'quit');
    const name = result.ok ? result.value.written!.name : '';
    expect(await keeper.folder.read(WORKSPACE, name)).toEqual(bytes);
  });
});

describe('the backup channels', () => {
  let invoke: (channel: string, payload: unknown) => Promise<unknown>;

  beforeEach(() => {
    const window = appWindow();
    registerIpcHandlers(
      { ...allHandlers, ...createBackupHandlers(keeper) },
      () => window as unknown as BrowserWindow,
    );
    invoke = (channel, payload) => fake.invoke(channel, invokeEvent(window), payload);
  });

  it('writes, lists and reads through IPC', async () => {
    const bytes = workspaceFile();
    await invoke('backup:write', { workspaceId: WORKSPACE, data: bytes, reason: 'changed' });
    const listed = (await invoke('backup:list', {})) as { ok: true; value: { name: string }[] };
    expect(listed.value.map((b) => b.name)).toEqual(['2023-10-09T13-15-00-000Z.quorum']);
    const read = await invoke('backup:read', {
      workspaceId: WORKSPACE,
      name: listed.value[0]!.name,
    });
    expect(read).toEqual({ ok: true, value: bytes });
  });

  it.each([
    ['a path for a name', 'backup:read', { workspaceId: WORKSPACE, name: '../../secrets.quorum' }],
    ['a workspace id that is a path', 'backup:list', { workspaceId: '../..' }],
    ['text for bytes', 'backup:write', { workspaceId: WORKSPACE, data: 'QUORUM', reason: 'quit' }],
    [
      'an unknown reason',
      'backup:write',
      { workspaceId: WORKSPACE, data: new Uint8Array(), reason: 'now' },
    ],
    ['extra fields', 'backup:list', { workspaceId: WORKSPACE, folder: '/tmp' }],
  ])('refuses %s', async (_what, channel, payload) => {
    expect(await invoke(channel, payload)).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it('says when a listed backup has gone', async () => {
    expect(
      await invoke('backup:read', {
        workspaceId: WORKSPACE,
        name: '2023-10-09T13-15-00-000Z.quorum',
      }),
    ).toEqual({
      ok: false,
      error: 'io-error',
      message: 'The backup 2023-10-09T13-15-00-000Z.quorum is no longer there.',
    });
  });
});
