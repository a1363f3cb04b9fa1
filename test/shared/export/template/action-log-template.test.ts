import { describe, expect, it } from 'vitest';
import type { ActionLogData } from '../../../../shared/export/house/action-log';
import { fillActionLogTemplate } from '../../../../shared/export/template';
import { Docx, elements, paragraphText } from './docx-reader';
import { p, row, table, wordLikeDocx } from './word-like';

/** A template registered for the action log: the only document that reports "overdue". */
const LOG: ActionLogData = {
  group: { name: 'Sanctuary Steering Group', organisation: 'Leeds City Council' },
  today: '2023-10-20',
  groupBy: 'owner',
  actions: [
    {
      ref: 'A1',
      description: 'Share the migration report',
      owner: 'Councillor Harland',
      due: '2023-09-14',
      status: 'open',
      meetingTitle: 'Steering Group',
      meetingDate: '2023-10-09',
    },
    {
      ref: 'A2',
      description: 'Draft the press release',
      owner: 'Jennifer Jennings',
      due: null,
      status: 'in progress',
      meetingTitle: 'Steering Group',
      meetingDate: '2023-10-09',
    },
    {
      ref: 'A3',
      description: 'Done already',
      owner: 'Jennifer Jennings',
      due: '2023-09-01',
      status: 'done',
      meetingTitle: 'Steering Group',
      meetingDate: '2023-09-01',
    },
  ],
};

describe('fillActionLogTemplate', () => {
  it('lists the open actions, overdue as of the log’s own date, with their meeting', async () => {
    const body =
      p('{{document}} of the {{group}}, {{date}}') +
      table(
        row('Ref', 'Action', 'Owner', 'Due', 'Status'),
        row(
          '{{#actions}}{{ref}}',
          '{{action}}',
          '{{owner}}',
          '{{due}}',
          '{{status}} ({{meeting}}){{/actions}}',
        ),
      );
    const result = await fillActionLogTemplate(await wordLikeDocx(body), LOG);
    if (!result.ok) throw new Error(result.message);
    const docx = await Docx.open(result.value);
    const doc = await docx.xml('word/document.xml');
    expect(paragraphText(elements(doc, 'p')[0]!)).toBe(
      'Action log of the Sanctuary Steering Group, 20 October 2023',
    );
    const rows = elements(doc, 'tr').map((tr) => elements(tr, 'tc').map(paragraphText));
    expect(rows.slice(1)).toEqual([
      [
        'A1',
        'Share the migration report',
        'Councillor Harland',
        '14 September 2023',
        'Overdue (open) (9 October 2023: Steering Group)',
      ],
      [
        'A2',
        'Draft the press release',
        'Jennifer Jennings',
        'No date',
        'In progress (9 October 2023: Steering Group)',
      ],
    ]);
    const core = await docx.text('docProps/core.xml');
    expect(core).toContain('<dc:creator>Leeds City Council</dc:creator>');
    expect(core).toContain('2023-10-20T00:00:00Z');
  });
});
