import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, screenshot } from './harness/browser';

const launch = () => launchQuorum();

function sections(page: Page) {
  return page.getByRole('navigation', { name: 'Sections', exact: true });
}

async function openSettings(page: Page) {
  await sections(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

describe('the sample workspace and workspace files', () => {
  it('opens the sample on first run, saves it to a file, and opens that file on another device', async () => {
    const { page, profileDir } = await launch();
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    const meetings = page.getByRole('list', { name: 'Meetings' });
    // Seeds 001 and 000, and the January meeting prepared from 9 October.
    await expect.poll(() => meetings.getByRole('listitem').count()).toBe(3);
    expect(await meetings.getByText('9 October 2023, 1pm - 2pm, Microsoft Teams').count()).toBe(1);
    expect(await meetings.getByText(/1 September 2023/).count()).toBe(1);
    await screenshot(page, 'sample-meetings');

    await meetings
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' })
      .getByRole('link', { name: /Steering Group/ })
      .click();
    await expect
      .poll(() => page.getByText('Steps to Become an Awarded Member').count())
      .toBeGreaterThan(0);

    await openSettings(page);
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workspace file' }).click();
    const file = join(profileDir, 'backup.quorum');
    await (await download).saveAs(file);
    expect(readFileSync(file).subarray(0, 6).toString('latin1')).toBe('QUORUM');
    expect((await download).suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} .+\.quorum$/);

    // Another computer: empty until the file is opened.
    const other = await launch();
    await openSettings(other.page);
    const chooser = other.page.waitForEvent('filechooser');
    await other.page.getByRole('button', { name: 'Open workspace file' }).click();
    await (await chooser).setFiles(file);
    const confirm = other.page.getByRole('dialog', { name: 'Open this workspace?' });
    await expect.poll(() => confirm.getByText(/3 meetings/).count()).toBe(1);
    await expectNoAxeViolations(other.page);
    await confirm.getByRole('button', { name: 'Open workspace' }).click();
    await other.page.waitForEvent('load');
    await sections(other.page).getByRole('link', { name: 'Meetings' }).click();
    await expect
      .poll(() => other.page.getByRole('list', { name: 'Meetings' }).getByRole('listitem').count())
      .toBe(3);
  });

  it('refuses a damaged file with a clear reason and changes nothing', async () => {
    const { page, profileDir } = await launch();
    await openSettings(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workspace file' }).click();
    const whole = join(profileDir, 'whole.quorum');
    await (await download).saveAs(whole);
    const damaged = join(profileDir, 'damaged.quorum');
    const bytes = readFileSync(whole);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open workspace file' }).click();
    await (await chooser).setFiles(damaged);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('damaged.quorum could not be opened');
    expect(await alert.textContent()).toContain('Nothing has been changed.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
