import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { encodeWorkspaceFile } from '../../../shared/workspace-file';

/**
 * Opens a workspace built in the test (a variant of the sample) as a person opens a `.quorum`
 * file: Settings → Open workspace file, then the app reloads into it.
 */
export async function openWorkspaceDocs(
  page: Page,
  profileDir: string,
  docs: { workspace: Y.Doc; meetings: Map<string, Y.Doc> },
): Promise<void> {
  const file = join(profileDir, 'built-by-test.quorum');
  writeFileSync(file, encodeWorkspaceFile({ ...docs, appVersion: '0.1.0', now: new Date() }));
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Settings' })
    .click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open workspace file' }).click();
  await (await chooser).setFiles(file);
  const load = page.waitForEvent('load');
  await page
    .getByRole('dialog', { name: 'Open this workspace?' })
    .getByRole('button', { name: 'Open workspace' })
    .click();
  await load;
}
