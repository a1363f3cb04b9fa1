import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { BackupFolder, BackupWriteError } from '../../electron/backups/backup-folder';
import { BackupKeeper } from '../../electron/backups/backup-keeper';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import { createBackupHandlers } from '../../electron/ipc/backups';
import { listAgenda, minutesFragment, minutesTextBlocks } from '../../shared/model';
import { importWorkspaceFile } from '../../shared/workspace-file';
import { fake } from '../electron/fakes/electron';
import { appWindow, invokeEvent } from '../electron/helpers';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import type { MainProcessInvoke } from './harness/desktop';

// The desktop device's main process runs here, on the fake Electron the main-process tests use.
vi.mock('electron', async () => (await import('../electron/fakes/electron')).electronFake);

const MEETING = 'Steering Group';
const FIRST_ITEM = 'Minutes for 1. Welcome and introductions';
const MINUTES = 'Kept safe by the backup.';

const FULL_DISK =
  'Quorum could not keep a backup in /home/clerk/.config/Quorum/backups: the disk is full. ' +
  'Everything is still on this computer, and the earlier backups are unchanged.';

/** A disk with no room left: every write fails as BackupFolder reports a full disk. */
class FullDiskFolder extends BackupFolder {
  override async write(): Promise<never> {
    throw new BackupWriteError(FULL_DISK);
  }
}

/**
 * The desktop app's main process with the real IPC handlers and a backup keeper whose
 * interval is one second, not ten minutes, so a backup is written while the test types.
 */
function backupMainProcess(Folder: typeof BackupFolder = BackupFolder) {
  const userData = mkdtempSync(join(tmpdir(), 'quorum-e2e-backups-'));
  const keeper = new BackupKeeper({
    folder: new Folder(() => join(userData, 'backups')),
    intervalMs: 1000,
  });
  const window = appWindow();
  const unregister = registerIpcHandlers(
    { ...allHandlers, ...createBackupHandlers(keeper) },
    () => window as never,
  );
  const invoke: MainProcessInvoke = (channel, payload) =>
    fake.invoke(channel, invokeEvent(window), payload);
  return {
    invoke,
    keeper,
    close() {
      unregister();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

function section(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name });
}

async function createMeeting(page: Page) {
  await section(page, 'Meetings').click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(MEETING);
  await dialog.getByLabel('Date').fill('2023-10-09');
  await dialog.getByLabel('Start time').fill('13:00');
  await dialog.getByLabel('End time').fill('14:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
}

async function openMinutes(page: Page) {
  await section(page, 'Meetings').click();
  await page.getByRole('list', { name: 'Meetings' }).getByRole('link', { name: MEETING }).click();
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('textbox', { name: FIRST_ITEM }).waitFor();
}

/** The first item's minutes in the newest backup on disk, or '' if there is none yet. */
async function minutesInNewestBackup(keeper: BackupKeeper): Promise<string> {
  const [newest] = await keeper.folder.list();
  if (!newest) return '';
  const imported = importWorkspaceFile(await keeper.folder.read(newest.workspaceId, newest.name));
  if (!imported.ok) throw new Error(imported.message);
  const texts = [...imported.value.meetings.values()].flatMap((doc) => {
    const [first] = listAgenda(doc);
    return first ? minutesTextBlocks(minutesFragment(doc, first.id)) : [];
  });
  return texts.join(' ');
}

describe('backups the desktop app keeps by itself', () => {
  it('keeps a backup while minutes are typed, and restores it after the app storage is wiped', async () => {
    const main = backupMainProcess();
    onTestFinished(() => main.close());
    const profileDir = newProfileDir();
    let laptop = await launchQuorum(profileDir, { mainProcess: main.invoke });
    await createMeeting(laptop.page);
    await openMinutes(laptop.page);
    await laptop.page.getByRole('textbox', { name: FIRST_ITEM }).click();
    await laptop.page.keyboard.type(MINUTES);
    await expect
      .poll(() => minutesInNewestBackup(main.keeper), { timeout: 20_000 })
      .toContain(MINUTES);

    // Settings lists it, with its date and size, and restoring first says what would change.
    await section(laptop.page, 'Settings').click();
    const list = laptop.page.getByRole('list', { name: 'Backups' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await list.getByRole('listitem').first().textContent()).toMatch(
      /^\d{1,2} \w+ \d{4}, \d{1,2}(\.\d{2})?[ap]m \(\d+ kB\)Restore the backup of /,
    );
    await laptop.page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(laptop.page);
    await screenshot(laptop.page, 'settings-backups');
    await list
      .getByRole('button', { name: /^Restore the backup of / })
      .first()
      .click();
    const confirm = laptop.page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.waitFor();
    expect(await confirm.getByRole('definition').allTextContents()).toEqual([
      '1 meeting and 0 actions',
      '1 meeting and 0 actions',
    ]);
    await expectNoAxeViolations(laptop.page);
    await screenshot(laptop.page, 'settings-restore-backup');
    // By keyboard: the dialog starts on Cancel, so Shift+Tab reaches Restore.
    await laptop.page.keyboard.press('Shift+Tab');
    await laptop.page.keyboard.press('Enter');
    await expect
      .poll(() => laptop.page.getByText(/^The backup of .+ has been restored\.$/).count())
      .toBe(1);

    // Chromium wipes the app's IndexedDB (as after a full disk or an update).
    await laptop.context.close();
    const indexedDb = join(profileDir, 'Default', 'IndexedDB');
    expect(existsSync(indexedDb)).toBe(true);
    rmSync(indexedDb, { recursive: true, force: true });

    laptop = await launchQuorum(profileDir, { mainProcess: main.invoke });
    const offer = laptop.page.getByRole('dialog', {
      name: 'Restore your workspace from a backup?',
    });
    await offer.waitFor();
    await expectNoAxeViolations(laptop.page);
    await screenshot(laptop.page, 'backup-offer-at-start');
    const reloaded = laptop.page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Restore' }).click();
    await reloaded;
    await openMinutes(laptop.page);
    await expect
      .poll(() => laptop.page.getByRole('textbox', { name: FIRST_ITEM }).textContent())
      .toContain(MINUTES);
  });

  it('says plainly in Settings when the disk is too full for a backup', async () => {
    const main = backupMainProcess(FullDiskFolder);
    onTestFinished(() => main.close());
    const { page } = await launchQuorum(newProfileDir(), { mainProcess: main.invoke });
    await createMeeting(page);
    await section(page, 'Settings').click();
    const panel = page.getByRole('region', { name: 'Backups' });
    await expect
      .poll(() => panel.getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe(FULL_DISK);
    expect(await panel.getByText('No backups yet', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('explains in a browser that backups need the desktop app', async () => {
    const { page } = await launchQuorum();
    await section(page, 'Settings').click();
    const panel = page.getByRole('region', { name: 'Backups' });
    await panel.getByText(/Automatic backups need the Quorum desktop app/).waitFor();
    expect(await panel.getByRole('list').count()).toBe(0);
  });
});
