import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Device } from './harness/browser';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/logger';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { openWorkspaceFileByKeyboard, writeSampleFileAsOf } from './harness/workspace-file';

// A meeting after 9 October 2023 in the workspace as it stood then, so that 9 October is its
// previous meeting.
const NOVEMBER = { title: 'Steering Group (extra meeting)', date: '2023-11-13' };

const meetingTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name });

async function exportMinutes(page: Page, file: string): Promise<string> {
  await meetingTab(page, 'Export').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const done = await download;
  await done.saveAs(file);
  return done.suggestedFilename();
}

/** The sample, whose 15 January meeting agreed October's minutes: October's minutes open. */
async function openSampleOctober(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await page
    .getByRole('list', { name: 'Past meetings' })
    .getByRole('listitem')
    .filter({ hasText: '9 October 2023' })
    .getByRole('link')
    .click();
  await meetingTab(page, 'Minutes').click();
}

describe('approved minutes', () => {
  it('keeps the sample’s October, agreed at 15 January, read-only everywhere, and exports it as approved', async () => {
    const { page, profileDir } = await launchQuorum(newProfileDir());
    await openSampleOctober(page);
    await meetingTab(page, 'Minutes').waitFor();
    await page.getByRole('link', { name: 'Meetings', exact: true }).first().click();
    const past = page.getByRole('list', { name: 'Past meetings' });
    await expect
      .poll(() =>
        past
          .getByRole('listitem')
          .filter({ hasText: '9 October 2023' })
          .getByText('Approved minutes')
          .count(),
      )
      .toBe(1);
    await past
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' })
      .getByRole('link')
      .click();
    await meetingTab(page, 'Minutes').click();
    await page.getByText('These minutes were approved at the').waitFor();
    expect(await page.getByRole('link', { name: 'meeting on 15 January 2024' }).count()).toBe(1);
    const editor = page.getByRole('textbox', { name: /^Minutes for / }).first();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('button', { name: /Bold/ }).count()).toBe(0);
    // Its details are part of the frozen record: no Edit details or Delete meeting.
    expect(
      await page.getByRole('button', { name: /^(Edit details|Delete meeting)$/ }).count(),
    ).toBe(0);
    await expectNoAxeViolations(page);

    await meetingTab(page, 'Attendance').click();
    await page.getByRole('heading', { level: 2, name: 'Attendance' }).waitFor();
    const selects = page.getByRole('combobox');
    expect(await selects.count()).toBeGreaterThan(0);
    for (const select of await selects.all()) expect(await select.isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    await meetingTab(page, 'Chair view').click();
    await page
      .getByRole('button', { name: /Start the meeting|Go to/ })
      .first()
      .waitFor();
    for (const button of await page.getByRole('main').locator('fieldset button').all())
      expect(await button.isDisabled()).toBe(true);
    await screenshot(page, 'approval-frozen-chair-view');

    const october = join(profileDir, 'october.docx');
    expect(await exportMinutes(page, october)).not.toContain('DRAFT');
    await page.getByText('Approved as a correct record at the').waitFor();
  });

  it('reopens approved minutes for correction only with a reason, kept in the history', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSampleOctober(page);

    await page.getByRole('button', { name: 'Reopen for correction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reopen for correction' });
    await dialog.getByLabel('Your name').fill('Councillor Harland');
    await dialog.getByRole('button', { name: 'Reopen for correction' }).click();
    await expect.poll(() => dialog.getByText('Enter why the minutes are reopened').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'approval-reopen');
    await dialog.getByLabel('Reason').fill('The venue was recorded wrongly');
    await dialog.getByRole('button', { name: 'Reopen for correction' }).click();

    await page.getByText('Draft minutes', { exact: true }).waitFor();
    const editor = page.getByRole('textbox', { name: /^Minutes for / }).first();
    await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
    await page.getByText(/^History of these minutes/).click();
    expect(await page.getByText('Reason: The venue was recorded wrongly').count()).toBe(1);
    expect(await page.getByText(/^Approved, .* by /).count()).toBe(1);
  });
});

