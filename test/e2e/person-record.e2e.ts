import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDocx, tables } from '../shared/export/house/docx-reader';
import { byColumn, readWorkbook } from '../shared/export/xlsx/read-workbook';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';

const meetingTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name });

/** Presses a save button and returns the downloaded file's bytes, checking its name. */
async function savedBytes(page: Page, button: string, name: RegExp): Promise<Uint8Array> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(name);
  const file = join(mkdtempSync(join(tmpdir(), 'quorum-attendance-')), saved.suggestedFilename());
  await saved.saveAs(file);
  return new Uint8Array(readFileSync(file));
}

async function openSampleMeeting(page: Page, date: string) {
  await page.getByRole('link', { name: 'Meetings', exact: true }).first().click();
  await page
    .getByRole('list', { name: 'Past meetings' })
    .getByRole('listitem')
    .filter({ hasText: date })
    .getByRole('link')
    .click();
}

describe('people’s records, attendance and quorum', () => {
  it('opens a person’s page with their attendance, tables attendance, and shows the quorum', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page.getByRole('list', { name: 'Past meetings' }).waitFor();

    // A person's page, from their name in the directory.
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page
      .getByRole('table', { name: 'People in the group' })
      .getByRole('link', { name: 'Councillor Harland' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Councillor Harland' }).waitFor();
    const figures = page.locator('.attendance-figures');
    await expect
      .poll(() => figures.textContent())
      .toBe('Attended 1 of 1 meetings (100%), apologies 0, absent 0: all meetings.');
    const byMeeting = page.getByRole('table', { name: 'Attendance meeting by meeting' });
    expect(await byMeeting.getByRole('row').allTextContents()).toEqual([
      'MeetingAttendance',
      '15 January 2024Not marked',
      '9 October 2023Present',
      '1 September 2023Not marked',
    ]);
    // A period that leaves October out.
    await page.getByLabel('From').fill('2023-11-01');
    await expect
      .poll(() => figures.textContent())
      .toBe('Not marked at any meeting (from 1 November 2023).');
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-record');

    // The attendance table, people by meetings.
    await page.getByRole('link', { name: 'People', exact: true }).first().click();
    await page.getByRole('link', { name: 'Attendance table' }).click();
    const table = page.getByRole('table', { name: 'People by meetings' });
    await table.waitFor();
    const harland = table.getByRole('row').filter({ hasText: 'Councillor Harland' });
    expect(await harland.getByRole('cell').allTextContents()).toEqual([
      'Not marked',
      'Present',
      'Not marked',
      '1 of 1',
      '0',
      '0',
      '100%',
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'attendance-table');
    // Saved to Word: the same figures, in the house style's tables.
    const { document } = await openDocx(
      await savedBytes(page, 'Save as Word', /attendance\.docx$/),
    );
    const summary = tables(document)[0]!;
    expect(summary.rows.find((r) => r.cells[0] === 'Councillor Harland')?.cells).toEqual([
      'Councillor Harland',
      '1',
      '1',
      '0',
      '0',
      '100%',
    ]);
    // And to Excel, for the officer's spreadsheet: the same figures and marks, read back.
    const book = await readWorkbook(await savedBytes(page, 'Save as Excel', /attendance\.xlsx$/));
    const row = book.sheets[0]!.rows.map(byColumn).find(
      (r) => r.get('A')?.value === 'Councillor Harland',
    );
    expect(['B', 'C', 'F', 'H'].map((col) => row?.get(col)?.value)).toEqual([1, 1, 1, 'Present']);

    // The quorum rule, set in the group profile, read on the attendance tab and in the chair view.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Members needed').fill('3');
    await openSampleMeeting(page, '1 September 2023');
    await meetingTab(page, 'Attendance').click();
    const quorum = page.getByRole('status', { name: 'Quorum' });
    await expect.poll(() => quorum.textContent()).toBe('Quorate (5 present, 3 needed)');
    await expectNoAxeViolations(page);
    await openSampleMeeting(page, '9 October 2023');
    await meetingTab(page, 'Attendance').click();
    await expect.poll(() => quorum.textContent()).toBe('Not quorate (1 present, 3 needed)');
    await meetingTab(page, 'Chair view').click();
    await expect.poll(() => quorum.textContent()).toBe('Not quorate (1 present, 3 needed)');
  });

  it('merges a duplicate into the person kept, whose page then counts the duplicate’s marks', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page.getByRole('list', { name: 'Past meetings' }).waitFor();

    // "Jenny", added again at January's meeting (its minutes are still a draft), sent apologies.
    await openSampleMeeting(page, '15 January 2024');
    await meetingTab(page, 'Attendance').click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    const add = page.getByRole('dialog', { name: 'Add a person' });
    await add.getByLabel('Name').fill('Jenny');
    await add.getByRole('button', { name: 'Add person' }).click();
    await page
      .getByRole('group', { name: /^Jenny/ })
      .getByLabel('Apologies')
      .check();

    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: 'Jennifer Jennings' }).click();
    await page.getByRole('button', { name: 'Merge a duplicate' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge a duplicate into Jennifer Jennings' });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => merge.getByText('Choose the duplicate to merge').count()).toBe(1);
    await merge.getByLabel('Duplicate').selectOption({ label: 'Jenny' });
    await expectNoAxeViolations(page);
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => merge.count()).toBe(0);

    await expect
      .poll(() => page.locator('.attendance-figures').textContent())
      .toBe('Attended 1 of 2 meetings (50%), apologies 1, absent 0: all meetings.');
    await page.getByRole('link', { name: 'People', exact: true }).first().click();
    const names = page.getByRole('table', { name: 'People in the group' }).getByRole('rowheader');
    await expect.poll(() => names.allTextContents()).not.toContain('Jenny');
    // January's attendance tab shows the mark against the person kept.
    await openSampleMeeting(page, '15 January 2024');
    await meetingTab(page, 'Attendance').click();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: /Jennifer Jennings/ })
          .getByLabel('Apologies')
          .isChecked(),
      )
      .toBe(true);
  });
});
