import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

const SEED_MEETING = {
  title: 'City of Sanctuary Steering Group',
  date: '2023-10-09',
  start: '13:00',
  end: '14:00',
  summary: '9 October 2023, 1pm - 2pm, Microsoft Teams',
};

async function createMeeting(page: Page, meeting: typeof SEED_MEETING) {
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(meeting.title);
  await dialog.getByLabel('Date').fill(meeting.date);
  await dialog.getByLabel('Start time').fill(meeting.start);
  await dialog.getByLabel('End time').fill(meeting.end);
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  // The new meeting opens at its agenda; the list is one step back.
  await page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
}

function meetingCard(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Meetings' })
    .getByRole('listitem')
    .filter({ hasText: title });
}

describe('meetings screen', () => {
  it('creates a meeting that survives a reload and a browser restart', async () => {
    const profileDir = newProfileDir();
    let device = await launchQuorum(profileDir);
    let { page } = device;

    await expect.poll(() => page.getByText('No meetings yet').isVisible()).toBe(true);
    await createMeeting(page, SEED_MEETING);
    const card = meetingCard(page, SEED_MEETING.title);
    expect(await card.getByRole('heading').textContent()).toBe(SEED_MEETING.title);
    expect(await card.getByText(SEED_MEETING.summary).isVisible()).toBe(true);
    await screenshot(page, 'meetings-list');

    await page.reload();
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    // Polled: the list shows this device's copy first, then the document once it has loaded.
    await expect
      .poll(() => meetingCard(page, SEED_MEETING.title).getByText(SEED_MEETING.summary).count())
      .toBe(1);

    // Close the whole browser and start it again on the same profile: a new app launch.
    await device.context.close();
    device = await launchQuorum(profileDir);
    page = device.page;
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    await expect
      .poll(() => meetingCard(page, SEED_MEETING.title).getByText(SEED_MEETING.summary).count())
      .toBe(1);
  });

  it('shows what is wrong with an incomplete meeting and creates nothing', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Start time').fill('14:00');
    await dialog.getByLabel('End time').fill('13:00');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();

    const summary = dialog.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('There is a problem');
    expect(await summary.textContent()).toContain('Enter a title');
    expect(await summary.textContent()).toContain('The meeting must end after it starts');
    expect(await dialog.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await screenshot(page, 'new-meeting-errors');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByText('No meetings yet').isVisible()).toBe(true);
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New meeting');
  });

  it('has no accessibility violations on the meetings screen, empty and filled', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await page.getByText('No meetings yet').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.getByRole('dialog', { name: 'New meeting' }).waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await createMeeting(page, SEED_MEETING);
    await expectNoAxeViolations(page);
  });

  it('can be used by keyboard alone to create a meeting', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await page.getByText('No meetings yet').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'New meeting' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.waitFor();
    // The title field has focus when the dialog opens.
    await page.keyboard.type('Quarterly steering group');
    await tabTo(page, dialog.getByLabel('Date'));
    await page.keyboard.type('09102023'); // Chromium's en-GB date field reads dd/mm/yyyy
    await tabTo(page, dialog.getByLabel('Start time'));
    await page.keyboard.type('1300');
    await tabTo(page, dialog.getByLabel('End time'));
    await page.keyboard.type('1400');
    await tabTo(page, dialog.getByRole('button', { name: 'Create meeting' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The new meeting opens, its heading focused for screen readers, showing when and where.
    await page.getByRole('heading', { level: 1, name: 'Quarterly steering group' }).waitFor();
    await expect.poll(() => page.getByText(SEED_MEETING.summary).count()).toBe(1);

    // The sidebar is reachable too: Settings shows the app's version from the platform bridge.
    await tabTo(page, page.getByRole('link', { name: 'Settings' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.getByText('Web browser', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});
