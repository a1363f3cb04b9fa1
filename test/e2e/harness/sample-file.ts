import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encodeWorkspaceFile } from '../../../shared/workspace-file';
import { buildSampleWorkspace } from '../../../shared/sample';
import { tabTo } from './keyboard';

/**
 * The sample workspace as it stood on `asOf`, written as a `.quorum` file into `dir`: the file
 * a colleague would have saved then (after 9 October 2023, October's minutes are still a
 * draft and no later meeting exists).
 */
export function writeSampleFileAsOf(dir: string, asOf: string): string {
  const now = new Date(`${asOf}T15:00:00Z`);
  const { workspace, meetings } = buildSampleWorkspace({ now, asOf });
  const file = join(dir, `sample-as-of-${asOf}.quorum`);
  writeFileSync(file, encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now }));
  return file;
}

/** Opens a workspace file from Settings by keyboard, as the officer does, and waits for it. */
export async function openWorkspaceFileByKeyboard(page: Page, file: string): Promise<void> {
  const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
  await tabTo(page, sections.getByRole('link', { name: 'Settings' }), { max: 40 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // Listen before moving focus: Playwright turns on file-chooser interception asynchronously,
  // and a chooser opened before it is on never reaches the test.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, page.getByRole('button', { name: 'Open workspace file' }), { max: 80 });
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  const confirm = page.getByRole('dialog', { name: 'Open this workspace?' });
  await confirm.waitFor();
  await tabTo(page, confirm.getByRole('button', { name: 'Open workspace' }), { max: 10 });
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await reloaded;
}
