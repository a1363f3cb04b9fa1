import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

/** Seed 000: the Leeds City of Sanctuary steering group, 9 October 2023, 1pm - 2pm. */
const MEETING = {
  title: 'City of Sanctuary Steering Group',
  date: '09102023',
  start: '1300',
  end: '1400',
};

/** A long agenda has many controls; Tab through all of them if need be. */
const far = { max: 120 };

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function agendaTitles(page: Page) {
  const titles = await page
    .getByRole('list', { name: 'Agenda items' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  return titles.map((title) => title.replace(/\s+/g, ' ')); // the number ends in a no-break space
}

async function createMeetingByKeyboard(page: Page) {
  await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
  await tabTo(page, page.getByRole('button', { name: 'New meeting' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.waitFor();
  await page.keyboard.type(MEETING.title);
  await tabTo(page, dialog.getByLabel('Date'));
  await page.keyboard.type(MEETING.date); // Chromium's en-GB date field reads dd/mm/yyyy
  await tabTo(page, dialog.getByLabel('Start time'));
  await page.keyboard.type(MEETING.start);
  await tabTo(page, dialog.getByLabel('End time'));
  await page.keyboard.type(MEETING.end);
  await tabTo(page, dialog.getByRole('button', { name: 'Create meeting' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
  expect(page.url()).toMatch(/#\/meetings\/[^/]+\/agenda$/);
}

async function addItemByKeyboard(
  page: Page,
  item: {
    title: string;
    presenter: string;
    minutes: string;
    purposeKey?: 'ArrowLeft' | 'ArrowRight';
  },
) {
  await tabTo(page, page.getByRole('button', { name: 'Add item', exact: true }), far);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.waitFor();
  await page.keyboard.type(item.title); // Title has focus when the dialog opens
  await tabTo(page, dialog.getByLabel('Presenter (optional)'));
  await page.keyboard.type(item.presenter);
  await tabTo(page, dialog.getByLabel('Minutes allotted'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(item.minutes);
  await tabTo(page, dialog.getByRole('radio', { name: 'For discussion' }));
  if (item.purposeKey) await page.keyboard.press(item.purposeKey);
  await tabTo(page, dialog.getByRole('button', { name: 'Add item' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  // Focus comes back to "Add item", ready for the next one.
  expect(await isFocused(page.getByRole('button', { name: 'Add item', exact: true }))).toBe(true);
}

describe('the chair’s journey', () => {
  // Long: a whole meeting, with Tab pressed a few hundred times (one check of focus each).
  it('builds the agenda and runs the meeting by keyboard alone', async () => {
    const profileDir = newProfileDir();
    const device = await launchQuorum(profileDir);
    const { page } = device;
    await createMeetingByKeyboard(page);

    // The standard agenda, numbered, against a 60-minute meeting.
    expect(await agendaTitles(page)).toEqual([
      '1. Welcome and introductions',
      '2. Apologies',
      '3. Declarations of interest',
      '4. Minutes of the previous meeting',
      '5. Matters arising and action log',
      '6. Any other business',
      '7. Date of next meeting',
    ]);
    expect(await page.getByText('Total 31 minutes of 60 (29 minutes spare)').isVisible()).toBe(
      true,
    );

    // An empty item is refused, GOV.UK style, and Escape hands focus back.
    await tabTo(page, page.getByRole('button', { name: 'Add item', exact: true }));
    await page.keyboard.press('Enter');
    const addDialog = page.getByRole('dialog', { name: 'Add an agenda item' });
    await tabTo(page, addDialog.getByRole('button', { name: 'Add item' }));
    await page.keyboard.press('Enter');
    const problem = addDialog.getByRole('alert');
    await expect.poll(() => problem.textContent()).toContain('There is a problem');
    expect(await problem.textContent()).toContain('Enter a title');
    expect(await addDialog.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => addDialog.isVisible()).toBe(false);

    await addItemByKeyboard(page, {
      title: 'Purpose of the Steering Group',
      presenter: 'Councillor Harland',
      minutes: '10',
    });
    await addItemByKeyboard(page, {
      title: 'Migration Strategy',
      presenter: 'Migration team',
      minutes: '15',
      purposeKey: 'ArrowLeft', // For discussion → For information
    });
    expect((await agendaTitles(page)).slice(5, 8)).toEqual([
      '6. Purpose of the Steering Group',
      '7. Migration Strategy',
      '8. Any other business',
    ]);
    const migration = page
      .getByRole('list', { name: 'Agenda items' })
      .getByRole('listitem')
      .filter({ hasText: 'Migration Strategy' });
    expect(await migration.textContent()).toContain('Presenter: Migration team');
    expect(await migration.textContent()).toContain('For information');
    expect(await page.getByText('Total 56 minutes of 60 (4 minutes spare)').isVisible()).toBe(true);

    // dnd-kit's keyboard drag: Space picks up, ArrowUp moves, Space drops.
    const handle = page.getByRole('button', { name: 'Drag to reorder Migration Strategy' });
    await tabTo(page, handle, far);
    await page.keyboard.press('Space');
    await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
    await page
      .getByText('Picked up Migration Strategy, at position 7 of 9.')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowUp');
    await page
      .getByText('Migration Strategy moved to position 6 of 9.')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(async () => (await agendaTitles(page))[5]).toBe('6. Migration Strategy');
    expect((await agendaTitles(page))[6]).toBe('7. Purpose of the Steering Group');
    await expect.poll(() => isFocused(handle)).toBe(true);

    // The Move buttons, named for their item; focus follows the item it moved.
    const moveDown = page.getByRole('button', { name: 'Move down Migration Strategy' });
    await tabTo(page, moveDown);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await agendaTitles(page))[6]).toBe('7. Migration Strategy');
    await expect.poll(() => isFocused(moveDown)).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Move up Migration Strategy' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await agendaTitles(page))[5]).toBe('6. Migration Strategy');
    expect((await agendaTitles(page))[6]).toBe('7. Purpose of the Steering Group');
    await expectNoAxeViolations(page);
    await screenshot(page, 'agenda');

    // Delete asks first; Cancel has focus, and focus returns to Delete.
    const deletePurpose = page.getByRole('button', {
      name: 'Delete Purpose of the Steering Group',
    });
    await tabTo(page, deletePurpose);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', {
      name: 'Delete item 7, Purpose of the Steering Group?',
    });
    await confirm.waitFor();
    expect(await isFocused(confirm.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(deletePurpose)).toBe(true);

    // Edit: overrunning the meeting shows a warning in words, not only in colour.
    await tabTo(page, page.getByRole('button', { name: 'Edit Migration Strategy' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    const editDialog = page.getByRole('dialog', { name: 'Edit item 6' });
    await editDialog.waitFor();
    expect(await editDialog.getByLabel('Title').inputValue()).toBe('Migration Strategy');
    await expectNoAxeViolations(page);
    await tabTo(page, editDialog.getByLabel('Minutes allotted'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('25');
    await tabTo(page, editDialog.getByRole('button', { name: 'Update item' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => editDialog.isVisible()).toBe(false);
    expect(await page.getByText('Total 66 minutes of 60 (6 minutes over)').isVisible()).toBe(true);
    expect(
      await page.getByText('Warning: The agenda is 6 minutes longer than the meeting').count(),
    ).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'agenda-over-time');

    // The chair view, reached from the meeting's tabs.
    await tabTo(page, page.getByRole('link', { name: 'Chair view' }), { ...far, backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Chair view', level: 2 }).waitFor();
    expect(await page.getByText('The meeting has not started').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const current = page.getByRole('heading', { level: 3 }).first();
    await tabTo(page, page.getByRole('button', { name: 'Start meeting' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => current.textContent()).toBe('Item 1: Welcome and introductions');
    await expect.poll(() => isFocused(current)).toBe(true);
    expect(await page.getByText('Now on item 1 of 9: Welcome and introductions').count()).toBe(1);

    const next = page.getByRole('button', { name: 'Next item' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect.poll(() => current.textContent()).toBe('Item 2: Apologies');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => current.textContent()).toBe('Item 3: Declarations of interest');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => current.textContent()).toBe('Item 2: Apologies');
    await tabTo(page, page.getByRole('button', { name: 'Previous item' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => current.textContent()).toBe('Item 1: Welcome and introductions');
    expect(page.url()).toMatch(/\/run$/); // Alt+Left did not go Back in history

    // Jump from the running order; the clock ticks while the item is discussed.
    await tabTo(
      page,
      page.getByRole('button', { name: 'Go to item 7, Purpose of the Steering Group' }),
      far,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => current.textContent()).toBe('Item 7: Purpose of the Steering Group');
    await expect.poll(() => isFocused(current)).toBe(true);
    const clock = page.getByRole('group', { name: 'This item' }).locator('time');
    const firstReading = await clock.textContent();
    expect(firstReading).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => clock.textContent(), { timeout: 4_000 }).not.toBe(firstReading);

    // Decisions: an empty one is refused; shortcuts leave a field being typed in alone.
    const decisionField = page.getByLabel('Decision', { exact: true });
    const record = page.getByRole('button', { name: 'Record decision' });
    await tabTo(page, record);
    await page.keyboard.press('Enter');
    expect(await page.getByText('Error: Enter the decision').count()).toBe(1);
    expect(await isFocused(decisionField)).toBe(true);
    await page.keyboard.type('Agreed quarterly meetings');
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await current.textContent()).toBe('Item 7: Purpose of the Steering Group');
    await page.keyboard.press('Enter');
    const decisions = page.getByRole('region', { name: 'Decisions on item 7' });
    await expect
      .poll(() => decisions.getByRole('listitem').allTextContents())
      .toEqual(['Agreed quarterly meetingsRemove decision: Agreed quarterly meetings']);
    expect(await page.getByRole('list', { name: 'Decisions on item 7' }).textContent()).toBe(
      'Agreed quarterly meetings',
    );

    // The date of the next meeting.
    const nextMeeting = page.getByRole('region', { name: 'Date of next meeting' });
    await tabTo(page, nextMeeting.getByLabel('Date', { exact: true }));
    await page.keyboard.type('09012024');
    await tabTo(page, nextMeeting.getByLabel('Start time (optional)'));
    await page.keyboard.type('1300');
    await tabTo(page, nextMeeting.getByLabel('End time (optional)'));
    await page.keyboard.type('1400');
    await tabTo(page, nextMeeting.getByRole('button', { name: 'Set date of next meeting' }));
    await page.keyboard.press('Enter');
    const nextDate = nextMeeting.getByText('Next meeting: 9 January 2024, 1pm - 2pm');
    await expect.poll(() => nextDate.count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'chair-view');

    // Everything was written as it happened: a reload finds it all.
    await page.reload();
    await page.getByRole('heading', { name: 'Chair view', level: 2 }).waitFor();
    await expect.poll(() => current.textContent()).toBe('Item 7: Purpose of the Steering Group');
    expect(await decisions.getByText('Agreed quarterly meetings', { exact: true }).count()).toBe(1);
    expect(await nextDate.count()).toBe(1);

    // End the meeting, once confirmed: the clocks stop, and it can be resumed.
    await tabTo(page, page.getByRole('button', { name: 'End meeting' }), far);
    await page.keyboard.press('Enter');
    const confirmEnd = page.getByRole('dialog', { name: 'End the meeting?' });
    await tabTo(page, confirmEnd.getByRole('button', { name: 'End meeting' }), { backwards: true });
    await page.keyboard.press('Enter');
    const resume = page.getByRole('button', { name: 'Resume meeting' });
    await resume.waitFor();
    expect(await page.getByText('Last item discussed, item 7 of 9').isVisible()).toBe(true);
    await expect.poll(() => isFocused(current)).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'chair-view-ended');

    await tabTo(page, page.getByRole('link', { name: 'Agenda', exact: true }), {
      ...far,
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    expect((await agendaTitles(page)).slice(5, 7)).toEqual([
      '6. Migration Strategy',
      '7. Purpose of the Steering Group',
    ]);
  }, 150_000);

  it('reorders the agenda by dragging an item with the mouse', async () => {
    const profileDir = newProfileDir();
    const device = await launchQuorum(profileDir);
    const { page } = device;
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill(MEETING.title);
    await dialog.getByLabel('Date').fill('2023-10-09');
    await dialog.getByLabel('Start time').fill('13:00');
    await dialog.getByLabel('End time').fill('14:00');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();

    // Scroll both handles well clear of the window's edges, where dnd-kit would auto-scroll.
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const from = await page
      .getByRole('button', { name: 'Drag to reorder Apologies' })
      .boundingBox();
    const onto = await page
      .getByRole('button', { name: 'Drag to reorder Minutes of the previous meeting' })
      .boundingBox();
    const x = from!.x + from!.width / 2;
    await page.mouse.move(x, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, onto!.y + onto!.height / 2, { steps: 20 });
    // Drop once the list has made room, as a person would, not in the same millisecond.
    await page.getByText('Apologies moved to position 4 of 7.').waitFor({ state: 'attached' });
    await page.mouse.up();

    const expected = [
      '1. Welcome and introductions',
      '2. Declarations of interest',
      '3. Minutes of the previous meeting',
      '4. Apologies',
      '5. Matters arising and action log',
      '6. Any other business',
      '7. Date of next meeting',
    ];
    await expect.poll(() => agendaTitles(page)).toEqual(expected);
    await page.reload();
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    expect(await agendaTitles(page)).toEqual(expected);

    // Deleting asks first, then focus moves on to the next item.
    await page.getByRole('button', { name: 'Delete Apologies' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete item 4, Apologies?' });
    expect(await confirm.textContent()).toContain('also deletes the item’s minutes and decisions');
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await expect
      .poll(() => agendaTitles(page))
      .toEqual([
        '1. Welcome and introductions',
        '2. Declarations of interest',
        '3. Minutes of the previous meeting',
        '4. Matters arising and action log',
        '5. Any other business',
        '6. Date of next meeting',
      ]);
    await expect
      .poll(() =>
        isFocused(page.getByRole('button', { name: 'Edit Matters arising and action log' })),
      )
      .toBe(true);
  });

  it('says in words when an item and the meeting run over', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    // A controllable clock, so twenty minutes pass in a moment; installed before the app loads.
    await page.clock.install({ time: new Date('2023-10-09T13:00:00+01:00') });
    await page.reload();
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill(MEETING.title);
    await dialog.getByLabel('Date').fill('2023-10-09');
    await dialog.getByLabel('Start time').fill('13:00');
    await dialog.getByLabel('End time').fill('13:15');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('link', { name: 'Chair view' }).click();
    await page.getByRole('button', { name: 'Start meeting' }).click();

    await page.clock.fastForward('07:10');
    const item = page.getByRole('group', { name: 'This item' });
    await expect.poll(() => item.locator('time').textContent()).toBe('07:10');
    expect(await item.textContent()).toContain('2 minutes over');
    const meeting = page.getByRole('group', { name: 'Whole meeting' });
    expect(await meeting.textContent()).toContain('8 minutes left');
    await page.clock.fastForward('10:00');
    await expect.poll(() => meeting.locator('time').textContent()).toBe('17:10');
    expect(await meeting.textContent()).toContain('2 minutes over');
    await expectNoAxeViolations(page);
    await screenshot(page, 'chair-view-over-time');
  });
});
