import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';

const far = { max: 80 };

function sections(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Sections', exact: true });
}

async function stepHeadings(page: Page): Promise<string[]> {
  const titles = await page
    .getByRole('list', { name: 'Steps' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  return titles.map((title) => title.replace(/\s+/g, ' '));
}

const whereWeAre = (page: Page) => page.getByRole('status').filter({ hasText: 'Where we are' });

describe('the award journey (issue 17)', () => {
  it('starts the City of Sanctuary journey, marks a step done, reorders and adds evidence, by keyboard', async () => {
    const { page, errors } = await launchQuorum(newProfileDir());
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();

    await tabTo(page, sections(page).getByRole('link', { name: 'Journey' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Journey', level: 1 }).waitFor();
    const programme = page.getByRole('radio', {
      name: 'City of Sanctuary: Council of Sanctuary award',
    });
    expect(await programme.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'journey-start');

    await tabTo(page, page.getByRole('button', { name: 'Start the journey' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: 'City of Sanctuary: Council of Sanctuary award', level: 1 })
      .waitFor();
    await expect
      .poll(() => whereWeAre(page).textContent())
      .toContain(
        'Step 1 of 8: Contact your local group to pledge support and connect with their / your shared vision',
      );
    expect(await stepHeadings(page)).toHaveLength(8);
    await page.getByRole('heading', { name: 'Share: no evidence yet' }).waitFor();

    // Step 1 done: the group stands at step 2, and step 1 shows the date it was done.
    await tabTo(page, page.getByRole('button', { name: 'Mark done step 1' }), far);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => whereWeAre(page).textContent())
      .toContain('Step 2 of 8: By joining the network, Leeds pledged');
    const first = page.getByRole('list', { name: 'Steps' }).getByRole('listitem').first();
    expect(await first.textContent()).toMatch(/Done.*Completed: \d{1,2} [A-Z][a-z]+ \d{4}/);

    // Step 8 picked up with the keyboard and dropped one place up.
    const before = await stepHeadings(page);
    await tabTo(page, page.getByRole('button', { name: 'Drag to reorder step 8' }), far);
    await page.keyboard.press('Space');
    await page.getByText('Picked up Step 8, at position 8 of 8.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowUp');
    await page.getByText('Step 8 moved to position 7 of 8.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect
      .poll(() => stepHeadings(page))
      .toEqual([
        ...before.slice(0, 6),
        before[7]!.replace('Step 8:', 'Step 7:'),
        before[6]!.replace('Step 7:', 'Step 8:'),
      ]);

    // Evidence of sharing: the deputation to full council.
    await tabTo(page, page.getByRole('button', { name: 'Add evidence' }), far);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    await dialog.waitFor();
    await page.keyboard.type('Deputation to full council');
    await tabTo(page, dialog.getByLabel('Date'));
    await page.keyboard.type('13092023'); // Chromium's en-GB date field reads dd/mm/yyyy
    await tabTo(page, dialog.getByRole('button', { name: 'Add evidence' }));
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').getByText('Choose Learn, Embed or Share').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'journey-evidence-dialog');

    // With none chosen, Shift+Tab enters the group at its last radio.
    await tabTo(page, dialog.getByRole('radio', { name: 'Share' }), { backwards: true });
    await page.keyboard.press('Space');
    expect(await dialog.getByRole('radio', { name: 'Share' }).isChecked()).toBe(true);
    await tabTo(page, dialog.getByLabel('Criterion it supports (optional)'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, dialog.getByLabel('Description (optional)'));
    await page.keyboard.type('Full council supported the call for action.');
    await tabTo(page, dialog.getByRole('button', { name: 'Add evidence' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const share = page.getByRole('region', { name: 'Share: 1 piece of evidence' });
    await share.waitFor();
    expect(await share.textContent()).toContain('Deputation to full council, 13 September 2023');
    expect(await share.textContent()).toContain(
      'Supports: Pass a council motion setting out commitment to being a place of sanctuary',
    );
    await page.getByRole('heading', { name: 'Learn: no evidence yet' }).waitFor();

    // The checklist: the motion ticked met, the first criterion renamed.
    const motion = page.getByRole('checkbox', { name: /^Pass a council motion/ });
    await tabTo(page, motion, far);
    await page.keyboard.press('Space');
    await expect.poll(() => motion.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Rename criterion 1' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    const rename = page.getByRole('dialog', { name: 'Rename the criterion' });
    await rename.waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Join the network and sign the pledge');
    await page.keyboard.press('Enter');
    await rename.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Join the network and sign the pledge' }).waitFor();

    await expectNoAxeViolations(page);
    await screenshot(page, 'journey');

    expect(errors).toEqual([]);
  });

  it('shows where the sample group stands, adds a decision as evidence and saves the pack', async () => {
    const { page, errors, profileDir } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    const panel = page.getByRole('region', { name: 'Where we are' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(
      'Step 3 of 8: Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
    );
    await screenshot(page, 'journey-meetings-home');

    await panel
      .getByRole('link', { name: 'City of Sanctuary: Council of Sanctuary award' })
      .click();
    await page
      .getByRole('heading', { name: 'City of Sanctuary: Council of Sanctuary award', level: 1 })
      .waitFor();
    await page.getByRole('heading', { name: 'Share: no evidence yet' }).waitFor();
    const embed = page.getByRole('region', { name: 'Embed: 2 pieces of evidence' });
    expect(await embed.textContent()).toContain('Deputation to full council, 13 September 2023');
    await expectNoAxeViolations(page);
    await screenshot(page, 'journey-sample');

    // A decision of 9 October recorded as Embed evidence from the decision log, by keyboard.
    await tabTo(page, sections(page).getByRole('link', { name: 'Decisions' }), {
      backwards: true,
      max: 120,
    });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    const quarterly = 'Frequency of meetings will be on a quarterly basis.';
    const add = page.getByRole('button', { name: `Add as evidence ${quarterly}` });
    await tabTo(page, add, far);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe(quarterly);
    expect(await dialog.getByLabel('Date').inputValue()).toBe('2023-10-09');
    await tabTo(page, dialog.getByRole('radio', { name: 'Learn' }));
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Embed' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await tabTo(page, dialog.getByRole('button', { name: 'Add evidence' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: quarterly });
    await row.getByText('Evidence: Embed').waitFor();

    await sections(page).getByRole('link', { name: 'Journey' }).click();
    const embedNow = page.getByRole('region', { name: 'Embed: 3 pieces of evidence' });
    await embedNow.waitFor();
    expect(await embedNow.textContent()).toContain(`${quarterly}, 9 October 2023`);

    // The evidence pack, read back from the download with JSZip.
    const download = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Save evidence pack as Word' }), {
      backwards: true,
      max: 120,
    });
    await page.keyboard.press('Enter');
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/evidence pack\.docx$/);
    const file = join(profileDir, 'pack.docx');
    await saved.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const embedAt = text.indexOf('Embed');
    const decisionAt = text.indexOf(`${quarterly}, 9 October 2023`);
    expect(embedAt).toBeGreaterThan(-1);
    expect(decisionAt).toBeGreaterThan(embedAt);
    expect(decisionAt).toBeLessThan(text.indexOf('No Share evidence yet.'));
    expect(text).toContain('item 2: Purpose of the Steering Group');
    expect(errors).toEqual([]);
  });
});
