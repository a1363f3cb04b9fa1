import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/logger';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, screenshot, type Device } from './harness/browser';

/**
 * Two devices (two Chromium profiles) on one meeting through a real sync server on
 * 127.0.0.1: the chair starts syncing, the minute-taker joins with the address and invite
 * code, each sees the other's typing, and edits made while one is offline merge.
 */

let server: RunningSyncServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'quorum-e2e-sync-'));
  server = await startSyncServer({ port: 0, dataDir, logger: silentLogger });
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const MEETING = 'Steering Group';
const FIRST_ITEM = 'Minutes for 1. Welcome and introductions';
const SECOND_ITEM = 'Minutes for 2. Apologies';

function section(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name });
}

function syncStatus(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('status');
}

async function setName(page: Page, name: string) {
  await section(page, 'Settings').click();
  await page.getByLabel('Your name').fill(name);
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

async function typeInto(page: Page, editor: string, text: string) {
  await page.getByRole('textbox', { name: editor }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The minutes' text, without collaborators' caret labels (aria-hidden decorations). */
const textOf = (page: Page, editor: string) =>
  page.getByRole('textbox', { name: editor }).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.remote-caret')) caret.remove();
    return copy.textContent;
  });

/** A device that was offline logs its failed reconnection attempts; those are expected. */
function forgetConnectionErrors(device: Device) {
  const expected =
    /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed|status of 404 \(Not Found\)/;
  device.errors.splice(0, device.errors.length, ...device.errors.filter((e) => !expected.test(e)));
}

describe('sync between two devices', () => {
  it('joins by address and invite code, shows typing live, and merges offline edits', async () => {
    const chair = await launchQuorum();
    await createMeeting(chair.page);
    await setName(chair.page, 'Chair');
    await chair.page.getByLabel('Server address for this workspace').fill(server.url);
    await chair.page.getByRole('button', { name: 'Start syncing' }).click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Synced');
    const code = (await chair.page.locator('.invite-code').textContent()) ?? '';
    expect(code).toMatch(/^QRM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'sync-settings');

    const minuteTaker = await launchQuorum();
    await setName(minuteTaker.page, 'Minute-taker');
    await minuteTaker.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await minuteTaker.page.getByLabel('Invite code').fill(code.toLowerCase());
    await minuteTaker.page.getByRole('button', { name: 'Join' }).click();
    // The app reopens on the joined workspace, whose meetings arrive from the server.
    await minuteTaker.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link', { name: MEETING })
      .waitFor({ timeout: 20_000 });

    await openMinutes(chair.page);
    await openMinutes(minuteTaker.page);
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('1 other here');
    await expect.poll(() => syncStatus(minuteTaker.page).textContent()).toBe('1 other here');

    // Typing in one appears in the other, with the typist's named caret.
    await typeInto(chair.page, FIRST_ITEM, 'Everyone was welcomed.');
    await expect.poll(() => textOf(minuteTaker.page, FIRST_ITEM)).toBe('Everyone was welcomed.');
    await expect
      .poll(() => minuteTaker.page.locator('.remote-caret-label', { hasText: 'Chair' }).count())
      .toBe(1);
    await expect.poll(() => minuteTaker.page.getByText('Also here: Chair').isVisible()).toBe(true);
    await expectNoAxeViolations(minuteTaker.page);
    await screenshot(minuteTaker.page, 'sync-minutes');

    // The minute-taker loses the network; both keep writing.
    await minuteTaker.context.setOffline(true);
    await expect.poll(() => syncStatus(minuteTaker.page).textContent()).toBe('Offline');
    await typeInto(minuteTaker.page, SECOND_ITEM, 'Apologies from Rose.');
    await typeInto(chair.page, FIRST_ITEM, ' The chair opened the meeting.');
    await chair.page.waitForTimeout(500);
    expect(await textOf(minuteTaker.page, FIRST_ITEM)).toBe('Everyone was welcomed.');

    await minuteTaker.context.setOffline(false);
    for (const page of [chair.page, minuteTaker.page]) {
      await expect
        .poll(() => textOf(page, FIRST_ITEM), { timeout: 20_000 })
        .toBe('Everyone was welcomed. The chair opened the meeting.');
      await expect
        .poll(() => textOf(page, SECOND_ITEM), { timeout: 20_000 })
        .toBe('Apologies from Rose.');
    }
    forgetConnectionErrors(minuteTaker);
  });

  it('refuses a wrong invite code with a clear message and stays on this workspace', async () => {
    const device = await launchQuorum();
    await section(device.page, 'Settings').click();
    await device.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await device.page.getByLabel('Invite code').fill('QRM-0000-0000-0000');
    await device.page.getByRole('button', { name: 'Join' }).click();
    const alert = device.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/did not recognise that invite code/);
    expect(await syncStatus(device.page).textContent()).toBe('Offline');
    // Chromium logs the server's 404 for the unknown code; that is the expected answer.
    forgetConnectionErrors(device);
  });
});
