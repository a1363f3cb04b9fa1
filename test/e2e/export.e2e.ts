import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';

const COUNCIL_TEMPLATE = join(import.meta.dirname, '../fixtures/templates/council-template.docx');

/** Word XML read back with JSZip, not with the code that wrote it. */
async function wordText(path: string, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter(
    (name) => name === part || (part === 'headers' && /^word\/header\d*\.xml$/.test(name)),
  );
  const xml = (await Promise.all(parts.map((name) => zip.file(name)!.async('string')))).join('');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function openSampleMeeting(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  const meetings = page.getByRole('list', { name: 'Meetings' });
  // Seeds 001 and 000, and the January meeting prepared from 9 October.
  await expect.poll(() => meetings.getByRole('listitem').count()).toBe(3);
  await meetings
    .getByRole('listitem')
    .filter({ hasText: '9 October 2023' })
    .getByRole('link', { name: /Steering Group/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name: 'Export' })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Export' }).waitFor();
}

async function exportTo(page: Page, file: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const done = await download;
  await done.saveAs(file);
  return done.suggestedFilename();
}

describe('exporting a meeting to Word', () => {
  it('exports the approved minutes and the agenda in the house style', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page, profileDir } = device;
    await openSampleMeeting(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'export');

    // The sample's 15 January meeting agreed October's minutes: no DRAFT marking any more.
    const approved = join(profileDir, 'approved.docx');
    expect(await exportTo(page, approved)).toMatch(/^2023-10-09 .+ minutes\.docx$/);
    expect(await wordText(approved)).toContain('Steps to Become an Awarded Member');
    expect(await wordText(approved, 'headers')).not.toContain('DRAFT');
    await expect.poll(() => page.getByText(/^Saved /).count()).toBe(1);
    expect(await page.getByText('Approved as a correct record at the').count()).toBe(1);

    await page.getByLabel('Agenda').check();
    const agenda = join(profileDir, 'agenda.docx');
    expect(await exportTo(page, agenda)).toMatch(/ agenda\.docx$/);
    expect(await wordText(agenda)).toContain('Migration Strategy');
  });

  it('warns before exporting an agenda that runs past the meeting’s end', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '15 January 2024' })
      .getByRole('link')
      .click();
    // January's standard agenda takes 31 of its 60 minutes; give Any other business 45.
    await page.getByRole('button', { name: 'Edit Any other business' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit item 6' });
    await dialog.getByLabel('Minutes allotted').fill('45');
    await dialog.getByRole('button', { name: 'Update item' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Export' })
      .click();
    const warning = page.getByRole('note', { name: 'The agenda overruns' });
    // Only the agenda prints start times: the minutes carry no warning.
    expect(await warning.count()).toBe(0);
    await page.getByRole('radio', { name: 'Agenda', exact: true }).check();
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      'The agenda runs to 2.11pm, 11 minutes past the meeting’s end at 2pm: item 6, Any other business, is still going at 2pm.',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'export-agenda-overrun');
  });

  it('imports the council’s template in Settings and exports into it', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page, profileDir } = device;
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page.getByRole('list', { name: 'Meetings' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Settings' })
      .click();

    const notWord = join(profileDir, 'notes.docx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(notWord, 'not really a Word document');
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a Word template' }).click();
    await (await chooser).setFiles(notWord);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('notes.docx was not imported');

    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a Word template' }).click();
    await (await chooser).setFiles(COUNCIL_TEMPLATE);
    await expect.poll(() => page.getByText('council-template.docx imported.').count()).toBe(1);
    const useTemplate = page.getByLabel(/^council-template\.docx/);
    await useTemplate.click();
    await expect.poll(() => useTemplate.isChecked()).toBe(true);
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' })
      .getByRole('link', { name: /Steering Group/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Export' })
      .click();
    // The default template is read from the local database as the tab opens.
    await expect
      .poll(() => page.getByLabel('Style').locator('option:checked').textContent())
      .toBe('Council template: council-template.docx');
    const filled = join(profileDir, 'council.docx');
    await exportTo(page, filled);
    const text = await wordText(filled);
    expect(text).toContain('9 October 2023');
    expect(text).toContain('Contact your local group');
    expect(text).not.toContain('{{');

    // With a template the kind is still a choice, and an agenda holds no minutes.
    await page.getByLabel('Agenda').check();
    const agenda = join(profileDir, 'council-agenda.docx');
    expect(await exportTo(page, agenda)).toMatch(/ agenda\.docx$/);
    const agendaText = await wordText(agenda);
    expect(agendaText).toContain('Steps to Become an Awarded Member');
    expect(agendaText).not.toContain('Contact your local group');
  });

  it('explains that PDF needs the desktop app when run in a browser', async () => {
    const device = await launchQuorum(newProfileDir());
    const { page } = device;
    await openSampleMeeting(page);
    await page.getByLabel('PDF').check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('PDF export runs in the Quorum desktop app');
    await expectNoAxeViolations(page);
  });
});
