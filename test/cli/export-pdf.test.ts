import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_LIBREOFFICE } from '../../cli/pdf';
import { requireTestTools } from '../setup/require-tools';
import { runInProcess } from './run-quorum';

/** quorum export --pdf, and the names --out may have for what is written. */
let dir: string;
const at = (name: string) => join(dir, name);
const run = (...argv: string[]) => runInProcess(argv, '2023-10-20T09:30:00.000Z');
const minutes = (...rest: string[]) =>
  run('export', at('sample.quorum'), '--meeting', '2023-10-09', '--format', 'minutes', ...rest);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-export-pdf-'));
  expect((await run('sample', '--out', at('sample.quorum'))).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.QUORUM_SOFFICE;
});

describe('quorum export --pdf', () => {
  // pdfinfo comes with pdftotext, in poppler-utils.
  requireTestTools(['soffice', 'pdftotext']);

  it('writes a tagged PDF of the minutes, titled as the document', async () => {
    const result = await minutes('--pdf', '--out', at('minutes.pdf'));
    expect(result).toEqual({ code: 0, stdout: `Wrote ${at('minutes.pdf')}\n`, stderr: '' });
    const pdf = readFileSync(at('minutes.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [at('minutes.pdf')]).toString();
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Minutes: City of Sanctuary Local Authority Network/m);
    expect(pdf.toString('latin1')).toContain('/Lang(en-GB)');
    const text = execFileSync('pdftotext', [at('minutes.pdf'), '-']).toString();
    expect(text).toContain('Steps to Become an Awarded Member');
  }, 120_000);

  it('writes the action log as a PDF too', async () => {
    const result = await run(
      'export',
      at('sample.quorum'),
      '--format',
      'actions',
      '--pdf',
      '--out',
      at('actions.PDF'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(execFileSync('pdfinfo', [at('actions.PDF')]).toString()).toMatch(/^Tagged:\s+yes$/m);
  }, 120_000);
});

describe('quorum export refuses in one line', () => {
  it('a PDF without LibreOffice, before doing any work', async () => {
    process.env.QUORUM_SOFFICE = '/nowhere/soffice';
    const result = await minutes('--pdf', '--out', at('no-office.pdf'));
    expect(result).toEqual({ code: 1, stdout: '', stderr: `quorum: ${NO_LIBREOFFICE}\n` });
    expect(existsSync(at('no-office.pdf'))).toBe(false);
  });

  it.each([
    [
      ['--out', 'draft.pdf'],
      '--out draft.pdf ends in .pdf, but this writes a Word document (.docx); add --pdf for a PDF, or name it draft.docx.',
    ],
    [
      ['--pdf', '--out', 'draft.docx'],
      '--out draft.docx ends in .docx, but this writes a PDF (.pdf); name it draft.pdf.',
    ],
    [
      ['--out', 'draft'],
      '--out draft has no extension, but this writes a Word document (.docx); name it draft.docx.',
    ],
    [
      ['--out', 'draft.doc'],
      '--out draft.doc ends in .doc, but this writes a Word document (.docx); name it draft.docx.',
    ],
  ])('an --out name that does not match what is written: %j', async (args, line) => {
    const withPath = args.map((arg) => (arg.startsWith('draft') ? at(arg) : arg));
    const result = await minutes(...withPath);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `quorum: ${line}\n` });
    expect(existsSync(withPath.at(-1)!)).toBe(false);
  });

  it('a calendar event under another name, or as a PDF', async () => {
    const ics = (...rest: string[]) =>
      run('export', at('sample.quorum'), '--meeting', '2023-10-09', '--format', 'ics', ...rest);
    expect((await ics('--out', at('meeting.docx'))).stderr).toBe(
      'quorum: --out meeting.docx ends in .docx, but this writes a calendar event (.ics); name it meeting.ics.\n',
    );
    expect((await ics('--pdf', '--out', at('meeting.pdf'))).stderr).toBe(
      'quorum: --pdf prints a Word document; a calendar event has none.\n',
    );
  });

  it('a workspace file under another name', async () => {
    const result = await run('sample', '--out', at('sample.docx'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'quorum: --out sample.docx ends in .docx, but this writes a Quorum workspace file (.quorum); name it sample.quorum.\n',
    });
  });
});
