import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../shared/format/dates';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

const MEETING = { title: 'City of Sanctuary Steering Group', date: '2023-10-09' };
const JENNY_LINE = 'Jenny to share the presentation with the schools team by 14 September';
const ROSE_LINE = 'Rose to contact Asylum Matters by next Friday';
const WORD_CLIPBOARD = readFileSync('test/fixtures/word-paste/steering-group-notes.html', 'utf8');

/**
 * The due dates the app should suggest, read from the meeting's date (Monday 9 October 2023)
 * whatever today is: 14 September has passed that year, so it is next year's; next Friday is
 * the Friday of the following week.
 */
const DUE: Record<string, string> = { [JENNY_LINE]: '2024-09-14', [ROSE_LINE]: '2023-10-20' };
function expectedDue(line: string): string {
  return DUE[line]!;
}

async function createMeetingAndOpenMinutes(page: Page) {
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(MEETING.title);
  await dialog.getByLabel('Date').fill(MEETING.date);
  await dialog.getByLabel('Start time').fill('13:00');
  await dialog.getByLabel('End time').fill('14:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect.poll(() => page.url()).toMatch(/\/meetings\/[^/]+\/agenda$/);
  await openTab(page, 'Minutes');
}

function attendanceOf(page: Page, person: string, status: string): Locator {
  return page.getByRole('group', { name: new RegExp(person) }).getByLabel(status, { exact: true });
}

/** The minute-taker ticks who is here, adding people on the fly from the meeting. */
async function tickAttendance(page: Page) {
  await openTab(page, 'Attendance');
  for (const [name, role, organisation] of [
    ['Rose McCarthy', 'Leeds CoS steering group member', 'Leeds City of Sanctuary'],
    ['Mary Brandon', 'LCoS steering group member', 'Asylum Matters'],
  ]) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill(name!);
    await dialog.getByLabel('Role').fill(role!);
    await dialog.getByLabel('Organisation').fill(organisation!);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => attendanceOf(page, name!, 'Present').isChecked()).toBe(true);
  }
  await attendanceOf(page, 'Mary Brandon', 'Apologies').check();
  expect(await page.getByText('Present: 1, Apologies: 1').count()).toBe(1);
}

async function openTab(page: Page, name: 'Minutes' | 'Actions' | 'Attendance') {
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { name, level: 2, exact: true }).waitFor();
}

function minutesFor(page: Page, item: string): Locator {
  return page.getByRole('textbox', { name: `Minutes for ${item}` });
}

function toolbarFor(page: Page, item: string): Locator {
  return page.getByRole('toolbar', { name: `Tools for ${item}` });
}

/**
 * The editor's content as an outline a person would describe: block elements with their
 * direct text, lists nested. Structure is what matters here, not markup details.
 */
function outline(editor: Locator): Promise<string[]> {
  return editor.evaluate((root) => {
    const lines: string[] = [];
    const walk = (element: Element, depth: number) => {
      for (const child of element.children) {
        const tag = child.tagName.toLowerCase();
        if (tag === 'ul' || tag === 'ol') walk(child, depth + 1);
        else if (tag === 'li') walk(child, depth);
        else {
          const bold = [...child.querySelectorAll('strong')].map((b) => `**${b.textContent}**`);
          const marker =
            element.tagName === 'LI' ? `${element.parentElement!.tagName.toLowerCase()}>` : '';
          lines.push(
            `${'  '.repeat(depth)}${marker}${tag}: ${child.textContent}${bold.length ? ` ${bold.join(' ')}` : ''}`,
          );
        }
      }
    };
    walk(root, 0);
    return lines;
  });
}

const TYPED_OUTLINE = [
  'h4: Deputation to full council',
  '  ul>p: Learn',
  '    ul>p: Nested point',
  '  ul>p: Embed',
  '  ol>p: An agreed group of core members will attend',
  '  ol>p: Meetings will be quarterly',
  'p: Agreed by all members **Agreed**',
  `p: ${JENNY_LINE}`,
  `p: ${ROSE_LINE}`,
];

