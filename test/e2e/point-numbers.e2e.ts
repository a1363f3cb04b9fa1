import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDocx } from '../shared/export/house/docx-reader';
import { numberedParagraphs } from '../shared/export/house/numbering-reader';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';

const COUNCIL_TEMPLATE = join(import.meta.dirname, '../fixtures/templates/council-template.docx');

/**
 * The minute numbers a reader sees on the Minutes tab (each point's ::before, as drawn) and
 * the numbers Word shows in the house-style and council-template exports of the same minutes
 * (read from the files the app saved, by numbering-reader), point by point.
 */
async function openSection(page: Page, name: 'Minutes' | 'Export') {
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { name, level: 2, exact: true }).waitFor();
}

/** Each numbered point's first line and the number drawn before it. */
async function screenNumbers(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.minutes-editor ol > li')].map((li) => [
      li.querySelector('p')?.textContent ?? '',
      getComputedStyle(li, '::before').content.replace(/^"|"$/g, ''),
    ]),
  );
}

async function exportTo(page: Page, file: string): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(file);
}

async function wordNumbers(file: string): Promise<Map<string, string>> {
  const pkg = await openDocx(new Uint8Array(readFileSync(file)));
  const numbers = new Map<string, string>();
  for (const p of numberedParagraphs(pkg.document, pkg.numbering))
    if (p.label && /^\d/.test(p.label)) numbers.set(p.text, p.label);
  return numbers;
}

describe('minute numbers', () => {
  it('are the same on screen, in the house style and in the council template', async () => {
    const { page, profileDir } = await launchQuorum(newProfileDir());
    await page.getByRole('button', { name: 'Open the sample workspace' }).click();
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '9 October 2023' })
      .getByRole('link', { name: /Steering Group/ })
      .click();
    await openSection(page, 'Minutes');
    await expect.poll(async () => (await screenNumbers(page)).length).toBeGreaterThan(8);
    const screen = await screenNumbers(page);
    await screenshot(page, 'minutes-point-numbers');
    // The seed's eight steps are points n.1 to n.8 of their item.
    const steps = screen.filter(([text]) => text.startsWith('Contact your local group'));
    expect(steps).toHaveLength(1);
    expect(screen.every(([, number]) => /^\d+\.\d+(\.\d+)*$/.test(number))).toBe(true);

    await openSection(page, 'Export');
    const house = join(profileDir, 'house.docx');
    await exportTo(page, house);
    const houseNumbers = await wordNumbers(house);
    expect(screen.map(([text]) => [text, houseNumbers.get(text)])).toEqual(screen);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('button', { name: 'Import a Word template' }).click();
    await (await chooser).setFiles(COUNCIL_TEMPLATE);
    await expect.poll(() => page.getByText('council-template.docx imported.').count()).toBe(1);
    await page.goBack();
    await page
      .getByLabel('Style')
      .selectOption({ label: 'Council template: council-template.docx' });
    const council = join(profileDir, 'council.docx');
    await exportTo(page, council);
    const councilNumbers = await wordNumbers(council);
    expect(screen.map(([text]) => [text, councilNumbers.get(text)])).toEqual(screen);
  });
});
