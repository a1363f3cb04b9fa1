import { describe, expect, it } from 'vitest';
import {
  buildActionLogDocx,
  readActionLogData,
  type ActionLogData,
} from '../../../../shared/export/house';
import { createAction, listMeetings } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { headings, openDocx, paragraphs, tables, textOf } from './docx-reader';

/** The sample workspace plus actions on the 9 October meeting: one done, two still open. */
function workspaceWithActions() {
  const { workspace } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
  const add = (description: string, status: 'done' | 'in progress' | 'open', ms: number) =>
    createAction(
      workspace,
      {
        description,
        ownerName: 'Migration team',
        due: '2023-12-01',
        status,
        meetingId: october.id,
      },
      new Date(Date.parse('2023-10-09T14:00:00Z') + ms),
    );
  add('Draft the press release', 'done', 0);
  add('Prepare the action plan', 'in progress', 1);
  add('Book the celebration venue', 'open', 2);
  return workspace;
}

describe('readActionLogData', () => {
  it('takes open and in-progress actions from every meeting, with their minutes’ refs', () => {
    const log = readActionLogData(workspaceWithActions(), { today: '2023-10-10' });
    expect(log.group.name).toContain('City of Sanctuary');
    expect(log.groupBy).toBe('owner');
    expect(
      log.actions.map((a) => [a.ref, a.description, a.owner, a.status, a.meetingDate]),
    ).toEqual([
      [
        'A1',
        'Share presentation with LCC migration team/schools and to attend schools of sanctuary event',
        'Jennifer Jennings',
        'open',
        '2023-09-01',
      ],
      // A1 on 9 October is the done press release, so these are A2 and A3 as in its minutes.
      ['A2', 'Prepare the action plan', 'Migration team', 'in progress', '2023-10-09'],
      ['A3', 'Book the celebration venue', 'Migration team', 'open', '2023-10-09'],
      [
        'A2',
        'Link with other councils who have been through the process',
        'Jennifer Jennings',
        'open',
        '2023-09-01',
      ],
    ]);
  });
});

describe('buildActionLogDocx', () => {
  const log = (groupBy: 'owner' | 'meeting', today = '2023-10-10'): ActionLogData =>
    readActionLogData(workspaceWithActions(), { today, groupBy });

  it('groups by owner, A to Z, and flags overdue actions in words', async () => {
    const pkg = await openDocx(await buildActionLogDocx(log('owner')));
    expect(headings(pkg.document).map((h) => [h.level, h.text])).toEqual([
      [
        1,
        'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group: action log',
      ],
      [2, 'Jennifer Jennings'],
      [2, 'Migration team'],
    ]);
    const [jennings, team] = tables(pkg.document);
    expect(jennings!.rows[0]).toEqual({
      header: true,
      cells: ['Ref', 'Action', 'Meeting', 'Due', 'Status'],
    });
    expect(jennings!.rows.slice(1).map((r) => [r.cells[0], r.cells[3], r.cells[4]])).toEqual([
      ['A1', '14 September 2023', 'Overdue (open)'],
      ['A2', 'No date', 'Open'],
    ]);
    expect(jennings!.rows[1]!.cells[2]).toBe(
      '1 September 2023: Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
    );
    expect(team!.rows.slice(1).map((r) => [r.cells[1], r.cells[4]])).toEqual([
      ['Prepare the action plan', 'In progress'],
      ['Book the celebration venue', 'Open'],
    ]);
    const text = textOf(pkg.document.documentElement!);
    expect(text).not.toContain('Draft the press release');
    expect(paragraphs(pkg.document)[1]!.text).toBe(
      'Open actions as at 10 October 2023: 4, of which 1 overdue. Grouped by owner.',
    );
  });

  it('groups by meeting, oldest first, with an owner column', async () => {
    const pkg = await openDocx(await buildActionLogDocx(log('meeting')));
    expect(
      headings(pkg.document)
        .slice(1)
        .map((h) => h.text),
    ).toEqual([
      '1 September 2023: Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
      '9 October 2023: City of Sanctuary Local Authority Network Steering Group',
    ]);
    const [first, second] = tables(pkg.document);
    expect(first!.rows[0]!.cells).toEqual(['Ref', 'Action', 'Owner', 'Due', 'Status']);
    expect(second!.rows.slice(1).map((r) => r.cells[2])).toEqual([
      'Migration team',
      'Migration team',
    ]);
  });

  it('judges overdue against the today it is given', async () => {
    const early = await openDocx(await buildActionLogDocx(log('owner', '2023-09-14')));
    expect(textOf(early.document.documentElement!)).not.toContain('Overdue');
    const late = await openDocx(await buildActionLogDocx(log('owner', '2023-12-02')));
    const statuses = tables(late.document).flatMap((t) => t.rows.slice(1).map((r) => r.cells[4]));
    expect(statuses).toEqual(['Overdue (open)', 'Open', 'Overdue (in progress)', 'Overdue (open)']);
  });

  it('says so when nothing is open', async () => {
    const empty = { ...log('owner'), actions: [] };
    const pkg = await openDocx(await buildActionLogDocx(empty));
    expect(tables(pkg.document)).toEqual([]);
    expect(textOf(pkg.document.documentElement!)).toContain('There are no open actions.');
  });
});
