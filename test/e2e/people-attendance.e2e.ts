import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerMap, listMeetings, listPeople } from '../../shared/model';
import { buildSampleWorkspace } from '../../shared/sample';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import { tabTo } from './harness/keyboard';
import { openWorkspaceDocs } from './harness/workspace-file';

async function addPerson(
  page: Page,
  person: { name: string; role: string; organisation: string; tags: string[] },
) {
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(person.name);
  await dialog.getByLabel('Role').fill(person.role);
  await dialog.getByLabel('Organisation').fill(person.organisation);
  for (const tag of person.tags) await dialog.getByLabel(tag).check();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function createMeeting(page: Page, title: string) {
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date').fill('2023-09-01');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('End time').fill('11:30');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('people and attendance', () => {
  it('keeps a directory, ticks attendance and adds a newcomer from the meeting', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;

    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Enter a name');
    await expectNoAxeViolations(page);
    await addPerson(page, {
      name: 'Rose McCarthy',
      role: 'Leeds CoS steering group member',
      organisation: 'Leeds City of Sanctuary',
      tags: ['Local group', 'Lived experience'],
    });
    await page.getByRole('button', { name: 'Add a person' }).click();
    await addPerson(page, {
      name: 'Jennifer Jennings',
      role: 'Migration Support Officer',
      organisation: 'Leeds City Council',
      tags: ['Officer'],
    });
    const table = page.getByRole('table', { name: 'People in the group' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      'Jennifer Jennings',
      'Rose McCarthy',
    ]);
    await page.getByRole('button', { name: 'Edit Rose McCarthy' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Rose McCarthy' });
    await edit.getByLabel('Email (optional)').fill('rose@example.org');
    await edit.getByRole('button', { name: 'Update details' }).click();
    await expect.poll(() => table.getByText('rose@example.org').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'people');

    await createMeeting(page, 'Leeds City Council and Leeds City of Sanctuary');
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page
      .getByRole('group', { name: /Rose McCarthy/ })
      .getByLabel('Present')
      .check();
    await page
      .getByRole('group', { name: /Jennifer Jennings/ })
      .getByLabel('Apologies')
      .check();
    await page.getByLabel('Minute-taker').selectOption({ label: 'Jennifer Jennings' });

    // A newcomer, added without leaving the meeting, is marked present at once.
    await page.getByRole('button', { name: 'Add a person' }).click();
    await addPerson(page, {
      name: 'Sara Trehitt',
      role: 'CoS North-East, Yorkshire & Humberside Regional Coordinator',
      organisation: 'City of Sanctuary UK',
      tags: ['Partner'],
    });
    const sara = page.getByRole('group', { name: /Sara Trehitt/ });
    await expect.poll(() => sara.getByLabel('Present').isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Present' }).textContent()).toBe(
      'Present: 2, Apologies: 1',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'attendance');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Attendance' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: /Rose McCarthy/ })
        .getByLabel('Present')
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('group', { name: /Jennifer Jennings/ })
        .getByLabel('Apologies')
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Minute-taker').inputValue()).not.toBe('');
  });
});

describe('settings and the action log', () => {
  it('renames the group, edits the standard agenda, and shows an empty action log', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await page.getByRole('link', { name: 'Settings' }).click();
    const name = page.getByLabel('Group name');
    await name.fill('');
    await expect.poll(() => page.getByText('Enter the group’s name').count()).toBeGreaterThan(0);
    await name.fill('City of Sanctuary Local Authority Network Steering Group');
    await page.getByLabel('New standard item').fill('Award journey: progress on the eight steps');
    await page.getByRole('button', { name: 'Add to standard agenda' }).click();
    const standard = page.getByRole('list').filter({ hasText: 'Welcome and introductions' });
    await expect
      .poll(() =>
        standard.getByText('Award journey: progress on the eight steps', { exact: true }).count(),
      )
      .toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'settings');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByLabel('Group name').inputValue()).toBe(
      'City of Sanctuary Local Authority Network Steering Group',
    );

    await createMeeting(page, 'Quarterly steering group');
    await expect
      .poll(() => page.getByText('Award journey: progress on the eight steps').count())
      .toBeGreaterThan(0);

    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Actions' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    expect(await page.getByText('No actions to show').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('expected attendees', () => {
  it('lists who the prepared meeting expects and marks them by keyboard', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    // 15 January was prepared from 9 October, where Councillor Harland was present.
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '15 January 2024' })
      .getByRole('link', { name: /Steering Group/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Attendance' })
      .click();
    const expected = page.getByRole('region', { name: 'Expected, not yet marked' });
    const awaiting = expected.getByRole('list', { name: 'Expected, not yet marked' });
    await expect
      .poll(() => awaiting.getByRole('listitem').allTextContents())
      .toEqual(['Councillor HarlandPresentApologies']);
    expect(await expected.getByText('1 of 1 expected person still to mark.').count()).toBe(1);
    // The full list says who is expected, too.
    const harland = page.getByRole('group', { name: /Councillor Harland.*Expected/ });
    expect(await harland.getByLabel('Not recorded').isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'attendance-expected');

    await tabTo(page, expected.getByRole('button', { name: 'Apologies: Councillor Harland' }), {
      max: 40,
    });
    await page.keyboard.press('Enter');
    await expected
      .getByRole('status')
      .getByText('Apologies recorded for Councillor Harland.')
      .waitFor();
    await expect.poll(() => harland.getByLabel('Apologies').isChecked()).toBe(true);
    expect(await awaiting.count()).toBe(0);
    expect(await expected.getByText('Everyone expected is marked (1).').count()).toBe(1);
    // The list is done: focus goes to its heading, not lost to the page.
    expect(
      await expected
        .getByRole('heading', { name: 'Expected, not yet marked' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('moves focus down the list as each expected person is marked', async () => {
    // The sample's January meeting, expecting three of September's members.
    const { workspace, meetings } = buildSampleWorkspace({ now: new Date() });
    const ids = new Map(listPeople(workspace).map((person) => [person.name, person.id]));
    const january = listMeetings(workspace).find((m) => m.date === '2024-01-15')!;
    headerMap(meetings.get(january.id)!).set(
      'expectedAttendeeIds',
      ['Rose McCarthy', 'Councillor Harland', 'Mary Brandon'].map((name) => ids.get(name)),
    );
    const { page, profileDir } = await launchQuorum(newProfileDir());
    await openWorkspaceDocs(page, profileDir, { workspace, meetings });
    await page.goto(new URL(`#/meetings/${january.id}/attendance`, page.url()).href);
    const expected = page.getByRole('region', { name: 'Expected, not yet marked' });
    await expected.getByText('3 of 3 expected people still to mark.').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

    await tabTo(page, expected.getByRole('button', { name: 'Present: Councillor Harland' }), {
      max: 40,
    });
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Present: Mary Brandon');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Apologies: Mary Brandon');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Apologies: Rose McCarthy');
    await expected.getByText('1 of 3 expected people still to mark.').waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expected.getByText('Everyone expected is marked (3).').waitFor();

    const marked = async (name: string, status: string) =>
      page
        .getByRole('group', { name: new RegExp(`^${name}`) })
        .getByLabel(status, { exact: true })
        .isChecked();
    expect(await marked('Councillor Harland', 'Present')).toBe(true);
    expect(await marked('Mary Brandon', 'Apologies')).toBe(true);
    expect(await marked('Rose McCarthy', 'Present')).toBe(true);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Present: / })
        .first()
        .textContent(),
    ).toBe('Present: 2, Apologies: 1');
    await expectNoAxeViolations(page);
  });
});
