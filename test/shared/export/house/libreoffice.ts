import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * LibreOffice as a reader: the .docx files converted to PDF by `soffice`, then the PDF's text
 * laid out by `pdftotext -layout`, so a test sees the numbers, tables and page fields as they
 * are rendered, not as they are written.
 */
const run = promisify(execFile);

/** Converts every document in one soffice run (it takes seconds to start) and returns text. */
export async function renderWithLibreOffice(
  documents: Record<string, Uint8Array>,
  /** 'bbox': pdftotext's -bbox-layout XHTML (every line's box on its page) instead. */
  output: 'layout' | 'bbox' = 'layout',
): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'quorum-lo-'));
  try {
    const out = join(dir, 'pdf');
    await mkdir(out);
    const names = Object.keys(documents);
    const files = names.map((name) => join(dir, `${name}.docx`));
    await Promise.all(names.map((name, i) => writeFile(files[i]!, documents[name]!)));
    // A private profile: parallel runs (and a desktop LibreOffice) would otherwise share one.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const result = await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...files,
      ],
      { timeout: 180_000 },
    );
    const texts: Record<string, string> = {};
    for (const name of names) {
      const pdf = join(out, `${name}.pdf`);
      if (!existsSync(pdf))
        throw new Error(
          `LibreOffice did not convert ${name}.docx:\n${result.stdout}\n${result.stderr}`,
        );
      const mode = output === 'bbox' ? '-bbox-layout' : '-layout';
      await run('pdftotext', [mode, '-enc', 'UTF-8', pdf, join(out, `${name}.txt`)]);
      texts[name] = await readFile(join(out, `${name}.txt`), 'utf8');
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdftotext's layout pads with runs of spaces; one space is enough to compare text. */
export const squash = (text: string) => text.replace(/[ \t]+/g, ' ');

export interface PageLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The lines of each page from pdftotext -bbox-layout, in points from the page's top left. */
export function pageLines(bbox: string): PageLine[][] {
  const attr = (tag: string, name: string) =>
    Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]);
  return bbox
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, tag = '', body = '']) => ({
        text: [...body.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        xMin: attr(tag, 'xMin'),
        yMin: attr(tag, 'yMin'),
        xMax: attr(tag, 'xMax'),
        yMax: attr(tag, 'yMax'),
      })),
    );
}
