import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  PDF_MESSAGES,
  findLibreOfficeIn,
  libreOfficePdfArgs,
  looksLikeDocx,
} from '../../shared/export/libreoffice-pdf';
import { fail, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';

const run = promisify(execFile);

export function findLibreOffice(
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  return findLibreOfficeIn(platform, exists, process.env.QUORUM_SOFFICE);
}

/**
 * Word to a tagged PDF with LibreOffice (shared/export/libreoffice-pdf.ts says which options
 * and why). Runs in a private temporary profile and gives up after two minutes.
 */
export async function convertDocxToPdf(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'quorum-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(soffice, libreOfficePdfArgs(input, dir, profile), { timeout: 120_000 });
    return new Uint8Array(await readFile(path.join(dir, 'document.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const pdfHandlers = {
  'export:pdf': async ({ docx }) => {
    if (!looksLikeDocx(docx)) return fail('invalid-payload', PDF_MESSAGES.notDocx);
    const soffice = findLibreOffice();
    if (!soffice) return fail('unavailable', PDF_MESSAGES.unavailable);
    try {
      return ok(await convertDocxToPdf(soffice, docx));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return fail('io-error', PDF_MESSAGES.failed(detail ?? ''));
    }
  },
} satisfies Pick<IpcHandlers, 'export:pdf'>;
