import * as fs from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupFolder } from '../../../electron/backups/backup-folder';
import { BackupKeeper } from '../../../electron/backups/backup-keeper';
import { tempDir } from '../helpers';
import { WORKSPACE, workspaceFile } from './fixtures';

// `open` is spied on, so one write can meet a full disk part-way through.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>();
  return { ...original, open: vi.fn(original.open) };
});

const fullDisk = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

let root: string;
let clock: Date;
let keeper: BackupKeeper;

beforeEach(async () => {
  root = path.join(await tempDir('backups-full'), 'backups');
  clock = new Date('2023-10-09T13:15:00Z');
  keeper = new BackupKeeper({ folder: new BackupFolder(() => root), now: () => clock });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('a full disk', () => {
  it('says so plainly, and leaves the earlier backups and nothing else', async () => {
    const first = workspaceFile();
    await keeper.take(WORKSPACE, first, 'quit');
    const folder = path.join(root, WORKSPACE);
    const before = await readdir(folder);

    const realOpen = (await vi.importActual<typeof FsPromises>('node:fs/promises')).open;
    vi.mocked(fs.open).mockImplementationOnce(async (file, flags) => {
      const handle = await realOpen(file, flags);
      // Half the bytes reach the disk, then it is full.
      return Object.assign(handle, {
        writeFile: async (data: Uint8Array) => {
          await handle.write(data.subarray(0, data.length / 2));
          throw fullDisk();
        },
      });
    });
    clock = new Date('2023-10-09T13:30:00Z');
    const result = await keeper.take(WORKSPACE, workspaceFile(WORKSPACE, 'Renamed'), 'quit');

    expect(result).toEqual({
      ok: false,
      error: 'io-error',
      message:
        `Quorum could not keep a backup in ${folder}: the disk is full. ` +
        'Everything is still on this computer, and the earlier backups are unchanged.',
    });
    expect(await readdir(folder)).toEqual(before);
    expect(new Uint8Array(await readFile(path.join(folder, before[0]!)))).toEqual(first);
  });

  it('writes again once there is room', async () => {
    vi.mocked(fs.open).mockRejectedValueOnce(fullDisk());
    expect(await keeper.take(WORKSPACE, workspaceFile(), 'changed')).toMatchObject({ ok: false });
    const again = await keeper.take(WORKSPACE, workspaceFile(), 'changed');
    expect(again.ok && again.value.written).not.toBeNull();
  });
});
