import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

// Seed 001 in the sample workspace: minutes and Jenny's two actions.
const SEPTEMBER = 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)';
const RENAMED = 'Leeds City Council and LCoS';

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await meetingLink(page, SEPTEMBER).waitFor();
}

function meetingLink(page: Page, title: string): Locator {
  return page.getByRole('list', { name: 'Meetings' }).getByRole('link', { name: title });
}

async function openSection(page: Page, name: 'Meetings' | 'Actions') {
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The open meeting's Actions tab: its table of actions. */
async function openMeetingActions(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name: 'Actions' })
    .click();
  return page.getByRole('table', { name: 'Actions agreed at this meeting' });
}

/** The accessible name of the focused element, as a screen reader would announce it. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('correcting a meeting', () => {
  it('edits its details with the New meeting checks, confirming a date change on recorded minutes', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    await meetingLink(page, SEPTEMBER).click();
    await page.getByRole('heading', { level: 1, name: SEPTEMBER }).waitFor();

    await page.getByRole('button', { name: 'Edit details' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit meeting details' });
    expect(await edit.getByLabel('Title').inputValue()).toBe(SEPTEMBER);
    expect(await edit.getByLabel('Date').inputValue()).toBe('2023-09-01');
    await edit.getByLabel('Title').fill('');
    // Seed 001 gives no times: both are blank until the officer enters them.
    expect(await edit.getByLabel('Start time').inputValue()).toBe('');
    await edit.getByLabel('End time').fill('09:00');
    await edit.getByRole('button', { name: 'Save details' }).click();
    const problems = edit.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect
      .poll(() => problems.textContent())
      .toContain('Enter a start time too, or leave both times blank if they were not recorded');
    await edit.getByLabel('Start time').fill('10:00');
    await edit.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => problems.textContent()).toContain('Enter a title');
    expect(await problems.textContent()).toContain('The meeting must end after it starts');
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-edit-errors');

    await edit.getByLabel('Title').fill(RENAMED);
    await edit.getByLabel('End time').fill('11:30');
    await edit.getByLabel('Date').fill('2023-09-04');
    await edit.getByRole('button', { name: 'Save details' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Change the date of a meeting with minutes?',
    });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(
      'This meeting already has its minutes, 1 decision and 2 actions, recorded as taking place on 1 September 2023.',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-date-confirm');

    // Cancel goes back to the form with what was typed, not to the meeting unchanged.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor();
    expect(await edit.getByLabel('Title').inputValue()).toBe(RENAMED);
    await edit.getByRole('button', { name: 'Save details' }).click();
    await confirm.getByRole('button', { name: 'Change the date' }).click();

    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    await expect.poll(() => page.getByText('4 September 2023, 10am - 11.30am').count()).toBe(1);
    expect(await page.getByText('Meeting details saved.').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-details-saved');

    // The list and a reload agree: the index and the meeting's document were both changed.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    await openSection(page, 'Meetings');
    await meetingLink(page, RENAMED).waitFor();
  });

  it('deletes a meeting by keyboard, naming what goes, and Undo brings it all back', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    await meetingLink(page, SEPTEMBER).click();
    await page.getByRole('heading', { level: 1, name: SEPTEMBER }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Delete meeting', exact: true }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Delete this meeting?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(
      new RegExp(
        `This deletes ${SEPTEMBER.replace(/[()]/g, '\\$&')}, 1 September 2023: its agenda of \\d+ items, its minutes, 1 decision and 2 actions\\.`,
      ),
    );
    // Cancel has focus: Enter alone would delete nothing.
    expect(await focusedText(page)).toBe('Cancel');
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-delete-confirm');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Delete meeting');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    const deleted = `${SEPTEMBER}, 1 September 2023 deleted.`;
    await page.getByText(deleted).waitFor();
    expect(await meetingLink(page, SEPTEMBER).count()).toBe(0);
    // The button pressed has gone with the meeting's screen: focus waits on Undo.
    await expect.poll(() => focusedText(page)).toBe('Undo');
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-deleted');

    // Its actions went with it…
    await openSection(page, 'Actions');
    expect(await page.getByText('Link with other councils', { exact: false }).count()).toBe(0);
    // …and Undo still works after moving around the app.
    await openSection(page, 'Meetings');
    await tabTo(page, page.getByRole('button', { name: 'Undo' }));
    await page.keyboard.press('Enter');
    await page.getByText(`${SEPTEMBER}, 1 September 2023 restored.`).waitFor();
    await meetingLink(page, SEPTEMBER).click();
    const table = await openMeetingActions(page);
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
  });
});

describe('correcting an action', () => {
  it('edits, deletes and changes the status of actions, saying what happened, with Undo', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);

    // On the meeting's Actions tab: correct A1's text and due date.
    await meetingLink(page, SEPTEMBER).click();
    const table = await openMeetingActions(page);
    await table.getByRole('button', { name: 'Edit A2' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit action' });
    expect(await edit.getByLabel('Action').inputValue()).toBe(
      'Link with other councils who have been through the process',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-edit-action');
    await edit.getByLabel('Action').fill('');
    await edit.getByRole('button', { name: 'Save action' }).click();
    await edit.getByText('Describe the action').first().waitFor();
    await edit.getByLabel('Action').fill('Link with three councils that hold the award');
    await edit.getByLabel('Due date').fill('2023-11-30');
    await edit.getByRole('button', { name: 'Save action' }).click();
    const a2 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'A2' }) });
    await expect
      .poll(() => a2.textContent())
      .toContain('Link with three councils that hold the award');
    expect(await a2.textContent()).toContain('30 November 2023');
    await page.getByText('Action saved: Link with three councils that hold the award').waitFor();

    // On the Actions screen, filtered to open ones: marking one done says so and offers Undo.
    await openSection(page, 'Actions');
    const status = page.getByLabel('Status of “Link with three councils that hold the award”');
    await status.selectOption('done');
    const marked = 'Action marked done: Link with three councils that hold the award';
    await page.getByText(marked).waitFor();
    expect(await status.count()).toBe(0);
    // The row the person was on has gone: focus moves to Undo, not to the top of the page.
    await expect.poll(() => focusedText(page)).toBe('Undo');
    await expectNoAxeViolations(page);
    await screenshot(page, 'corrections-status-undo');
    await page.keyboard.press('Enter');
    await page
      .getByText('Status put back to open: Link with three councils that hold the award')
      .waitFor();
    await expect.poll(() => status.inputValue()).toBe('open');

    // Deleting asks first, then the row goes.
    await page
      .getByRole('button', { name: 'Edit “Link with three councils that hold the award”' })
      .click();
    await edit.getByRole('button', { name: 'Delete action' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this action?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Delete action' }).click();
    await page.getByText('Action deleted: Link with three councils that hold the award').waitFor();
    expect(await status.count()).toBe(0);
    // Undo has focus, and brings the action back as it was.
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Undo' }).evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Action restored: Link with three councils that hold the award').waitFor();
    await expect.poll(() => status.count()).toBe(1);
  });
});
