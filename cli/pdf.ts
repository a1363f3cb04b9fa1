import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findLibreOfficeIn, libreOfficePdfArgs } from '../shared/export/libreoffice-pdf';
import { CliError } from './cli-error';

/**
 * `quorum export --pdf`: the Word document turned into a tagged PDF by LibreOffice, with the
 * options the desktop app uses (shared/export/libreoffice-pdf.ts). The command line cannot
 * import the app's main process, so it runs soffice itself, the same way.
 */
const run = promisify(execFile);

export const NO_LIBREOFFICE =
  'PDF export needs LibreOffice, which is not installed on this computer; install it (or set QUORUM_SOFFICE to its soffice), or leave out --pdf to write the Word document.';

/** The soffice to run, or a one-line error saying how to get one. */
export function requireLibreOffice(env: NodeJS.ProcessEnv = process.env): string {
  const soffice = findLibreOfficeIn(process.platform, existsSync, env.QUORUM_SOFFICE);
  if (!soffice) throw new CliError(NO_LIBREOFFICE);
  return soffice;
}

export async function docxToPdf(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'quorum-cli-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    try {
      await run(soffice, libreOfficePdfArgs(input, dir, profile), { timeout: 120_000 });
      return new Uint8Array(await readFile(join(dir, 'document.pdf')));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new CliError(`LibreOffice could not turn the document into a PDF: ${detail}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
