import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-quorum';

/**
 * The command line in-process: the same runCli the process shell calls, with its output
 * captured. quorum.test.ts runs the real process; here every case runs fast.
 */
let dir: string;
const at = (name: string) => join(dir, name);

const run = (...argv: string[]) => runInProcess(argv, '2024-01-15T09:30:00.000Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-run-'));
  writeFileSync(at('minutes.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0]));
  writeFileSync(at('data.json'), '{"meetings": []}');
  writeFileSync(at('empty.quorum'), new Uint8Array());
  mkdirSync(at('a-folder.quorum'));
  await run('sample', '--out', at('whole.quorum'));
  const whole = readFileSync(at('whole.quorum'));
  writeFileSync(at('short.quorum'), whole.subarray(0, whole.length - 100));
  const flipped = new Uint8Array(whole);
  flipped[Math.floor(flipped.length / 2)]! ^= 1;
  writeFileSync(at('flipped.quorum'), flipped);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runCli on bad input: a non-zero exit and exactly one line on stderr', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['no command', () => [], 2, /^Missing a command; see quorum --help\.$/],
    [
      'an unknown command',
      () => ['frobnicate'],
      2,
      /^Unknown command “frobnicate”; see quorum --help\.$/,
    ],
    [
      'an unknown top-level option',
      () => ['--verbose'],
      2,
      /^Unknown option “--verbose”; see quorum --help\.$/,
    ],
    [
      'an unknown option',
      () => ['info', at('whole.quorum'), '--jsno'],
      2,
      /^Unknown option --jsno for “quorum info”; see quorum info --help\.$/,
    ],
    [
      'sample without --out',
      () => ['sample'],
      2,
      /^Missing --out: say where to write the sample, e.g\. --out sample\.quorum\.$/,
    ],
    [
      '--out without a value',
      () => ['sample', '--out'],
      2,
      /^Option --out needs a value; see quorum sample --help\.$/,
    ],
    [
      'sample with a stray argument',
      () => ['sample', 'x.quorum'],
      2,
      /^Unexpected argument “x\.quorum”; did you mean --out x\.quorum\?$/,
    ],
    [
      'info without a file',
      () => ['info'],
      2,
      /^Missing the workspace file: quorum info <file\.quorum>\.$/,
    ],
    [
      'info with two files',
      () => ['info', 'a', 'b'],
      2,
      /^Unexpected argument “b”: info reads one file\.$/,
    ],
    [
      'a missing file',
      () => ['info', at('nowhere.quorum')],
      1,
      /^Cannot read .*nowhere\.quorum: no such file\.$/,
    ],
    ['a folder to read', () => ['info', dir], 1, /^Cannot read .*: it is a folder, not a file\.$/],
    [
      'a Word document',
      () => ['info', at('minutes.docx')],
      1,
      /minutes\.docx: This file is not a Quorum workspace\. It looks like a Word document or another zip file\.$/,
    ],
    [
      'a JSON file',
      () => ['info', at('data.json')],
      1,
      /data\.json: This file is not a Quorum workspace\. It looks like a JSON file\.$/,
    ],
    [
      'an empty file',
      () => ['info', at('empty.quorum')],
      1,
      /empty\.quorum: The file is empty: it may not have finished copying\.$/,
    ],
    [
      'a cut-short file',
      () => ['info', at('short.quorum')],
      1,
      /short\.quorum: The file is incomplete: it may not have finished copying\.$/,
    ],
    [
      'a damaged file',
      () => ['info', at('flipped.quorum')],
      1,
      /flipped\.quorum: The file is damaged \(.*\)\. Export the workspace again/,
    ],
    [
      'a folder that does not exist',
      () => ['sample', '--out', at('no/such.quorum')],
      1,
      /^Cannot write .*no\/such\.quorum: the folder .*\/no does not exist\.$/,
    ],
    [
      'a folder to write',
      () => ['sample', '--out', at('a-folder.quorum'), '--force'],
      1,
      /^Cannot write .*a-folder\.quorum: it is a folder, not a file\.$/,
    ],
  ];

  it.each(cases)('%s', async (_name, argv, code, message) => {
    const result = await run(...argv());
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(/^quorum: /), '']);
    expect(result.stderr.slice('quorum: '.length, -1)).toMatch(message);
  });
});

describe('runCli writing files', () => {
  it('keeps an existing file unless --force is given', async () => {
    writeFileSync(at('kept.quorum'), 'precious');
    const refused = await run('sample', '--out', at('kept.quorum'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /a file with that name already exists \(add --force to replace it\)\.\n$/,
    );
    expect(readFileSync(at('kept.quorum'), 'utf8')).toBe('precious');
    expect((await run('sample', '--out', at('kept.quorum'), '--force')).code).toBe(0);
    expect((await run('info', at('kept.quorum'))).code).toBe(0);
  });

  it('leaves no temporary file behind, on success or failure', async () => {
    await run('sample', '--out', at('tidy.quorum'));
    await run('sample', '--out', at('tidy.quorum'));
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
