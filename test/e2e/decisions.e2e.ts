import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decisionIndexMap, meetingsMap } from '../../shared/model';
import { buildSampleWorkspace } from '../../shared/sample';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';
import { openWorkspaceDocs } from './harness/workspace-file';

const HARLAND_DECLARATION =
  'Councillor Harland declared an other registrable interest in item 6 as a trustee of Leeds City of Sanctuary and remained in the meeting.';

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  const meetings = page.getByRole('list', { name: 'Meetings' });
  // The two seed meetings and January, prepared from October.
  await expect.poll(() => meetings.getByRole('listitem').count()).toBe(3);
}

async function goTo(page: Page, section: 'Decisions' | 'Settings' | 'Meetings') {
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: section })
    .click();
  await page.getByRole('heading', { name: section, level: 1 }).waitFor();
}

describe('declarations of interest and minute references', () => {
  it('records a declaration by keyboard and shows it in the minutes’ words', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);

    await goTo(page, 'Settings');
    await page.getByLabel('Minute reference prefix').fill('SG');
    await page.getByLabel('Minute reference prefix').blur();
    await expect.poll(() => page.getByLabel('Minute reference prefix').inputValue()).toBe('SG');

    await goTo(page, 'Meetings');
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '15 January 2024' })
      .getByRole('link', { name: /Steering Group/ })
      .click();
    // The meeting opens on its agenda, where each item shows its reference too: provisional,
    // after October's five, which were given at their approval.
    const other = page
      .getByRole('list', { name: 'Agenda items' })
      .getByRole('listitem')
      .filter({ hasText: 'Any other business' });
    await expect.poll(() => other.textContent()).toContain('Minute SG 23/11 (provisional)');
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Minutes' })
      .click();
    const item = page.getByRole('region', { name: /^3\. Declarations of interest/ });
    await item.waitFor();
    // Not yet approved: the reference is shown, and marked provisional in words.
    expect(await item.getByRole('heading', { level: 3 }).textContent()).toContain(
      'Minute SG 23/8 (provisional)',
    );
    await item.getByText('No declarations of interest were made.').waitFor();

    const record = item.getByRole('button', { name: 'Record a declaration' });
    await tabTo(page, record, { max: 60 });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Record a declaration of interest' });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Record declaration' });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').getByText('Choose who declared the interest').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'declaration-dialog');

    await dialog.getByLabel('Who declared it').selectOption({ label: 'Councillor Harland' });
    await dialog
      .getByLabel('Agenda item the interest is in')
      .selectOption({ label: 'Item 6: Any other business' });
    await dialog.getByLabel('Other registrable interest').press('Space');
    await dialog.getByLabel('Remained in the meeting').press('Space');
    await dialog.getByLabel('Nature of the interest').fill('a trustee of Leeds City of Sanctuary');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const declarations = item.getByRole('list', { name: 'Declarations of interest' });
    await expect
      .poll(() => declarations.getByRole('listitem').allTextContents())
      .toEqual([`${HARLAND_DECLARATION} Remove the declaration by Councillor Harland`]);
    await item.getByText('Declaration recorded.', { exact: false }).waitFor();
    expect(await item.getByText('No declarations of interest were made.').count()).toBe(0);
    await expectNoAxeViolations(page);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'minutes-declarations');

    // A decision recorded in the chair view reaches the decision log of the whole workspace.
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Chair view' })
      .click();
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await page
      .getByLabel('Decision', { exact: true })
      .fill('Harland to chair the Refugee Week panel');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Decisions on item 1' }).textContent())
      .toBe('Harland to chair the Refugee Week panel');
    await goTo(page, 'Decisions');
    await page.getByRole('searchbox', { name: 'Search decisions' }).fill('refugee week');
    const found = page.getByRole('table', { name: 'Decisions' }).getByRole('rowheader');
    await expect
      .poll(() => found.allTextContents())
      .toEqual(['Harland to chair the Refugee Week panel']);
  });
});

