import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findLibreOfficeIn, libreOfficePdfArgs } from '../../shared/export/libreoffice-pdf';
import type { LayoutDocument } from './layout-documents';

/**
 * Word documents to page images, the way an officer sees them: LibreOffice prints each to PDF
 * with the app's own export options, then poppler's pdftoppm rasterises every page at a fixed
 * resolution. One soffice run converts them all, since its start-up is most of the cost.
 */
const run = promisify(execFile);

/** Low enough for small files, high enough to see a heading move or a line wrap. */
export const LAYOUT_DPI = 60;

/** PNG bytes of each page, in order, by document name. */
export async function renderPages(
  documents: readonly LayoutDocument[],
): Promise<Map<string, Buffer[]>> {
  const soffice = findLibreOfficeIn(process.platform, existsSync, process.env.QUORUM_SOFFICE);
  if (!soffice) throw new Error('The layout images need LibreOffice (soffice).');
  const dir = await mkdtemp(join(tmpdir(), 'quorum-layout-'));
  try {
    const inputs: string[] = [];
    for (const { name, docx } of documents) {
      const input = join(dir, `${name}.docx`);
      await writeFile(input, docx);
      inputs.push(input);
    }
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const [first, ...rest] = inputs;
    if (!first) return new Map();
    // libreOfficePdfArgs names one input; the others follow it.
    await run(soffice, [...libreOfficePdfArgs(first, dir, profile), ...rest], {
      timeout: 300_000,
    });
    const pages = new Map<string, Buffer[]>();
    for (const { name } of documents) {
      const prefix = join(dir, `page-${name}`);
      await run('pdftoppm', ['-png', '-r', String(LAYOUT_DPI), join(dir, `${name}.pdf`), prefix]);
      // pdftoppm numbers pages name-1.png, or name-01.png once there are ten or more.
      const files = (await readdir(dir))
        .map((file) => ({ file, page: new RegExp(`^page-${name}-(\\d+)\\.png$`).exec(file)?.[1] }))
        .filter((entry): entry is { file: string; page: string } => entry.page !== undefined)
        .sort((a, b) => Number(a.page) - Number(b.page));
      pages.set(name, await Promise.all(files.map(({ file }) => readFile(join(dir, file)))));
    }
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
