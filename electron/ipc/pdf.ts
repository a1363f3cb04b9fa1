import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { fail, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';

const run = promisify(execFile);

/** Where LibreOffice installs its command-line converter on each platform. */
const CANDIDATES: Record<string, string[]> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ],
};

export function findLibreOffice(
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const override = process.env.QUORUM_SOFFICE;
  if (override) return exists(override) ? override : null;
  return (CANDIDATES[platform] ?? []).find((candidate) => exists(candidate)) ?? null;
}

/**
 * Word to PDF with LibreOffice, so the PDF is the exported document itself, page for page,
 * not a second rendering of it. Runs in a private temporary profile so it never collides
 * with a LibreOffice the person has open, and gives up after two minutes.
 */
export async function convertDocxToPdf(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'quorum-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      {
        timeout: 120_000,
      },
    );
    return new Uint8Array(await readFile(path.join(dir, 'document.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const pdfHandlers = {
  'export:pdf': async ({ docx }) => {
    // LibreOffice opens almost anything (plain text included), so check it is a Word file.
    if (docx[0] !== 0x50 || docx[1] !== 0x4b || docx[2] !== 0x03 || docx[3] !== 0x04) {
      return fail(
        'invalid-payload',
        'That is not a Word document, so it cannot be turned into a PDF.',
      );
    }
    const soffice = findLibreOffice();
    if (!soffice) {
      return fail(
        'unavailable',
        'PDF export needs LibreOffice, which is not installed on this computer. The Word document can still be saved.',
      );
    }
    try {
      return ok(await convertDocxToPdf(soffice, docx));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return fail('io-error', `LibreOffice could not turn the document into a PDF: ${detail}`);
    }
  },
} satisfies Pick<IpcHandlers, 'export:pdf'>;
