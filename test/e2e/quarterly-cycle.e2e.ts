import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

/** Long screens have many controls; Tab through all of them if need be. */
const far = { max: 150 };

const A1 = '1 September 2023, A1';
const A2 = '1 September 2023, A2';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name });

const card = (page: Page, date: string) =>
  page.getByRole('list', { name: 'Past meetings' }).getByRole('listitem').filter({ hasText: date });

async function press(
  page: Page,
  target: Locator,
  key = 'Enter',
  options: { max?: number; backwards?: boolean } = far,
) {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}

/** Gives an update under matters arising by keyboard: a status by its first letter, a note. */
async function giveUpdate(page: Page, ref: string, statusKey: string | null, note: string) {
  if (statusKey) {
    await tabTo(page, page.getByRole('combobox', { name: `New status for ${ref}` }), far);
    await page.keyboard.type(statusKey);
  }
  await tabTo(page, page.getByRole('textbox', { name: `Progress note for ${ref}` }), far);
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await page.getByText(`Update recorded for ${ref}.`).waitFor();
}

describe('the quarterly cycle', () => {
  it('takes the chair from the prepared January meeting’s matters arising to preparing April’s, by keyboard', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await press(page, page.getByRole('button', { name: 'Open the sample workspace' }));

    // The meetings home: where the group stands, then the meetings held.
    await expect
      .poll(() => page.getByRole('list', { name: 'Past meetings' }).getByRole('listitem').count())
      .toBe(3);
    await page.getByRole('heading', { name: 'Next meeting', level: 2 }).waitFor();
    expect(await card(page, '15 January 2024').getByText('Draft minutes').count()).toBe(1);
    expect(await page.getByRole('link', { name: '2 open actions' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Prepare next meeting' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'meetings-home');

    // January, prepared from 9 October: matters arising in the chair view.
    await press(page, card(page, '15 January 2024').getByRole('link'));
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await press(page, section(page, 'Chair view'), 'Enter', { ...far, backwards: true });
    await press(page, page.getByRole('button', { name: 'Start meeting' }));
    await press(page, page.getByRole('button', { name: /^Go to item 5, Matters arising/ }));
    const current = page.getByRole('heading', { level: 3 }).first();
    await expect.poll(() => current.textContent()).toBe('Item 5: Matters arising and action log');
    const matters = page.getByRole('region', {
      name: 'Matters arising: actions from earlier meetings',
    });
    await matters.waitFor();
    expect(await matters.getByText(A1, { exact: true }).count()).toBe(1);
    expect(await matters.getByText(A2, { exact: true }).count()).toBe(1);
    // Due 14 September 2023 and no date: overdue in words, and on track.
    expect(await matters.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await matters.getByText('On track', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await giveUpdate(page, A1, 'D', 'Update given: the presentation was shared on 3 October');
    await giveUpdate(page, A2, 'I', 'Two councils contacted so far');
    await expect.poll(() => matters.getByText('Status: Done', { exact: true }).count()).toBe(1);
    expect(
      await matters
        .getByRole('list', { name: `Updates given on ${A1}` })
        .getByText('Status set to done. Update given: the presentation was shared on 3 October')
        .count(),
    ).toBe(1);
    await screenshot(page, 'chair-view-matters-arising');

    // The minutes show the updates under the item.
    await press(page, section(page, 'Minutes'), 'Enter', { ...far, backwards: true });
    const minutes = page.getByRole('region', {
      name: '5. Matters arising and action log: updates on actions from earlier meetings',
    });
    await expect
      .poll(() =>
        minutes.getByText('Status set to in progress. Two councils contacted so far').count(),
      )
      .toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'minutes-matters-arising');

    // End the meeting and prepare the next: a quarter on, the same weekday.
    await press(page, section(page, 'Chair view'), 'Enter', { ...far, backwards: true });
    await press(page, page.getByRole('button', { name: 'End meeting' }));
    const confirm = page.getByRole('dialog', { name: 'End the meeting?' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'end-meeting-dialog');
    await press(
      page,
      confirm.getByRole('button', { name: 'End and prepare next meeting' }),
      'Enter',
      {
        max: 5,
        backwards: true,
      },
    );
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await expect.poll(() => page.getByText(/15 April 2024/).count()).toBeGreaterThan(0);

    // In April, the action done in January has left matters arising; the other is back.
    await press(page, section(page, 'Minutes'), 'Enter', { ...far, backwards: true });
    const april = page.getByRole('region', {
      name: '5. Matters arising and action log: updates on actions from earlier meetings',
    });
    await expect.poll(() => april.getByText(A2, { exact: true }).count()).toBe(1);
    expect(await april.getByText(A1, { exact: true }).count()).toBe(0);
  });
});
