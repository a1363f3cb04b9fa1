import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvePreviousMinutes } from '../../shared/export/approve-previous';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { octoberAndJanuary } from '../shared/model/approval-fixtures';
import { runInProcess } from './run-quorum';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-info-approval-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum info --json and approval', () => {
  it('gives each meeting its minutes status, the date approved and the approving meeting', async () => {
    const { workspace, october, january, octoberId, januaryId } = octoberAndJanuary();
    approvePreviousMinutes(workspace, january, october, {
      resolution: 'agreed',
      amendments: '',
      by: 'Councillor Harland',
    });
    const file = join(dir, 'approved.quorum');
    const meetings = new Map([
      [octoberId, october],
      [januaryId, january],
    ]);
    writeFileSync(
      file,
      encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: new Date() }),
    );

    const info = await runInProcess(['info', file, '--json'], '2024-01-16T09:00:00Z');
    expect(info.stderr).toBe('');
    const rows = (JSON.parse(info.stdout) as { meetings: Record<string, unknown>[] }).meetings;
    expect(
      rows.map(({ id, minutesStatus, approvedOn, approvedAt }) => ({
        id,
        minutesStatus,
        approvedOn,
        approvedAt,
      })),
    ).toEqual([
      { id: octoberId, minutesStatus: 'approved', approvedOn: '2024-01-15', approvedAt: januaryId },
      { id: januaryId, minutesStatus: 'draft', approvedOn: null, approvedAt: null },
    ]);
  });
});
