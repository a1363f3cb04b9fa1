import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  listMeetings,
  mergePeople,
  setAttendance,
  type Person,
} from '../../shared/model';
import { listPeople } from '../../shared/model/people';
import { buildSampleWorkspace } from '../../shared/sample';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { runInProcess } from './run-quorum';

let dir: string;
let file: string;
let people: Person[];
const NOW = '2024-02-01T09:00:00Z';

interface Json {
  from: string | null;
  to: string | null;
  meetings: { date: string }[];
  people: {
    name: string;
    attended: number;
    expected: number;
    percentage: number | null;
    marks: unknown[];
  }[];
}

/** The sample, with a duplicate "Jenny" who sent apologies to October, merged into Jennifer. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-attendance-'));
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date(NOW) });
  people = listPeople(workspace);
  const jennifer = people.find((p) => p.name === 'Jennifer Jennings')!;
  const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
  const jenny = addPerson(workspace, { name: 'Jenny' });
  setAttendance(meetings.get(october.id)!, jenny, 'apologies');
  mergePeople(workspace, jenny, jennifer.id);
  file = join(dir, 'sample.quorum');
  writeFileSync(
    file,
    encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: new Date(NOW) }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum attendance', () => {
  it('prints one line a person, merged duplicates counted under the person kept', async () => {
    const run = await runInProcess(['attendance', file], NOW);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('All meetings: 3 meetings');
    expect(lines.find((l) => l.startsWith('Jennifer Jennings'))).toMatch(
      /attended 1 of 2, apologies 1, absent 0\s+50%$/,
    );
    expect(lines.some((l) => l.startsWith('Jenny '))).toBe(false);
    expect(lines.find((l) => l.startsWith('Councillor Harland'))).toMatch(/attended 1 of 1.*100%$/);
  });

  it('keeps to --from and --to, and gives every mark with --json', async () => {
    const run = await runInProcess(
      ['attendance', file, '--from', '2023-10-01', '--to', '2023-12-31', '--json'],
      NOW,
    );
    const json = JSON.parse(run.stdout) as Json;
    expect([json.from, json.to, json.meetings.map((m) => m.date)]).toEqual([
      '2023-10-01',
      '2023-12-31',
      ['2023-10-09'],
    ]);
    expect(json.people.map((p) => [p.name, p.marks, p.percentage])).toEqual([
      ['Councillor Harland', ['present'], 100],
      ['Jennifer Jennings', ['apologies'], 0],
    ]);
  });

  it('answers bad input with one line and a usage exit code', async () => {
    const cases: [string[], RegExp][] = [
      [['attendance'], /^quorum: Missing the workspace file/],
      [['attendance', file, '--from', '1/9/2023'], /--from “1\/9\/2023” is not a date/],
      [['attendance', file, '--to', '2023-02-30'], /--to “2023-02-30” is not a date/],
      [['attendance', file, '--from', '2024-01-01', '--to', '2023-01-01'], /is after --to/],
      [['attendance', file, '--owner', 'x'], /Unknown option --owner/],
    ];
    for (const [args, message] of cases) {
      const run = await runInProcess(args, NOW);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const missing = await runInProcess(['attendance', join(dir, 'nope.quorum')], NOW);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
