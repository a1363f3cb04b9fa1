import { describe, expect, it } from 'vitest';
import { agendaTimings, buildAgendaDocx } from '../../../../shared/export/house';
import { headings, missingInOrder, openDocx, tables, textOf } from './docx-reader';
import { fullMeeting } from './fixtures';
import { numberedParagraphs } from './numbering-reader';

describe('agendaTimings', () => {
  it('starts each item when the one before ends', () => {
    const items = [
      { id: 'a', allottedMinutes: 5 },
      { id: 'b', allottedMinutes: 0 },
      { id: 'c', allottedMinutes: 50 },
    ];
    expect(agendaTimings('13:00', items)).toEqual([
      { itemId: 'a', start: '13:00', end: '13:05' },
      { itemId: 'b', start: '13:05', end: '13:05' },
      { itemId: 'c', start: '13:05', end: '13:55' },
    ]);
  });

  it('wraps past midnight and gives no times without a valid start', () => {
    expect(agendaTimings('23:50', [{ id: 'a', allottedMinutes: 20 }])).toEqual([
      { itemId: 'a', start: '23:50', end: '00:10' },
    ]);
    expect(agendaTimings('', [{ id: 'a', allottedMinutes: 20 }])).toEqual([
      { itemId: 'a', start: null, end: null },
    ]);
  });
});

describe('buildAgendaDocx', async () => {
  const pkg = await openDocx(await buildAgendaDocx(fullMeeting()));
  const paras = numberedParagraphs(pkg.document, pkg.numbering).filter((p) => !p.inTable);

  it('numbers the items with Word numbering under the title', () => {
    expect(headings(pkg.document)).toEqual([
      { level: 1, text: 'Agenda: Steering Group' },
      { level: 2, text: 'Welcome and introductions' },
      { level: 2, text: 'Migration strategy' },
      { level: 2, text: 'Any other business' },
    ]);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.label)).toEqual([
      '1.',
      '2.',
      '3.',
    ]);
  });

  it('gives each item its start time, time allotted, presenter and purpose', () => {
    expect(
      missingInOrder(paras.map((p) => p.text).join('\n'), [
        'Welcome and introductions',
        'Time: 1pm - 1.05pm (5 minutes)',
        'Presenter: Councillor Harland',
        'Purpose: For information',
        'Introductions round the table.',
        'Migration strategy',
        'Time: 1.05pm - 1.25pm (20 minutes)',
        'Purpose: For decision',
        'Any other business',
        'Time: 1.25pm - 1.35pm (10 minutes)',
        'Purpose: For discussion',
      ]),
    ).toEqual([]);
    // No presenter line where none is set, and no minutes in an agenda.
    expect(paras.filter((p) => p.text.startsWith('Presenter:'))).toHaveLength(1);
    expect(textOf(pkg.document.documentElement!)).not.toContain('The chair welcomed');
  });

  it('has the meeting header table and no draft marking', () => {
    const [header] = tables(pkg.document);
    expect(header!.rows.map((r) => r.cells[0])).toEqual([
      'Meeting',
      'Date',
      'Time',
      'Venue',
      'Chair',
    ]);
    expect(header!.rows.some((r) => r.header)).toBe(false);
    const headerText = pkg.headers.map((h) => textOf(h.documentElement!)).join();
    expect(headerText).toContain('Sanctuary Steering Group');
    expect(headerText).not.toContain('DRAFT');
  });
});
