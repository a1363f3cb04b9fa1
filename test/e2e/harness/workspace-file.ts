import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { buildSampleWorkspace } from '../../../shared/sample';
import { encodeWorkspaceFile } from '../../../shared/workspace-file';
import { tabTo } from './keyboard';

interface WorkspaceDocs {
  workspace: Y.Doc;
  meetings: Map<string, Y.Doc>;
}

/** Writes documents built in the test as a `.quorum` file in `dir`, named `name`. */
function writeWorkspaceFile(dir: string, name: string, docs: WorkspaceDocs, now = new Date()) {
  const file = join(dir, name);
  writeFileSync(file, encodeWorkspaceFile({ ...docs, appVersion: '0.1.0', now }));
  return file;
}

/**
 * The sample workspace as it stood on `asOf`, written as a `.quorum` file into `dir`: the file
 * a colleague would have saved then (after 9 October 2023, October's minutes are still a
 * draft and no later meeting exists).
 */
export function writeSampleFileAsOf(dir: string, asOf: string): string {
  const now = new Date(`${asOf}T15:00:00Z`);
  const docs = buildSampleWorkspace({ now, asOf });
  return writeWorkspaceFile(dir, `sample-as-of-${asOf}.quorum`, docs, now);
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

/**
 * Opens a workspace built in the test (a variant of the sample) as a person opens a `.quorum`
 * file: Settings → Open workspace file, then the app reloads into it.
 */
export async function openWorkspaceDocs(
  page: Page,
  profileDir: string,
  docs: WorkspaceDocs,
): Promise<void> {
  await openWorkspaceFileByKeyboard(
    page,
    writeWorkspaceFile(profileDir, 'built-by-test.quorum', docs),
  );
}
