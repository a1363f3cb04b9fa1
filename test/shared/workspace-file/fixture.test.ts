import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../../shared/model';
import { importWorkspaceFile } from '../../../shared/workspace-file';
import { readLayout } from './file-layout';

const fixture = new Uint8Array(
  readFileSync(new URL('../../fixtures/workspace-files/sample-format-1.quorum', import.meta.url)),
);

describe('a format 1 file written by Quorum 0.1.0', () => {
  it('is laid out as documented', () => {
    const layout = readLayout(fixture);
    expect(layout).toMatchObject({ magic: 'QUORUM', version: 1, totalLength: fixture.length });
    expect(layout.manifest).toMatchObject({ formatVersion: 1, appVersion: '0.1.0' });
    expect(layout.manifest.documents.map((d) => d.kind)).toEqual([
      'workspace',
      'meeting',
      'meeting',
    ]);
  });

  it('still opens, with everything in it', () => {
    const result = importWorkspaceFile(fixture);
    if (!result.ok) throw new Error(result.message);
    const { summary, workspace } = result.value;
    expect(summary.groupName).toBe(
      'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group',
    );
    expect(summary.people).toBe(9);
    expect(
      summary.meetings.map(({ date, agendaItems, attendees, actions }) => [
        date,
        agendaItems,
        attendees,
        actions,
      ]),
    ).toEqual([
      ['2023-09-01', 3, 5, 2],
      ['2023-10-09', 10, 1, 0],
    ]);
    expect(listActions(workspace).map((a) => a.due)).toEqual(['2023-09-14', null]);
  });
});
