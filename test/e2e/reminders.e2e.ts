import type { BrowserWindow } from 'electron';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import { createNotificationHandlers } from '../../electron/ipc/notifications';
import { fake } from '../electron/fakes/electron';
import { appWindow, invokeEvent } from '../electron/helpers';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { sendToPage, type MainProcessInvoke } from './harness/desktop';

// The desktop device's main process runs here, on the fake Electron the main-process tests use.
vi.mock('electron', async () => (await import('../electron/fakes/electron')).electronFake);

// Seed 001 in the sample workspace: Jenny's A1 was due 14 September 2023, overdue on any day
// the test runs; A2 has no due date, so it never reminds.
const SEPTEMBER = 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)';

beforeEach(() => fake.reset());

/** A desktop device: the real preload and handlers, main's window this test's fake one. */
async function launchDesktop() {
  const window = appWindow();
  const getWindow = () => window as unknown as BrowserWindow;
  registerIpcHandlers({ ...allHandlers, ...createNotificationHandlers({ getWindow }) }, getWindow);
  const invoke: MainProcessInvoke = (channel, payload) =>
    fake.invoke(channel, invokeEvent(window), payload);
  const device = await launchQuorum(newProfileDir(), { mainProcess: invoke });
  // What main sends the window reaches the page's preload, as Electron delivers it.
  window.webContents.send.mockImplementation((channel: string, payload: unknown) => {
    void sendToPage(device.page, channel, payload);
  });
  return { ...device, window };
}

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await page
    .getByRole('list', { name: 'Meetings' })
    .getByRole('link', { name: SEPTEMBER })
    .waitFor();
}

const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    return focused?.tagName === 'TR'
      ? {
          id: focused.id,
          reference: focused.querySelector('th')?.childNodes[0]?.textContent?.trim(),
          current: focused.getAttribute('aria-current'),
        }
      : null;
  });

describe('action reminders in the desktop app', () => {
  it('shows a notification for the overdue sample action; clicking it opens the action', async () => {
    const { page, window } = await launchDesktop();
    await openSample(page);

    await expect.poll(() => fake.notifications.length).toBe(1);
    const [reminder] = fake.notifications;
    expect(reminder!.title).toBe('Overdue: 23/? A1');
    expect(reminder!.body).toMatch(
      /^Share presentation with LCC migration te.*\nWas due 14 September 2023\.$/s,
    );

    // The person is elsewhere, the window minimised, when they click it.
    window.minimize();
    reminder!.click();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await expect
      .poll(() => focusedRow(page))
      .toMatchObject({ reference: '23/? A1', current: 'location' });
    const { id } = (await focusedRow(page))!;
    const [[, payload]] = window.webContents.send.mock.calls as [[string, { actionId: string }]];
    expect(id).toBe(`action-${payload.actionId}`);
    expect(await page.evaluate(() => document.location.hash)).toBe(`#/actions#${id}`);
    await screenshot(page, 'reminder-opens-action');
    await expectNoAxeViolations(page);

    // Give A2 a due date in the past, then restart: the check at start shows A2, not A1 again.
    await page.getByRole('button', { name: /^Edit “Link with other councils/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit action' });
    await dialog.getByLabel('Due date').fill('2023-10-02');
    await dialog.getByRole('button', { name: 'Save action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await expect.poll(() => fake.notifications.length).toBe(2);
    expect(fake.notifications[1]!.title).toBe('Overdue: 23/? A2');
    expect(fake.notifications[1]!.body).toMatch(/\nWas due 2 October 2023\.$/);

    // A2 is done before its reminder is clicked: the register widens to show it all the same.
    await page
      .getByRole('combobox', { name: /^Status of “Link with other councils/ })
      .selectOption('done');
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Meetings' })
      .click();
    fake.notifications[1]!.click();
    await expect
      .poll(() => focusedRow(page))
      .toMatchObject({ reference: '23/? A2', current: 'location' });
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('all');
  });

  it('lets each kind be switched off in Settings, and says whose actions are reminded of', async () => {
    const { page } = await launchDesktop();
    await openSample(page);
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Settings' })
      .click();
    const panel = page.getByRole('region', { name: 'Reminders' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(
      'Reminders are for every open action in the workspace.',
    );
    const due = panel.getByRole('checkbox', { name: 'Remind me on the day an action is due' });
    const overdue = panel.getByRole('checkbox', {
      name: 'Remind me when an action becomes overdue',
    });
    expect([await due.isChecked(), await overdue.isChecked()]).toEqual([true, true]);
    await overdue.focus();
    await page.keyboard.press('Space');
    expect(await overdue.isChecked()).toBe(false);

    await page.getByRole('combobox', { name: 'I am' }).selectOption({ label: 'Jennifer Jennings' });
    await expect
      .poll(() => panel.textContent())
      .toContain('Reminders are for your own actions, as Jennifer Jennings');
    await screenshot(page, 'settings-reminders-desktop');
    await expectNoAxeViolations(page);

    // Kept on this device: still off after a restart.
    await page.reload();
    await panel.waitFor();
    expect(await panel.getByRole('checkbox', { name: /becomes overdue/ }).isChecked()).toBe(false);
  });

  it('emails owners their actions through main, and lists owners with no address', async () => {
    const { page } = await launchDesktop();
    await openSample(page);
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Actions' })
      .click();
    await page.getByRole('button', { name: 'Email owners their actions' }).click();
    const panel = page.getByRole('region', { name: 'Email owners their actions' });
    await panel.waitFor();
    expect(await panel.getByRole('listitem').allTextContents()).toEqual([
      'Jennifer Jennings has no email address in People (2 open actions).',
    ]);
    await screenshot(page, 'email-owners-unreachable');
    await expectNoAxeViolations(page);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();

    // Given an address on the People screen, she gets one email with both actions.
    await panel.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Edit Jennifer Jennings' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Jennifer Jennings' });
    await edit.getByLabel('Email (optional)').fill('jenny@example.org');
    await edit.getByRole('button', { name: 'Update details' }).click();
    await edit.waitFor({ state: 'detached' });
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Actions' })
      .click();
    await page.getByRole('button', { name: 'Email owners their actions' }).click();
    await panel.getByRole('button', { name: 'Email Jennifer Jennings' }).click();
    await expect
      .poll(() =>
        panel.getByText('Opened an email to Jennifer Jennings in your mail program.').count(),
      )
      .toBe(1);
    expect(fake.shell.openExternal).toHaveBeenCalledOnce();
    const [url] = fake.shell.openExternal.mock.calls[0]!;
    expect(url.startsWith('mailto:jenny@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    expect(body).toContain('- 23/? A1: Share presentation with LCC migration te');
    expect(body).toContain('  Due 14 September 2023 (Overdue)');
    expect(body).toContain(
      '- 23/? A2: Link with other councils who have been through the process\r\n  No due date (On track)',
    );
    await screenshot(page, 'email-owners');
    await expectNoAxeViolations(page);
  });
});

describe('reminders in a browser', () => {
  it('explains in Settings that reminders need the desktop app', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Settings' })
      .click();
    const panel = page.getByRole('region', { name: 'Reminders' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Reminders need the Quorum desktop app');
    expect(await panel.getByRole('checkbox').count()).toBe(0);
    await screenshot(page, 'settings-reminders-browser');
    await expectNoAxeViolations(page);
  });
});