describe('the decision log', () => {
  it('finds the sample’s decisions by a word, by meeting and by date', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    await goTo(page, 'Decisions');
    const count = page.getByRole('status').filter({ hasText: /decisions? / });
    const rows = page.getByRole('table', { name: 'Decisions' }).getByRole('row');
    await count.getByText('3 decisions from every meeting.').waitFor();
    expect(await rows.count()).toBe(4);
    await expectNoAxeViolations(page);
    await screenshot(page, 'decision-log');

    const search = page.getByRole('searchbox', { name: 'Search decisions' });
    await tabTo(page, search);
    await page.keyboard.type('quarterly');
    await count.getByText('1 decision found.').waitFor();
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(
      'Frequency of meetings will be on a quarterly basis.',
    );

    await search.fill('steering');
    await count.getByText('2 decisions found.').waitFor();
    await page.getByLabel('Meeting', { exact: true }).selectOption({
      label: '9 October 2023: City of Sanctuary Local Authority Network Steering Group',
    });
    await count.getByText('1 decision found.').waitFor();
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(
      'An agreed group of core members will attend the steering group.',
    );

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await count.getByText('3 decisions from every meeting.').waitFor();
    await page.getByLabel('Meetings to').fill('2023-09-30');
    await count.getByText('1 decision found.').waitFor();
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toMatch(
      /^The council will set up a steering group/,
    );
    await page.getByLabel('Meetings from').fill('2023-10-01');
    await page.getByText('The “from” date is after the “to” date').waitFor();
    await count.getByText('0 decisions found.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Meetings from').fill('');
    await page.getByLabel('Meetings to').fill('');
    await search.fill('core members');
    await count.getByText('1 decision found.').waitFor();

    // By keyboard, the decision's item link lands on that item in the meeting's minutes.
    const itemLink = rows.nth(1).getByRole('link', { name: /^Item \d+: .*, in the minutes$/ });
    const [, number, title] = /^Item (\d+): (.*), in the minutes$/.exec(
      (await itemLink.getAttribute('aria-label')) ?? (await itemLink.textContent()) ?? '',
    )!;
    await tabTo(page, itemLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Minutes', level: 2, exact: true }).waitFor();
    const heading = page.getByRole('heading', { level: 3, name: `${number}. ${title}` });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const where = await heading.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    });
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.height);
    // The route is still the Minutes tab's: it is marked current.
    expect(
      await page
        .getByRole('navigation', { name: 'Meeting sections' })
        .getByRole('link', { name: 'Minutes' })
        .getAttribute('aria-current'),
    ).toBe('page');
    // Keyboard focus moves on from the item, not from the top of the page: October's minutes
    // are approved and read-only, so nothing after it takes focus, and Shift+Tab goes to the
    // control just before it in the meeting, not to the skip link.
    await page.keyboard.press('Shift+Tab');
    expect(
      await heading.evaluate((el) => {
        const active = document.activeElement;
        return (
          active !== null &&
          active.closest('main') !== null &&
          (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
        );
      }),
    ).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'decision-log-to-minutes-item');
  });
});

describe('meetings never opened on this device', () => {
  it('are read into the decision log and the minutes status in the background', async () => {
    // The sample (its October minutes approved at January) as a device would hold it had it
    // recorded the meetings before the decision log and the list's minutes status existed:
    // only the meetings' own documents hold their decisions and approval.
    const { workspace, meetings } = buildSampleWorkspace({ now: new Date() });
    decisionIndexMap(workspace).clear();
    meetingsMap(workspace).forEach((entry) => entry.set('minutesStatus', 'draft'));
    const { page, profileDir } = await launchQuorum(newProfileDir());
    await openWorkspaceDocs(page, profileDir, { workspace, meetings });

    // No meeting is opened: the list and the log fill in by themselves.
    await goTo(page, 'Meetings');
    const october = page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' });
    await expect
      .poll(() => october.textContent(), { timeout: 15_000 })
      .toContain('Approved minutes');
    await goTo(page, 'Decisions');
    await page
      .getByRole('status')
      .filter({ hasText: /decisions? / })
      .getByText('3 decisions from every meeting.')
      .waitFor();
  });
});