describe('the minute-taker', () => {
  it('types structured minutes, captures actions inline and finds both after a reload', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await createMeetingAndOpenMinutes(page);
    await tickAttendance(page);
    await openTab(page, 'Minutes');

    const item = '1. Welcome and introductions';
    const editor = minutesFor(page, item);
    const toolbar = toolbarFor(page, item);
    await editor.click();
    await toolbar.getByRole('button', { name: 'Heading' }).click();
    expect(
      await toolbar.getByRole('button', { name: 'Heading' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.keyboard.type('Deputation to full council');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Learn');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // indents the point under "Learn"
    await page.keyboard.type('Nested point');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Embed');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty point ends the list
    await toolbar.getByRole('button', { name: 'Numbered list' }).click();
    await page.keyboard.type('An agreed group of core members will attend');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Meetings will be quarterly');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Agreed');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' by all members');
    await page.keyboard.press('Enter');

    // First action: the keyboard shortcut on the line just typed, nothing selected.
    await page.keyboard.type(JENNY_LINE);
    await page.keyboard.press('Control+Shift+KeyA');
    let dialog = page.getByRole('dialog', { name: 'New action' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Action').inputValue()).toBe(
      'Share the presentation with the schools team',
    );
    expect(await dialog.getByLabel('Owner', { exact: true }).inputValue()).not.toBe('');
    expect(await dialog.getByLabel('Owner’s name').inputValue()).toBe('Jenny');
    expect(await dialog.getByLabel('Due date').inputValue()).toBe(expectedDue(JENNY_LINE));
    expect(await dialog.getByLabel('Agenda item').locator('option:checked').textContent()).toBe(
      item,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'action-dialog');
    // Jenny is not in the people list yet: name her in full and add her to it.
    await dialog.getByLabel('Owner’s name').fill('Jennifer Jennings');
    await dialog.getByRole('checkbox', { name: 'Add them to the people list' }).check();
    await dialog.getByRole('button', { name: 'Record action' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Focus is back in the minutes, ready for the next line.
    expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // Second action: the toolbar's button.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(ROSE_LINE);
    await toolbar.getByRole('button', { name: 'Make action' }).click();
    dialog = page.getByRole('dialog', { name: 'New action' });
    // Rose McCarthy was added at attendance, so "Rose" is matched to her.
    expect(
      await dialog.getByLabel('Owner', { exact: true }).locator('option:checked').textContent(),
    ).toBe('Rose McCarthy (Leeds City of Sanctuary)');
    expect(await dialog.getByLabel('Due date').inputValue()).toBe(expectedDue(ROSE_LINE));
    await dialog.getByRole('button', { name: 'Record action' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    expect(await outline(editor)).toEqual(TYPED_OUTLINE);
    // Both actions are listed under the item they came from, with their references.
    expect(
      await page
        .getByRole('region', { name: item })
        .getByRole('list', { name: 'Actions from this item' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual([
      `A1 Share the presentation with the schools team (Jennifer Jennings, by ${formatLongDate(expectedDue(JENNY_LINE))})`,
      `A2 Contact Asylum Matters (Rose McCarthy, by ${formatLongDate(expectedDue(ROSE_LINE))})`,
    ]);

    // Now that Jennifer Jennings is in the people list, "Jenny" is matched to her.
    const matters = '5. Matters arising and action log';
    await minutesFor(page, matters).click();
    await page.keyboard.type('Jenny to book the venue for the celebration event by Friday');
    await page.keyboard.press('Control+Shift+KeyA');
    dialog = page.getByRole('dialog', { name: 'New action' });
    const owner = dialog.getByLabel('Owner', { exact: true });
    expect(await owner.locator('option:checked').textContent()).toBe('Jennifer Jennings');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Escape hands focus back to the minutes; type only once it is there.
    await expect
      .poll(() => minutesFor(page, matters).evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);

    // Open questions: one found in the text, one marked with the toolbar, ticked resolved.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Who approves spending over 70k');
    await toolbarFor(page, matters).getByRole('button', { name: 'Mark as open question' }).click();
    await minutesFor(page, '6. Any other business').click();
    await page.keyboard.type('Democratic process clarify after meeting Gerard Watson?');
    const questions = page.getByRole('region', { name: 'Open questions' });
    await expect
      .poll(() => questions.getByRole('listitem').allTextContents())
      .toEqual([
        'ResolvedWho approves spending over 70k5. Matters arising and action log',
        'ResolvedDemocratic process clarify after meeting Gerard Watson?6. Any other business · in the minutes',
      ]);
    await questions
      .getByRole('checkbox', { name: 'Resolved: Who approves spending over 70k' })
      .check();

    // The Minutes tab, with an editor focused, has nothing for axe to report.
    await editor.click();
    await expectNoAxeViolations(page);
    await screenshot(page, 'minutes');

    await openTab(page, 'Actions');
    await checkActionsTable(page);
    await page
      .getByRole('combobox', { name: 'Status of A2' })
      .selectOption({ label: 'In progress' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'meeting-actions');

    // Reload: nothing was saved by hand, and everything is still there.
    await page.reload();
    await page.getByRole('heading', { name: 'Actions', level: 2 }).waitFor();
    await checkActionsTable(page);
    expect(
      await page
        .getByRole('combobox', { name: 'Status of A2' })
        .locator('option:checked')
        .textContent(),
    ).toBe('In progress');
    await openTab(page, 'Attendance');
    await expect.poll(() => attendanceOf(page, 'Rose McCarthy', 'Present').isChecked()).toBe(true);
    expect(await attendanceOf(page, 'Mary Brandon', 'Apologies').isChecked()).toBe(true);
    await openTab(page, 'Minutes');
    await expect.poll(() => outline(minutesFor(page, item))).toEqual(TYPED_OUTLINE);
    expect(
      await page
        .getByRole('region', { name: 'Open questions' })
        .getByRole('checkbox', { name: 'Resolved: Who approves spending over 70k' })
        .isChecked(),
    ).toBe(true);
  });

  it('keeps Word’s lists and bold when notes are pasted from Word', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await createMeetingAndOpenMinutes(page);
    const editor = minutesFor(page, '1. Welcome and introductions');
    await editor.click();
    await editor.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Word text');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, WORD_CLIPBOARD);
    await expect
      .poll(() => outline(editor))
      .toEqual([
        'h4: Steps to become an awarded member',
        'p: The award application needs to include evidence of how the three-step process of learn, embed, and share are evident: **learn, embed, and share**',
        '  ul>p: Learn: learning about what it means to be seeking sanctuary. **Learn**',
        '    ul>p: Training for council services with Contact Theory',
        '  ul>p: Embed: taking positive action to embed concepts of welcome, safety and inclusion. **Embed**',
        '  ul>p: Share: sharing your vision with other local authorities. **Share**',
        '  ol>p: An agreed group of core members will attend the steering group.',
        '  ol>p: Frequency of meetings will be on a quarterly basis. **quarterly**',
        '    ol>p: Next meeting in January',
        '  ol>p: The steering group will engage with people who have lived experience.',
        'p: See the City of Sanctuary site and this.',
      ]);
    expect(await editor.getByRole('emphasis').allTextContents()).toEqual(['Contact Theory']);
    await screenshot(page, 'minutes-word-paste');
    // The web link survives; the javascript: one is dropped to plain text.
    expect(await editor.getByRole('link').count()).toBe(1);
    expect(await editor.getByRole('link').getAttribute('href')).toBe(
      'https://cityofsanctuary.org/',
    );
  });

  it('can be used by keyboard alone: toolbar, link dialog and Add action', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await createMeetingAndOpenMinutes(page);
    const item = '2. Apologies';
    const toolbar = toolbarFor(page, item);

    // The toolbar is one Tab stop; arrow keys move along it.
    await tabTo(page, toolbar, { max: 40 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Heading');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Italic');
    await page.keyboard.press('Tab');
    expect(await minutesFor(page, item).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Received from Mary Brandon, see ');
    // Ctrl+K asks for an address; a bad one is refused with a message.
    await page.keyboard.press('Control+KeyK');
    const linkDialog = page.getByRole('dialog', { name: 'Add link' });
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await linkDialog.getByText('Links must start with https://, http:// or mailto:').waitFor();
    await expectNoAxeViolations(page);
    await linkDialog.getByLabel('Web or email address').fill('www.asylummatters.org');
    await page.keyboard.press('Enter');
    await expect.poll(() => linkDialog.isVisible()).toBe(false);
    const link = minutesFor(page, item).getByRole('link', {
      name: 'https://www.asylummatters.org',
    });
    expect(await link.getAttribute('href')).toBe('https://www.asylummatters.org');

    // Alt+F10 jumps from the text to its toolbar, back on the button last used.
    await page.keyboard.press('Alt+F10');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Italic');

    await openTab(page, 'Actions');
    expect(await page.getByText('No actions yet').isVisible()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Add action' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New action' });
    await tabTo(page, dialog.getByRole('button', { name: 'Record action' }));
    await page.keyboard.press('Enter');
    const problems = dialog.getByRole('alert');
    await expect.poll(() => problems.textContent()).toContain('Describe the action');
    expect(await problems.textContent()).toContain('Choose who owns the action');
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Action').fill('Circulate the draft minutes');
    await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: 'Someone else…' });
    await dialog.getByLabel('Owner’s name').fill('Democratic services');
    await dialog.getByLabel('Due date').fill('2023-10-20');
    await tabTo(page, dialog.getByRole('button', { name: 'Record action' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const row = page.getByRole('row', { name: /A1/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Circulate the draft minutes',
      'Democratic services',
      '20 October 2023Overdue',
      'OpenIn progressDoneDropped',
      'Not linked',
      'Edit A1',
    ]);
    // Focus went back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add action');
  });
});

async function checkActionsTable(page: Page) {
  const table = page.getByRole('table', { name: 'Actions agreed at this meeting' });
  await table.waitFor();
  const cells = async (ref: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${ref} `) })
      .getByRole('cell')
      .allTextContents();
  expect(await table.getByRole('row').count()).toBe(3);
  expect(await cells('A1')).toEqual([
    'Share the presentation with the schools team',
    'Jennifer Jennings',
    // Both dates have passed by any day this test runs.
    `${formatLongDate(expectedDue(JENNY_LINE))}Overdue`,
    'OpenIn progressDoneDropped',
    '1. Welcome and introductions',
    'Edit A1',
  ]);
  expect(await cells('A2')).toEqual([
    'Contact Asylum Matters',
    'Rose McCarthy',
    `${formatLongDate(expectedDue(ROSE_LINE))}Overdue`,
    'OpenIn progressDoneDropped',
    '1. Welcome and introductions',
    'Edit A2',
  ]);
}