describe('an edit that reaches approved minutes after approval', () => {
  let server: RunningSyncServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'quorum-e2e-approval-'));
    server = await startSyncServer({ port: 0, dataDir, logger: silentLogger });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections', exact: true });
  const syncStatus = (page: Page): Locator => sections(page).getByRole('status');

  async function openOctoberMinutes(page: Page) {
    await sections(page).getByRole('link', { name: 'Meetings' }).click();
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' })
      .getByRole('link', { name: /Local Authority Network/ })
      .click();
    await meetingTab(page, 'Minutes').click();
    await page.getByRole('textbox', { name: /^Minutes for 5\. Communications/ }).waitFor();
  }

  /** A device that was offline logs its failed reconnection attempts; those are expected. */
  function forgetConnectionErrors(device: Device) {
    const expected = /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed/;
    device.errors.splice(
      0,
      device.errors.length,
      ...device.errors.filter((e) => !expected.test(e)),
    );
  }

  it('shows “Changed after approval” with the difference, and keeping the approved version loses nothing', async () => {
    const chairDir = newProfileDir();
    const chair = await launchQuorum(chairDir);
    // The workspace as it stood after October, whose minutes are still a draft.
    await openWorkspaceFileByKeyboard(chair.page, writeSampleFileAsOf(chairDir, '2023-10-09'));
    await sections(chair.page).getByRole('link', { name: 'Meetings' }).click();
    await chair.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await sections(chair.page).getByRole('link', { name: 'Settings' }).click();
    await chair.page.getByLabel('Your name').fill('Councillor Harland');
    await chair.page.getByLabel('Server address for this workspace').fill(server.url);
    await chair.page.getByRole('button', { name: 'Start syncing' }).click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Synced');
    const code = await chair.page.getByLabel('Invite code for this workspace').inputValue();
    await openOctoberMinutes(chair.page); // sends October's document to the server

    const laptop = await launchQuorum(newProfileDir());
    await sections(laptop.page).getByRole('link', { name: 'Settings' }).click();
    await laptop.page.getByLabel('Your name').fill('Officer');
    await laptop.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await laptop.page.getByLabel('Invite code').fill(code);
    await laptop.page.getByRole('button', { name: 'Join' }).click();
    await laptop.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link', { name: /Local Authority Network/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await openOctoberMinutes(laptop.page);
    await laptop.context.setOffline(true);
    await expect.poll(() => syncStatus(laptop.page).textContent()).toBe('Offline');

    // The chair approves October at a later meeting while the laptop is offline.
    await sections(chair.page).getByRole('link', { name: 'Meetings' }).click();
    await chair.page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = chair.page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill(NOVEMBER.title);
    await dialog.getByLabel('Date').fill(NOVEMBER.date);
    await dialog.getByLabel('Start time').fill('13:00');
    await dialog.getByLabel('End time').fill('14:00');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    await meetingTab(chair.page, 'Minutes').click();
    await chair.page.getByRole('button', { name: 'Record the resolution' }).click();
    await chair.page.getByRole('link', { name: 'Open the minutes of 9 October 2023' }).click();
    await chair.page.getByText('These minutes were approved at the').waitFor();

    // Offline, the laptop has not heard, and its minute-taker adds a line.
    const comms = laptop.page.getByRole('textbox', { name: /^Minutes for 5\. Communications/ });
    // The caret at the end of the item's text, however the click landed: a click lands mid-text.
    await comms.click();
    await comms.evaluate((el) => {
      const selection = window.getSelection();
      selection?.selectAllChildren(el.querySelector('p:last-of-type') ?? el);
      selection?.collapseToEnd();
    });
    await expect
      .poll(() =>
        comms.evaluate((el) => {
          const selection = window.getSelection();
          const last = el.querySelector('p:last-of-type');
          return (
            el.contains(document.activeElement) &&
            selection !== null &&
            selection.isCollapsed &&
            last !== null &&
            last.contains(selection.focusNode)
          );
        }),
      )
      .toBe(true);
    await laptop.page.keyboard.press('Enter');
    await laptop.page.keyboard.type('Added on the train.');
    await laptop.context.setOffline(false);

    for (const page of [chair.page, laptop.page]) {
      const changed = page.getByRole('region', { name: 'Changed after approval' });
      await changed.waitFor({ timeout: 20_000 });
      expect(await changed.getByRole('insertion').textContent()).toBe('Added: Added on the train.');
    }
    expect(await comms.getAttribute('contenteditable')).toBe('false');
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'approval-changed-after-approval');

    await chair.page.getByRole('button', { name: 'Keep the approved version' }).click();
    await chair.page.getByText('The approved version is back.', { exact: false }).waitFor();
    await expect
      .poll(() => laptop.page.getByRole('region', { name: 'Changed after approval' }).count(), {
        timeout: 20_000,
      })
      .toBe(0);
    await laptop.page.getByText(/^History of these minutes/).click();
    await expect.poll(() => laptop.page.getByText('Added: Added on the train.').count()).toBe(1);
    expect(
      await laptop.page
        .getByText(/^Approved version kept; later changes set aside, .* by Councillor Harland\.$/)
        .count(),
    ).toBe(1);
    forgetConnectionErrors(laptop);
  });
});
