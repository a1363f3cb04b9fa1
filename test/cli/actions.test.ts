import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMeetings, updateAction, listActions } from '../../shared/model';
import { buildSampleWorkspace } from '../../shared/sample';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { runInProcess } from './run-quorum';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-actions-'));
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-02-01T09:00:00Z') });
  // A2 done, so --status has something to tell apart.
  const a2 = listActions(workspace).find((a) => a.due === null)!;
  updateAction(workspace, a2.id, { status: 'done' });
  file = join(dir, 'sample.quorum');
  writeFileSync(
    file,
    encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: new Date() }),
  );
  expect(listMeetings(workspace)).toHaveLength(3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum actions', () => {
  it('lists every action with its reference, RAG state in words, owner and due date', async () => {
    const run = await runInProcess(
      ['actions', file, '--as-of', '2024-02-01'],
      '2024-02-01T09:00:00Z',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^23\/\? A1 {2}Overdue {2}Jennifer Jennings {2}due 14 September 2023 +Share presentation with LCC/,
      ),
      expect.stringMatching(
        /^23\/\? A2 {2}Done {5}Jennifer Jennings {2}no due date +Link with other/,
      ),
    ]);
  });

  it('narrows by owner (any case), status and --overdue, and prints JSON for scripts', async () => {
    const run = await runInProcess(
      [
        'actions',
        file,
        '--owner',
        'JENNIFER jennings',
        '--status',
        'open,in-progress',
        '--overdue',
        '--as-of',
        '2024-02-01',
        '--json',
      ],
      '2024-02-01T09:00:00Z',
    );
    const out = JSON.parse(run.stdout) as { asOf: string; actions: Record<string, unknown>[] };
    expect(out.asOf).toBe('2024-02-01');
    expect(out.actions.map((a) => [a.reference, a.rag, a.status, a.due, a.owner])).toEqual([
      ['23/? A1', 'overdue', 'open', '2023-09-14', 'Jennifer Jennings'],
    ]);
    expect(Object.keys(out.actions[0]!)).toEqual([
      'reference',
      'provisional',
      'description',
      'owner',
      'due',
      'status',
      'rag',
      'meeting',
    ]);
    const done = await runInProcess(
      ['actions', file, '--status', 'done', '--json'],
      '2024-02-01T09:00:00Z',
    );
    expect((JSON.parse(done.stdout) as { actions: unknown[] }).actions).toHaveLength(1);
  });

  it('works out RAG states for the --as-of day, or today on the local calendar', async () => {
    const before = await runInProcess(
      ['actions', file, '--as-of', '2023-09-05', '--overdue'],
      '2024-02-01T09:00:00Z',
    );
    expect(before.stdout).toBe('No actions match.\n');
    const soon = await runInProcess(['actions', file, '--json'], '2023-09-05T09:00:00Z');
    const rows = JSON.parse(soon.stdout) as { asOf: string; actions: { rag: string }[] };
    expect(rows.asOf).toBe('2023-09-05');
    expect(rows.actions[0]!.rag).toBe('due soon');
  });

  it.each([
    [
      ['--status', 'finished'],
      2,
      'Unknown status “finished”: use open, in-progress, done or dropped',
    ],
    [['--as-of', '2024-02-30'], 2, '--as-of wants a real date as YYYY-MM-DD, not “2024-02-30”.'],
    [['--owner', 'Bob'], 1, 'No action is owned by “Bob” (owners: Jennifer Jennings).'],
    [['--owner', '  '], 2, '--owner needs a name'],
    [['--colour'], 2, 'Unknown option --colour for “quorum actions”'],
  ])('answers bad input %j with one line and exit code %i', async (extra, code, message) => {
    const run = await runInProcess(['actions', file, ...extra], '2024-02-01T09:00:00Z');
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  it('says which file it could not read', async () => {
    const run = await runInProcess(
      ['actions', join(dir, 'missing.quorum')],
      '2024-02-01T09:00:00Z',
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
