import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupFolder } from '../../../electron/backups/backup-folder';
import { BackupKeeper } from '../../../electron/backups/backup-keeper';
import { finalBackupOnQuit } from '../../../electron/backups/final-backup';
import { FakeEvent } from '../fakes/electron';
import { tempDir } from '../helpers';
import { WORKSPACE, workspaceFile } from './fixtures';

let keeper: BackupKeeper;

beforeEach(async () => {
  const root = path.join(await tempDir('backups-quit'), 'backups');
  keeper = new BackupKeeper({ folder: new BackupFolder(() => root) });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the last backup on quit', () => {
  it('holds the quit, asks the window, and quits once the snapshot is on disk', async () => {
    const quit = vi.fn();
    const askRenderer = vi.fn(() => true);
    const beforeQuit = finalBackupOnQuit({ keeper, askRenderer, quit });

    const first = new FakeEvent();
    beforeQuit(first);
    expect(first.defaultPrevented).toBe(true);
    expect(askRenderer).toHaveBeenCalledOnce();

    // Hosting's own hold quits again meanwhile: still held, and the window is not asked twice.
    const meanwhile = new FakeEvent();
    beforeQuit(meanwhile);
    expect(meanwhile.defaultPrevented).toBe(true);
    expect(askRenderer).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();

    await keeper.take(WORKSPACE, workspaceFile(), 'quit');
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(await keeper.folder.list(WORKSPACE)).toHaveLength(1);

    const last = new FakeEvent();
    beforeQuit(last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('quits anyway when the window does not answer in time', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const quit = vi.fn();
    const beforeQuit = finalBackupOnQuit({
      keeper,
      askRenderer: () => true,
      quit,
      timeoutMs: 5000,
    });
    beforeQuit(new FakeEvent());
    await vi.advanceTimersByTimeAsync(4999);
    expect(quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('lets the quit through when there is no window to ask', () => {
    const quit = vi.fn();
    const beforeQuit = finalBackupOnQuit({ keeper, askRenderer: () => false, quit });
    const event = new FakeEvent();
    beforeQuit(event);
    expect(event.defaultPrevented).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });
});
