import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/run';
import {
  AFTER_LOCAL_MIDNIGHT,
  expectBritishSummerTime,
} from '../shared/format/british-summer-time';

/**
 * `quorum export` dates its documents by the local calendar. Runs in the unit-tz project
 * (Europe/London): at 00:30 BST on 20 October it is still 19 October in UTC.
 */

const TEMPLATE = join(import.meta.dirname, '../fixtures/templates/council-template.docx');

let dir: string;
const at = (name: string) => join(dir, name);

/** As cli/quorum.ts runs it: the real clock, which the fake timers here move. */
async function quorum(...argv: string[]): Promise<string> {
  let stderr = '';
  const code = await runCli(argv, {
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    now: () => new Date(),
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return argv[argv.indexOf('--out') + 1]!;
}

const exportSample = (out: string, options: string[]) =>
  quorum('export', at('sample.quorum'), ...options, '--out', at(out));

async function coreProperties(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file('docProps/core.xml')!.async('string');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-export-tz-'));
  await quorum('sample', '--out', at('sample.quorum'));
}, 60_000);

afterEach(() => vi.useRealTimers());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum export after midnight in British Summer Time', () => {
  it('runs an hour ahead of UTC, or it would prove nothing', expectBritishSummerTime);

  it('dates the action log by the local day', async () => {
    vi.useFakeTimers({ now: AFTER_LOCAL_MIDNIGHT, toFake: ['Date'] });
    const out = await exportSample('actions.docx', ['--format', 'actions']);
    expect(await coreProperties(out)).toContain('Open actions as at 20 October 2023');
  }, 60_000);

  it('stamps a filled council template with the local day', async () => {
    vi.useFakeTimers({ now: AFTER_LOCAL_MIDNIGHT, toFake: ['Date'] });
    const minutes = ['--meeting', '2023-10-09', '--format', 'minutes'];
    const out = await exportSample('council.docx', [...minutes, '--template', TEMPLATE]);
    expect(await coreProperties(out)).toContain('2023-10-20T00:00:00Z');
  }, 60_000);
});
