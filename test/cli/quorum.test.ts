import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quorum, quorumFromSource, ROOT } from './run-quorum';

// Each test starts a real Node process; tsx compiles on the first.
const SLOW = 60_000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEYS = [
  'id',
  'date',
  'title',
  'agendaItems',
  'attendees',
  'actions',
  'minutesStatus',
  'approvedOn',
  'approvedAt',
];
// Random (version 4) ids, or name-based (version 5) for a meeting prepared from another.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('quorum sample and info', () => {
  it(
    'writes the sample, and info --json lists its two seed meetings and the next, with their counts',
    { timeout: SLOW },
    () => {
      const sample = quorum(['sample', '--out', 'sample.quorum'], dir);
      expect(sample).toEqual({
        code: 0,
        stdout: 'Wrote the sample workspace (3 meetings) to sample.quorum\n',
        stderr: '',
      });

      const info = quorum(['info', 'sample.quorum', '--json'], dir);
      expect(info.code).toBe(0);
      expect(info.stderr).toBe('');
      const { meetings } = JSON.parse(info.stdout) as { meetings: Record<string, unknown>[] };
      expect(meetings.map((m) => Object.keys(m))).toEqual([[...KEYS], [...KEYS], [...KEYS]]);
      expect(meetings.map(({ id, ...rest }) => (expect(id).toMatch(UUID), rest))).toEqual([
        {
          date: '2023-09-01',
          title: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
          agendaItems: 3,
          attendees: 5,
          actions: 2,
          minutesStatus: 'draft',
          approvedOn: null,
          approvedAt: null,
        },
        {
          date: '2023-10-09',
          title: 'City of Sanctuary Local Authority Network Steering Group',
          agendaItems: 5,
          attendees: 1,
          actions: 0,
          // Agreed as a correct record at 15 January, the meeting prepared from it.
          minutesStatus: 'approved',
          approvedOn: '2024-01-15',
          approvedAt: meetings[2]!.id,
        },
        {
          // Prepared from 9 October: the standard agenda, nobody marked yet.
          date: '2024-01-15',
          title: 'City of Sanctuary Local Authority Network Steering Group',
          agendaItems: 7,
          attendees: 0,
          actions: 0,
          minutesStatus: 'draft',
          approvedOn: null,
          approvedAt: null,
        },
      ]);
    },
  );

  it('prints one line per meeting for people', { timeout: SLOW }, () => {
    quorum(['sample', '--out', 'people.quorum'], dir);
    expect(quorum(['info', join(dir, 'people.quorum')], ROOT)).toEqual({
      code: 0,
      stdout:
        '2023-09-01  Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)  (3 agenda items, 5 attendees, 2 actions)\n' +
        '2023-10-09  City of Sanctuary Local Authority Network Steering Group  (5 agenda items, 1 attendee, 0 actions)\n' +
        '2024-01-15  City of Sanctuary Local Authority Network Steering Group  (7 agenda items, 0 attendees, 0 actions)\n',
      stderr: '',
    });
  });

  it('runs from source as `npm run quorum` does', { timeout: SLOW }, () => {
    const out = join(dir, 'from-source.quorum');
    expect(quorumFromSource(['sample', '--out', out]).code).toBe(0);
    const npm = spawnSync('npm', ['run', '--silent', 'quorum', '--', 'info', out, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(npm.status).toBe(0);
    expect(JSON.parse(npm.stdout).meetings).toHaveLength(3);
  });
});

describe('quorum --help', () => {
  it('explains the command and each subcommand', { timeout: SLOW }, () => {
    const top = quorum(['--help'], dir);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Usage: quorum <command> \[options\]/);
    // Names are padded to the longest command's: the widths change as commands are added.
    expect(top.stdout).toMatch(/\n {2}sample {2,}Write the sample workspace/);
    expect(top.stdout).toMatch(/\n {2}info {4,}List the meetings in a workspace file/);
    expect(top.stdout).toMatch(/\n {2}actions {2,}List the action register/);
    expect(top.stdout).toMatch(/\n {2}attendance {2,}Count attendance at the meetings/);
    const info = quorum(['info', '--help'], dir);
    expect(info.stdout).toMatch(/^Usage: quorum info <file.quorum> \[--json\]/);
    expect(info.stdout).toContain(
      'attendees     people marked Present or In attendance (not Apologies or Absent)',
    );
    expect(quorum(['sample', '-h'], dir).stdout).toMatch(
      /^Usage: quorum sample --out <file.quorum> \[--force\]/,
    );
  });
});

describe('quorum on bad input: non-zero exit and one line on stderr', () => {
  // The real process for a few cases; run.test.ts covers every case in-process.
  beforeAll(() => {
    writeFileSync(join(dir, 'minutes.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0]));
  });

  it.each([
    [
      'an unknown command',
      ['frobnicate'],
      2,
      'quorum: Unknown command “frobnicate”; see quorum --help.',
    ],
    [
      'a missing file',
      ['info', 'nowhere.quorum'],
      1,
      'quorum: Cannot read nowhere.quorum: no such file.',
    ],
    [
      'a Word document',
      ['info', 'minutes.docx'],
      1,
      'quorum: minutes.docx: This file is not a Quorum workspace. It looks like a Word document or another zip file.',
    ],
    [
      'sample without --out',
      ['sample'],
      2,
      'quorum: Missing --out: say where to write the sample, e.g. --out sample.quorum.',
    ],
  ])('%s', { timeout: SLOW }, (_name, args, code, line) => {
    expect(quorum(args as string[], dir)).toEqual({ code, stdout: '', stderr: `${line}\n` });
  });
});
