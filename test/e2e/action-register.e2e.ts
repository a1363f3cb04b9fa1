import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { chooseWithArrows, tabTo } from './harness/keyboard';

// Seed 001 in the sample workspace: Jenny's two actions, A1 due 14 September 2023 (overdue on
// any day the test runs), A2 with no due date.
const SEPTEMBER = 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)';

/** The reference cells of the register's rows, in the order shown. */
function shownReferences(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'Action register' })
    .locator('tbody th[scope="row"]')
    .evaluateAll((cells) => cells.map((c) => c.childNodes[0]?.textContent?.trim() ?? ''));
}

describe('the action register', () => {
  it('filters to Jennifer Jennings, overdue, and marks two actions done at once, by keyboard', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link', { name: SEPTEMBER })
      .waitFor();

    // To the Actions screen by keyboard.
    const actionsLink = page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Actions' });
    await tabTo(page, actionsLink, { max: 60 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1', '23/? A2']);
    // RAG in words, beside its colour.
    const table = page.getByRole('table', { name: 'Action register' });
    expect(await table.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await table.getByText('On track', { exact: true }).count()).toBe(1);
    // The meeting link is two short lines (date, then the title cut to one), not four.
    const link = table.locator('a.register-meeting').first();
    expect(await link.getAttribute('title')).toBe(`${SEPTEMBER}, 1 September 2023`);
    const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const height = (await link.boundingBox())!.height;
    expect(height).toBeLessThan(lineHeight * 2.6);
    await expectNoAxeViolations(page);

    // Sort by reference, then the other way: the heading says which.
    const refSort = table.getByRole('button', { name: 'Reference', exact: true });
    await tabTo(page, refSort, { max: 80 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A2', '23/? A1']);
    expect(
      await table.getByRole('columnheader', { name: 'Reference' }).getAttribute('aria-sort'),
    ).toBe('descending');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1', '23/? A2']);

    // Grouped by month due: September 2023 first, undated last.
    const groupBy = page.getByLabel('Group by', { exact: true }).first();
    await tabTo(page, groupBy, { backwards: true, max: 80 });
    await chooseWithArrows(page, groupBy, 'Month due');
    await expect
      .poll(() => table.locator('th[scope="colgroup"]').allTextContents())
      .toEqual(['September 2023 (1 action)', 'No due date (1 action)']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'register-by-month');
    await chooseWithArrows(page, groupBy, 'No grouping');
    await expect.poll(() => table.locator('th[scope="colgroup"]').count()).toBe(0);

    // Owner: Jennifer Jennings, chosen by typing her name on the focused list.
    const owner = page.getByLabel('Owner', { exact: true });
    await tabTo(page, owner, { max: 60 });
    await chooseWithArrows(page, owner, 'Jennifer Jennings');
    await expect
      .poll(() => owner.locator('option:checked').textContent())
      .toBe('Jennifer Jennings');
    const overdue = page.getByRole('checkbox', { name: 'Overdue' });
    await tabTo(page, overdue);
    await page.keyboard.press('Space');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1']);
    expect(await page.getByText('1 action shown').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'register-jenny-overdue');

    // Saved as Excel: the filtered rows only (a header and A1), read back from the download.
    const download = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Save these as Excel' }), { max: 40 });
    await page.keyboard.press('Enter');
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(
      /^\d{4}-\d{2}-\d{2} Leeds City Council's .* action register\.xlsx$/,
    );
    const zip = await JSZip.loadAsync(readFileSync((await saved.path())!));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet.match(/<row /g)).toHaveLength(2);
    expect(sheet).toContain('<autoFilter ref="A1:H2"/>');
    // And as Word: the house-style action log of the same rows, A1 with its reference.
    const wordDownload = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Save these as Word' }), {
      backwards: true,
      max: 10,
    });
    await page.keyboard.press('Enter');
    const word = await JSZip.loadAsync(readFileSync((await (await wordDownload).path())!));
    const body = await word.file('word/document.xml')!.async('string');
    expect(body).toContain('23/?\u00a0A1');
    expect(body).toContain('Share presentation with LCC migration team');
    expect(body).not.toContain('Link with other councils');

    // Her history opens under the row.
    const history = page.getByRole('button', { name: 'History of 23/? A1' });
    await tabTo(page, history, { max: 60 });
    await page.keyboard.press('Enter');
    await page.getByText('No updates recorded on 23/? A1 yet.').waitFor();
    expect(await history.getAttribute('aria-expanded')).toBe('true');

    // Both of hers: overdue off, select every action shown, mark them done.
    await tabTo(page, overdue, { backwards: true, max: 60 });
    await page.keyboard.press('Space');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1', '23/? A2']);
    await tabTo(page, page.getByRole('checkbox', { name: 'Select every action shown' }), {
      max: 60,
    });
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: '2 actions selected' }).waitFor();
    // "Done" is the bulk status already chosen; the button applies it.
    expect(await page.getByLabel('New status').inputValue()).toBe('done');
    await tabTo(page, page.getByRole('button', { name: 'Change status' }), {
      backwards: true,
      max: 60,
    });
    await page.keyboard.press('Enter');
    await page.getByText('2 actions marked done.').waitFor();
    // The register shows open and in-progress actions: both have left it.
    await expect.poll(() => shownReferences(page)).toEqual([]);
    await page.getByText('No actions match these filters.').waitFor();

    // Shown again under "Done", each with its history saying who closed it and when.
    const status = page.getByLabel('Status', { exact: true });
    await tabTo(page, status, { backwards: true, max: 60 });
    await chooseWithArrows(page, status, 'Done');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1', '23/? A2']);
    await tabTo(page, page.getByRole('button', { name: 'History of 23/? A2' }), { max: 60 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'History of 23/? A2' }).waitFor();
    expect(await page.locator('.register-history li').first().textContent()).toMatch(
      /\d{1,2} [A-Z][a-z]+ \d{4}.*: marked done$/,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'register-done');

    // "Who I am", set once in Settings on this device, makes "Only my actions" available.
    const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
    await tabTo(page, sections.getByRole('link', { name: 'Settings' }), { max: 120 });
    await page.keyboard.press('Enter');
    const iAm = page.getByLabel('I am', { exact: true });
    await tabTo(page, iAm, { max: 80 });
    await chooseWithArrows(page, iAm, 'Jennifer Jennings');
    await expect.poll(() => iAm.locator('option:checked').textContent()).toBe('Jennifer Jennings');
    await expectNoAxeViolations(page);
    await tabTo(page, sections.getByRole('link', { name: 'Actions' }), {
      backwards: true,
      max: 120,
    });
    await page.keyboard.press('Enter');
    const mine = page.getByRole('checkbox', { name: 'Only my actions (Jennifer Jennings)' });
    await tabTo(page, mine, { max: 80 });
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Owner', { exact: true }).isDisabled()).toBe(true);
    // Open and in progress (the screen's default again): Jenny has none left.
    await page.getByText('No actions match these filters.').waitFor();

    // Everyone's, every status: both of Jenny's actions handed to James Rogers at once.
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Status', { exact: true }), { backwards: true, max: 20 });
    await chooseWithArrows(page, page.getByLabel('Status', { exact: true }), 'All actions');
    await expect.poll(() => shownReferences(page)).toEqual(['23/? A1', '23/? A2']);
    await tabTo(page, page.getByRole('checkbox', { name: 'Select every action shown' }), {
      max: 60,
    });
    await page.keyboard.press('Space');
    const newOwner = page.getByLabel('New owner');
    await tabTo(page, newOwner, { backwards: true, max: 20 });
    await chooseWithArrows(page, newOwner, 'James Rogers');
    await tabTo(page, page.getByRole('button', { name: 'Change owner' }));
    await page.keyboard.press('Enter');
    await page.getByText('2 actions given to James Rogers.').waitFor();
    expect(await table.getByRole('cell', { name: 'James Rogers', exact: true }).count()).toBe(2);

    // An owner's name leads to their page, where the actions just handed to them are listed.
    const handed = await table.getByRole('row').filter({ hasText: 'James Rogers' }).all();
    const descriptions = await Promise.all(
      handed.map((row) => row.getByRole('cell').nth(1).textContent()),
    );
    await tabTo(page, table.getByRole('link', { name: 'James Rogers' }).first(), { max: 60 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'James Rogers', level: 1 }).waitFor();
    const record = page.getByRole('region', { name: 'Actions' });
    for (const description of descriptions)
      await record.getByRole('link', { name: description!, exact: true }).waitFor();
  });
});
