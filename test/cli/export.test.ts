import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-quorum';

/** quorum export, in-process through the same runCli the process shell calls. */
let dir: string;
const at = (name: string) => join(dir, name);

const run = (...argv: string[]) => runInProcess(argv, '2023-10-20T09:30:00.000Z');

/** The text of word/document.xml, read with JSZip rather than the code that wrote it. */
async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-export-'));
  writeFileSync(at('notes.txt'), 'not a Word document');
  expect((await run('sample', '--out', at('sample.quorum'))).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum export', () => {
  it('exports a meeting found by its date as house-style minutes', async () => {
    const result = await run(
      'export',
      at('sample.quorum'),
      '--meeting',
      '2023-10-09',
      '--format',
      'minutes',
      '--out',
      at('minutes.docx'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = await documentText(at('minutes.docx'));
    expect(text).toContain('City of Sanctuary Local Authority Network Steering Group');
    expect(text).toContain('Steps to Become an Awarded Member');
  }, 60_000);

  it('exports the summary and agenda, and the action log without a meeting', async () => {
    for (const format of ['summary', 'agenda']) {
      const out = at(`${format}.docx`);
      expect(
        (
          await run(
            'export',
            at('sample.quorum'),
            '--meeting',
            '2023-10-09',
            '--format',
            format,
            '--out',
            out,
          )
        ).code,
      ).toBe(0);
      expect(await documentText(out)).toContain('Migration Strategy');
    }
    expect(
      (await run('export', at('sample.quorum'), '--format', 'actions', '--out', at('actions.docx')))
        .code,
    ).toBe(0);
    expect(await documentText(at('actions.docx'))).toContain(
      'Link with other councils who have been through the process',
    );
  }, 60_000);

  it('fills the council’s own template', async () => {
    const template = join(import.meta.dirname, '../fixtures/templates/council-template.docx');
    const result = await run(
      'export',
      at('sample.quorum'),
      '--meeting',
      '2023-10-09',
      '--format',
      'minutes',
      '--template',
      template,
      '--out',
      at('council.docx'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = await documentText(at('council.docx'));
    expect(text).toContain('9 October 2023');
    expect(text).not.toContain('{{');
  }, 60_000);

  it.each([
    [
      ['--meeting', '2019-01-01', '--format', 'minutes', '--out', 'x.docx'],
      /No meeting “2019-01-01”/,
    ],
    [
      [
        '--meeting',
        '2023-10-09',
        '--format',
        'minutes',
        '--template',
        'notes.txt',
        '--out',
        'x.docx',
      ],
      /notes\.txt: .*Word/,
    ],
    [
      ['--meeting', '2023-10-09', '--format', 'minutes', '--out', 'no-such-folder/x.docx'],
      /Cannot write .*does not exist/,
    ],
    [
      ['--meeting', '2023-10-09', '--format', 'poster', '--out', 'x.docx'],
      /--format must be one of/,
    ],
    [['--format', 'minutes', '--out', 'x.docx'], /Missing --meeting/],
  ])(
    'refuses %j with one line and a non-zero exit',
    async (args, reason) => {
      const withPaths = args.map((arg) =>
        arg.endsWith('.txt') || arg.includes('/') || arg === 'x.docx' ? at(arg) : arg,
      );
      const result = await run('export', at('sample.quorum'), ...withPaths);
      expect(result.code).not.toBe(0);
      const lines = result.stderr.split('\n');
      expect(lines).toEqual([expect.stringMatching(reason), '']);
    },
    60_000,
  );
});
