import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';
import { openWorkspaceFileByKeyboard, writeSampleFileAsOf } from './harness/workspace-file';

/** Long screens have many controls; Tab through all of them if need be. */
const far = { max: 150 };

const A1 = '1 September 2023, A1';
const A2 = '1 September 2023, A2';
const AMENDMENT = 'Item 3: “8 steps” should read “eight steps”';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name });

const card = (page: Page, list: 'Past meetings' | 'Upcoming meetings', date: string) =>
  page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: date });

async function press(
  page: Page,
  target: Locator,
  key = 'Enter',
  options: { max?: number; backwards?: boolean } = far,
) {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}

const back = { ...far, backwards: true };

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

async function wordText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the quarterly cycle', () => {
  // Long: a whole cycle, with Tab pressed a few hundred times (one check of focus each).
  it('prepares January from October, updates actions, approves October with an amendment and prepares April, by keyboard', async () => {
    const profileDir = newProfileDir();
    const { page } = await launchQuorum(profileDir);
    // The workspace as a colleague saved it after the October meeting.
    await openWorkspaceFileByKeyboard(page, writeSampleFileAsOf(profileDir, '2023-10-09'));
    await press(
      page,
      page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', {
        name: 'Meetings',
      }),
      'Enter',
      back,
    );

    // The meetings home: October held, its minutes awaiting approval, nothing arranged yet.
    await expect
      .poll(() => page.getByRole('list', { name: 'Past meetings' }).getByRole('listitem').count())
      .toBe(2);
    await page.getByText('No meeting is arranged yet.').waitFor();
    expect(
      await card(page, 'Past meetings', '9 October 2023').getByText('Draft minutes').count(),
    ).toBe(1);
    expect(await page.getByRole('link', { name: '2 open actions' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'meetings-home');

    // Prepare next meeting: a quarter on from Monday 9 October, the same weekday and times.
    await press(page, page.getByRole('button', { name: 'Prepare next meeting' }));
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await page.getByText('8 January 2024, 1pm - 2pm, Microsoft Teams').waitFor();

    // The chair view: the previous minutes are current, and the chair records the resolution.
    await press(page, section(page, 'Chair view'), 'Enter', back);
    await press(page, page.getByRole('button', { name: 'Start meeting' }));
    await press(page, page.getByRole('button', { name: /^Go to item 4, Minutes of the previous/ }));
    const form = page.getByRole('form', { name: 'Approve the minutes of 9 October 2023' });
    await form.waitFor();
    expect(
      await page.getByText(/^Draft minutes of 9 October 2023: \d+ of \d+ items minuted/).count(),
    ).toBe(1);
    await tabTo(page, form.getByRole('radio', { name: 'Agreed as a correct record', exact: true }));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, form.getByRole('textbox', { name: 'Amendments' }));
    await page.keyboard.type(AMENDMENT);
    await expectNoAxeViolations(page);
    await screenshot(page, 'chair-view-approval');
    await press(page, form.getByRole('button', { name: 'Record the resolution' }));
    await page
      .getByText(
        'That the minutes of the meeting held on 9 October 2023 be agreed as a correct record, subject to the following amendments:',
      )
      .waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: AMENDMENT }).count()).toBe(1);

    // Matters arising: seed 001's two actions, each updated in a single step.
    await press(page, page.getByRole('button', { name: /^Go to item 5, Matters arising/ }));
    const matters = page.getByRole('region', {
      name: 'Matters arising: actions from earlier meetings',
    });
    await matters.waitFor();
    expect(await matters.getByText(A1, { exact: true }).count()).toBe(1);
    expect(await matters.getByText(A2, { exact: true }).count()).toBe(1);
    // Due 14 September 2023 and no date: overdue in words, and on track.
    expect(await matters.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await matters.getByText('On track', { exact: true }).count()).toBe(1);
    await giveUpdate(page, A1, 'D', 'Update given: the presentation was shared on 3 October');
    await giveUpdate(page, A2, 'I', 'Two councils contacted so far');
    await expect.poll(() => matters.getByText('Status: Done', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'chair-view-matters-arising');

    // The minutes carry both: the resolution under item 4, the updates under item 5.
    await press(page, section(page, 'Minutes'), 'Enter', back);
    const updates = page.getByRole('region', {
      name: '5. Matters arising and action log: updates on actions from earlier meetings',
    });
    await expect
      .poll(() =>
        updates.getByText('Status set to in progress. Two councils contacted so far').count(),
      )
      .toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'minutes-matters-arising');
    const january = join(profileDir, 'january.docx');
    await press(page, section(page, 'Export'), 'Enter', back);
    const download = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: 'Export', exact: true }));
    await (await download).saveAs(january);
    expect((await download).suggestedFilename()).toMatch(/^2024-01-08 .+ minutes DRAFT\.docx$/);
    const januaryText = await wordText(january);
    expect(januaryText).toContain(
      'RESOLVED: That the minutes of the meeting held on 9 October 2023',
    );
    expect(januaryText).toContain(AMENDMENT);

    // October is now the approved record: read-only, and says where it was approved.
    await press(page, section(page, 'Minutes'), 'Enter', back);
    await press(page, page.getByRole('link', { name: 'Open the minutes of 9 October 2023' }));
    await page.getByText('These minutes were approved at the').waitFor();
    const editor = page.getByRole('textbox', { name: /^Minutes for / }).first();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('button', { name: /Bold/ }).count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /^(Edit details|Delete meeting)$/ }).count(),
    ).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'approval-frozen-minutes');

    // Back to January by the notice's link; end the meeting and prepare April's.
    await press(page, page.getByRole('link', { name: 'meeting on 8 January 2024' }), 'Enter', back);
    await page.getByRole('heading', { name: 'Minutes', level: 2 }).waitFor();
    await press(page, section(page, 'Chair view'), 'Enter', back);
    await press(page, page.getByRole('button', { name: 'End meeting' }));
    const confirm = page.getByRole('dialog', { name: 'End the meeting?' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'end-meeting-dialog');
    await press(
      page,
      confirm.getByRole('button', { name: 'End and prepare next meeting' }),
      'Enter',
      { max: 5, backwards: true },
    );
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await page.getByText('8 April 2024, 1pm - 2pm, Microsoft Teams').waitFor();

    // In April, the action done in January has left matters arising; the other is back.
    await press(page, section(page, 'Minutes'), 'Enter', back);
    const april = page.getByRole('region', {
      name: '5. Matters arising and action log: updates on actions from earlier meetings',
    });
    await expect.poll(() => april.getByText(A2, { exact: true }).count()).toBe(1);
    expect(await april.getByText(A1, { exact: true }).count()).toBe(0);
  });
});
