import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/logger';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum } from './harness/browser';
import { tabTo } from './harness/keyboard';

/**
 * What a newcomer hit in the minute-taker's and chair's screens (issue 13, item 11), on the
 * screen most council laptops have: 1366×768.
 */
const LAPTOP = { width: 1366, height: 768 };
const HELP_TEXT = /Every keystroke is saved on this device/;

function sections(page: Page) {
  return page.getByRole('navigation', { name: 'Sections', exact: true });
}

function syncStatus(page: Page): Locator {
  return sections(page).getByRole('status');
}

function meetingTab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name });
}

/** The whole of `target` is inside the window, as a person sees it without scrolling. */
async function inWindow(target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= LAPTOP.height &&
    box.x + box.width <= LAPTOP.width
  );
}

/** What is on screen now, not the full page: the point is what fits in 768 pixels. */
async function windowShot(page: Page, name: string) {
  const dir = join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

async function openSampleMeeting(page: Page) {
  await page.setViewportSize(LAPTOP);
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  const meetings = page.getByRole('list', { name: 'Meetings' });
  await meetings
    .getByRole('link', { name: /Steering Group/ })
    .first()
    .waitFor();
  // The sample's 15 January meeting: October's minutes are approved, so read-only.
  await meetings
    .getByRole('listitem')
    .filter({ hasText: '15 January 2024' })
    .getByRole('link')
    .first()
    .click();
  await meetingTab(page, 'Minutes').waitFor();
}

describe('the minute-taker’s screen on a 1366×768 laptop', () => {
  it('folds the help away for good, fits more than one item, keeps the sidebar in view and lets Esc leave the toolbar', async () => {
    const { page } = await launchQuorum();
    await expect.poll(() => syncStatus(page).textContent()).toBe('On this device only');
    await openSampleMeeting(page);
    await meetingTab(page, 'Minutes').click();
    const editors = page.getByRole('textbox', { name: /^Minutes for / });
    await editors.first().waitFor();
    expect(await page.getByText(HELP_TEXT).isVisible()).toBe(true);

    // Fold the help by keyboard: its one line stays, its text goes.
    const help = page.getByText('Saving and keyboard shortcuts', { exact: true });
    await help.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(HELP_TEXT).isVisible()).toBe(false);
    // Folded, the editors are still described by it for a screen reader.
    expect(await editors.first().getAttribute('aria-describedby')).toBeTruthy();

    // More than one item's minutes start within the window.
    await page.getByRole('heading', { name: 'Minutes', level: 2 }).scrollIntoViewIfNeeded();
    const tops = await editors.evaluateAll((all) =>
      all.map((element) => element.getBoundingClientRect().top),
    );
    expect(tops.filter((top) => top >= 0 && top < LAPTOP.height).length).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
    await windowShot(page, 'newcomer-minutes-1366x768');

    // Esc in an item's toolbar hands focus back to that item's text.
    const second = editors.nth(1);
    await second.click();
    await page.keyboard.press('Alt+F10');
    const secondName = (await second.getAttribute('aria-label'))!.replace('Minutes for ', '');
    const toolbar = page.getByRole('toolbar', { name: `Tools for ${secondName}` });
    await expect
      .poll(() => toolbar.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => second.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);

    // Far down the minutes, the sync status is still in the window.
    await editors.last().click();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inWindow(syncStatus(page))).toBe(true);
    await windowShot(page, 'newcomer-minutes-scrolled');

    // The help stays folded on this device.
    await page.reload();
    await editors.first().waitFor();
    expect(await page.getByText('Saving and keyboard shortcuts', { exact: true }).count()).toBe(1);
    expect(await page.getByText(HELP_TEXT).isVisible()).toBe(false);
  });

  it('keeps the agenda item dialog’s button in view when the empty form shows its errors', async () => {
    const { page } = await launchQuorum();
    await openSampleMeeting(page);
    await meetingTab(page, 'Agenda').click();
    await page.getByRole('button', { name: 'Add item', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
    await dialog.waitFor();
    await dialog.getByLabel('Minutes allotted').fill('');
    const submit = dialog.getByRole('button', { name: 'Add item' });
    await submit.click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByText('Enter a title').count()).toBeGreaterThan(0);
    expect(await inWindow(submit)).toBe(true);
    expect(await inWindow(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await expectNoAxeViolations(page);
    await windowShot(page, 'newcomer-agenda-dialog-errors');

    // The last field can be reached and typed in, with the button still in view.
    const notes = dialog.getByLabel('Notes (optional)');
    await tabTo(page, notes);
    await page.keyboard.type('Papers to read beforehand');
    expect(await inWindow(notes)).toBe(true);
    expect(await inWindow(submit)).toBe(true);
    await page.keyboard.press('Escape');

    // Taller than the window, the action dialog scrolls its fields: it still opens on the
    // first field, not on the scrolling box, and its button stays in view.
    await meetingTab(page, 'Minutes').click();
    await page.getByRole('textbox', { name: /^Minutes for 1\. / }).click();
    await page.keyboard.press('Control+Shift+KeyA');
    const action = page.getByRole('dialog', { name: 'New action' });
    await action.waitFor();
    const record = action.getByRole('button', { name: 'Record action' });
    expect(await inWindow(record)).toBe(true);
    await expect
      .poll(() =>
        action
          .getByLabel('Action', { exact: true })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    const fields = action.getByLabel('Agenda item', { exact: true });
    await tabTo(page, fields);
    expect(await inWindow(fields)).toBe(true);
    expect(await inWindow(record)).toBe(true);
    await expectNoAxeViolations(page);
    await windowShot(page, 'newcomer-action-dialog');
    await page.keyboard.press('Escape');
  });
});

describe('open questions and workspaces, by keyboard', () => {
  it('resolves a question found in the minutes like a marked one', async () => {
    const { page } = await launchQuorum();
    await openSampleMeeting(page);
    await meetingTab(page, 'Minutes').click();
    const editor = page.getByRole('textbox', { name: /^Minutes for 6\. Any other business/ });
    await editor.click();
    await page.keyboard.type('Question: who signs the pledge for the council?');
    const questions = page.getByRole('region', { name: 'Open questions' });
    const box = questions.getByRole('checkbox', {
      name: 'Resolved: Question: who signs the pledge for the council?',
    });
    await box.waitFor();
    await tabTo(page, box, { max: 80 });
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    // Resolving it keeps it in its place, with focus on its box.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await questions.getByText(/· in the minutes · resolved$/).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect.poll(() => box.isChecked()).toBe(true);
  });

  it('shows which workspace is open and asks, naming both, before switching', async () => {
    const { page } = await launchQuorum();
    await openSampleMeeting(page);
    const sampleName = await page.getByRole('heading', { level: 1 }).textContent();
    await sections(page).getByRole('link', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Workspaces on this computer' });
    await panel.waitFor();
    const rows = panel.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Open now$/);
    expect(await rows.nth(1).textContent()).toBe('Steering groupOpen Steering group');
    await expectNoAxeViolations(page);

    // Escape changes nothing and hands focus back to Open.
    const openOther = panel.getByRole('button', { name: 'Open Steering group' });
    await tabTo(page, openOther, { max: 120 });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Switch workspace?' });
    await dialog.waitFor();
    const current = (await rows.nth(0).textContent())!.replace(/Open now$/, '');
    expect(await dialog.textContent()).toContain(
      `Quorum will close ${current} and open Steering group.`,
    );
    await expectNoAxeViolations(page);
    await windowShot(page, 'newcomer-switch-workspace');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await openOther.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Open Steering group' }));
    await page.keyboard.press('Enter');
    // The app reopens on the other workspace, still in Settings, and says so.
    await expect
      .poll(() => rows.nth(0).textContent(), { timeout: 20_000 })
      .toBe('Steering groupOpen now');
    expect(await rows.nth(1).textContent()).toBe(`${current}Open ${current}`);
    await sections(page).getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('button', { name: 'Open the sample workspace' }).waitFor();
    expect(await page.getByText(sampleName!).count()).toBe(0);
  });
});

describe('the chair’s item in the minutes, live across devices', () => {
  let server: RunningSyncServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'quorum-e2e-newcomer-'));
    server = await startSyncServer({ port: 0, dataDir, logger: silentLogger });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('marks the item the chair is on, in words, and moves the mark when the chair moves on', async () => {
    const chair = await launchQuorum();
    await openSampleMeeting(chair.page);
    const meetingUrl = chair.page.url();
    await sections(chair.page).getByRole('link', { name: 'Settings' }).click();
    await chair.page.getByLabel('Server address for this workspace').fill(server.url);
    await chair.page.getByRole('button', { name: 'Start syncing' }).click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Synced');
    const code = await chair.page.getByLabel('Invite code for this workspace').inputValue();

    const minuteTaker = await launchQuorum();
    await minuteTaker.page.setViewportSize(LAPTOP);
    await sections(minuteTaker.page).getByRole('link', { name: 'Settings' }).click();
    await minuteTaker.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await minuteTaker.page.getByLabel('Invite code').fill(code);
    await minuteTaker.page.getByRole('button', { name: 'Join' }).click();
    await minuteTaker.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link')
      .first()
      .waitFor({ timeout: 20_000 });
    await minuteTaker.page.goto(meetingUrl.replace(/\/[^/]+$/, '/minutes'));
    const { page } = minuteTaker;
    await page.getByRole('heading', { name: 'Minutes', level: 2 }).waitFor();
    const chairIsOn = page.getByRole('status').filter({ hasText: 'The chair is on' });
    const marked = page.getByText('The chair is on this item', { exact: true });
    expect(await marked.count()).toBe(0);

    await chair.page.goto(meetingUrl.replace(/\/[^/]+$/, '/run'));
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    await expect
      .poll(() => chairIsOn.textContent(), { timeout: 20_000 })
      .toBe('The chair is on 1. Welcome and introductions.');
    const firstItem = page.getByRole('region', { name: '1. Welcome and introductions' });
    expect(await firstItem.getByText('The chair is on this item').count()).toBe(1);

    await chair.page.getByRole('button', { name: 'Next item' }).click();
    await expect
      .poll(() => chairIsOn.textContent(), { timeout: 20_000 })
      .toBe('The chair is on 2. Apologies.');
    expect(await marked.count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: '2. Apologies' })
        .getByText('The chair is on this item')
        .count(),
    ).toBe(1);
    expect(await inWindow(syncStatus(page))).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('region', { name: '2. Apologies' }).scrollIntoViewIfNeeded();
    await windowShot(page, 'newcomer-chair-item');
  });
});
