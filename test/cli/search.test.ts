import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../shared/sample';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { runInProcess } from './run-quorum';

let dir: string;
let file: string;
const NOW = '2024-01-20T10:00:00Z';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-search-'));
  file = join(dir, 'sample.quorum');
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date(NOW) });
  writeFileSync(
    file,
    encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: new Date(NOW) }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum search', () => {
  it('prints one hit a line, best first: kind, meeting date, item and the snippet', async () => {
    const run = await runInProcess(['search', file, 'deputation'], NOW);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^minutes {2}9 October 2023 {2}1\. Welcome and Introductions {2}.*Following the «deputation» to full council/,
    );
    expect(lines.every((l) => l.includes('«deputation»'))).toBe(true);
  });

  it('takes a query of several arguments with a phrase and a filter, and prints JSON', async () => {
    const run = await runInProcess(['search', file, 'schools', 'in:September', '--json'], NOW);
    expect(run.code).toBe(0);
    const { hits } = JSON.parse(run.stdout) as { hits: Record<string, unknown>[] };
    expect(Object.keys(hits[0]!)).toEqual([
      'kind',
      'meetingId',
      'meetingDate',
      'meetingTitle',
      'itemId',
      'title',
      'snippet',
    ]);
    expect(new Set(hits.map((h) => h.meetingDate))).toEqual(new Set(['2023-09-01']));
    expect(hits.filter((h) => h.kind === 'action').map((h) => h.title)).toEqual([
      'Share presentation with LCC migration team/schools and to attend schools of sanctuary event',
    ]);
    const phrase = await runInProcess(['search', file, '"schools of sanctuary"', '--json'], NOW);
    const phraseHits = (JSON.parse(phrase.stdout) as { hits: { snippet: string }[] }).hits;
    expect(phraseHits.length).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    const run = await runInProcess(['search', file, 'xylophone'], NOW);
    expect(run).toEqual({ code: 0, stdout: 'Nothing found for xylophone.\n', stderr: '' });
  });

  it.each([
    [['search'], 2, 'quorum: Missing the workspace file: quorum search <file.quorum> <query>.\n'],
    [
      ['search', 'x.quorum'],
      2,
      'quorum: Missing what to search for: quorum search <file.quorum> <query>.\n',
    ],
    [
      ['search', 'x.quorum', 'before:soon'],
      2,
      'quorum: “before:soon” needs a year or a date, for example before:2024 or before:2023-10-09.\n',
    ],
  ])('answers bad input %j with one line', async (argv, code, stderr) => {
    expect(await runInProcess(argv, NOW)).toEqual({ code, stdout: '', stderr });
  });

  it('answers a file that is not a workspace with one line, exit status 1', async () => {
    const bad = join(dir, 'bad.quorum');
    writeFileSync(bad, 'not a workspace');
    const run = await runInProcess(['search', bad, 'deputation'], NOW);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^quorum: .*bad\.quorum: /);
  });
});
