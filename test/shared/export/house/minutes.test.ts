import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildMinutesDocx } from '../../../../shared/export/house';
import {
  byTag,
  headings,
  missingInOrder,
  openDocx,
  paragraphs,
  tables,
  textOf,
  W,
} from './docx-reader';
import { fullMeeting } from './fixtures';
import { numberedParagraphs, numberingLevels } from './numbering-reader';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function minutes() {
  const bytes = await buildMinutesDocx(fullMeeting());
  return { bytes, pkg: await openDocx(bytes) };
}

describe('buildMinutesDocx', () => {
  it('returns the bytes of a .docx package', async () => {
    const { bytes, pkg } = await minutes();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(pkg.paths).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
  });

  it('keeps headings in order with no level skipped', async () => {
    const { pkg } = await minutes();
    const found = headings(pkg.document);
    expect(found).toEqual([
      { level: 1, text: 'Minutes: Steering Group' },
      { level: 2, text: 'Present' },
      { level: 2, text: 'Apologies' },
      { level: 2, text: 'In attendance' },
      { level: 2, text: 'Welcome and introductions' },
      // Editor levels 1 and 2 inside an item sit under its Heading 2.
      { level: 3, text: 'Background' },
      { level: 4, text: 'History' },
      { level: 2, text: 'Migration strategy' },
      { level: 2, text: 'Any other business' },
      { level: 2, text: 'Actions' },
      { level: 2, text: 'Date of next meeting' },
    ]);
    found.forEach((h, i) => expect(h.level).toBeLessThanOrEqual((found[i - 1]?.level ?? 0) + 1));
  });

  it('numbers items 1, 2, 3 and the points of their numbered lists 1.1, 1.2 with Word numbering', async () => {
    const { pkg } = await minutes();
    const paras = numberedParagraphs(pkg.document, pkg.numbering);
    const label = (start: string) => paras.find((p) => p.text.startsWith(start))?.label;
    expect(label('Welcome and introductions')).toBe('1.');
    expect(label('First step')).toBe('1.1');
    expect(label('Second step')).toBe('1.2');
    expect(label('Migration strategy')).toBe('2.');
    expect(label('Improve access to services')).toBe('2.1');
    expect(label('Strong partnerships')).toBe('2.2');
    expect(label('Any other business')).toBe('3.');
    // Paragraphs and decisions are not points: they take no number, as on screen.
    expect(label('The chair welcomed')).toBeNull();
    expect(label('See the pledge')).toBeNull();
    expect(label('Decision: The group will meet quarterly.')).toBeNull();
    expect(label('The strategy was presented.')).toBeNull();
    // The numbers are Word's: no paragraph text starts with a typed "1." or "1.1".
    expect(paras.filter((p) => /^\d+\.(\d+\.?)*\s/.test(p.text))).toEqual([]);

    const item = paras.find((p) => p.text === 'Welcome and introductions')!;
    const levels = numberingLevels(pkg.numbering);
    expect(levels.level(item.numId!, 0)).toMatchObject({ format: 'decimal', text: '%1.' });
    const point = paras.find((p) => p.text === 'First step')!;
    expect(levels.level(point.numId!, 0)).toMatchObject({ format: 'decimal', text: '1.%1' });
  });

  it('writes the minute-taker’s lists as nested Word lists, points numbered per item', async () => {
    const { pkg } = await minutes();
    const paras = numberedParagraphs(pkg.document, pkg.numbering);
    const find = (text: string) => paras.find((p) => p.text === text)!;
    const first = find('First step');
    const nested = find('Nested bullet A');
    const second = find('Second step');
    const otherItem = find('Improve access to services');
    expect([first.ilvl, nested.ilvl, second.ilvl]).toEqual([0, 1, 0]);
    expect([first.label, second.label, nested.label]).toEqual(['1.1', '1.2', '–']);
    expect(second.numId).toBe(first.numId);
    // Item 2's list is a list of its own, numbered under item 2.
    expect(otherItem.numId).not.toBe(first.numId);
    expect([otherItem.label, find('Strong partnerships').label]).toEqual(['2.1', '2.2']);
    const levels = numberingLevels(pkg.numbering);
    expect(levels.level(nested.numId!, 1).format).toBe('bullet');
    expect(levels.level(first.numId!, 0).format).toBe('decimal');
  });

  it('keeps a list’s start number and a list item’s second paragraph', async () => {
    const base = fullMeeting();
    const para = (text: string) => ({ type: 'paragraph' as const, inlines: [{ text }] });
    const item = {
      ...base.agenda[0]!,
      minutes: [
        {
          type: 'list' as const,
          ordered: true,
          start: 4,
          items: [
            { blocks: [para('Fourth'), para('More on the fourth')] },
            { blocks: [para('Fifth')] },
          ],
        },
      ],
    };
    const pkg = await openDocx(await buildMinutesDocx({ ...base, agenda: [item] }));
    const paras = numberedParagraphs(pkg.document, pkg.numbering);
    const find = (text: string) => paras.find((p) => p.text === text)!;
    expect([find('Fourth').label, find('Fifth').label]).toEqual(['1.4', '1.5']);
    expect(find('More on the fourth')).toMatchObject({ label: null, numId: null });
    expect(paras.indexOf(find('More on the fourth'))).toBe(paras.indexOf(find('Fourth')) + 1);
  });

  it('carries bold, italic, links and line breaks over', async () => {
    const { pkg } = await minutes();
    const paragraph = byTag(pkg.document, 'p').find((p) => textOf(p).startsWith('See the pledge'))!;
    expect(textOf(paragraph)).toBe('See the pledge and the bold point and an aside\non a new line');
    const runs = byTag(paragraph, 'r');
    const run = (text: string) => runs.find((r) => textOf(r) === text)!;
    expect(byTag(run('bold point'), 'b')).toHaveLength(1);
    expect(byTag(run('an aside'), 'i')).toHaveLength(1);
    expect(byTag(run(' and '), 'b')).toHaveLength(0);
    const link = byTag(paragraph, 'hyperlink')[0]!;
    expect(textOf(link)).toBe('the pledge');
    const rel = byTag(
      pkg.rels,
      'Relationship',
      'http://schemas.openxmlformats.org/package/2006/relationships',
    ).find((r) => r.getAttribute('Id') === link.getAttributeNS(R, 'id'))!;
    expect([rel.getAttribute('Target'), rel.getAttribute('TargetMode')]).toEqual([
      'https://cityofsanctuary.org/pledge',
      'External',
    ]);
  });

  it('calls decisions out in the Decision style', async () => {
    const { pkg } = await minutes();
    const decision = numberedParagraphs(pkg.document, pkg.numbering).filter(
      (p) => p.style === 'Decision',
    );
    expect(decision.map((p) => p.text)).toEqual(['Decision: The group will meet quarterly.']);
    const style = byTag(pkg.styles, 'style').find(
      (s) => s.getAttributeNS(W, 'styleId') === 'Decision',
    )!;
    expect(byTag(style, 'shd')[0]?.getAttributeNS(W, 'fill')).toBe('EDEDED');
    expect(byTag(style, 'pBdr')).toHaveLength(1);
  });

  it('has a header table without a header row, and data tables with one', async () => {
    const { pkg } = await minutes();
    const [header, present, apologies, inAttendance, actions, ...rest] = tables(pkg.document);
    expect(rest).toEqual([]);
    expect(header!.rows.map((r) => r.cells)).toEqual([
      ['Meeting', 'Steering Group'],
      ['Date', '9 October 2023'],
      ['Time', '1pm - 2pm'],
      ['Venue', 'Microsoft Teams'],
      ['Chair', 'Councillor Harland'],
    ]);
    expect(['1', 'true']).toContain(header!.look?.getAttributeNS(W, 'firstColumn'));
    expect(present!.rows.map((r) => r.cells)).toEqual([
      ['Name', 'Role', 'Organisation'],
      ['Councillor Harland', 'Chair', 'Leeds City Council'],
      ['Rose McCarthy', 'Trustee', 'Leeds City of Sanctuary'],
    ]);
    expect(apologies!.rows[1]!.cells[0]).toBe('Mary Brandon');
    expect(inAttendance!.rows[1]!.cells[0]).toBe('Gerard Watson');
    expect(actions!.rows.map((r) => r.cells)).toEqual([
      ['Ref', 'Action', 'Owner', 'Due', 'Status'],
      [
        'A1',
        'Share presentation with the schools team',
        'Jennifer Jennings',
        '14 September 2023',
        'Open',
      ],
      ['A2', 'Link with other councils', 'Migration team', 'No date', 'In progress'],
    ]);
    for (const table of [present, apologies, inAttendance, actions])
      expect(table!.rows.map((r) => r.header)).toEqual(table!.rows.map((_, i) => i === 0));
    // Meeting / Date / Time are labels in a column, not column headings.
    expect(header!.rows.map((r) => r.header)).toEqual(header!.rows.map(() => false));
    expect(['0', 'false']).toContain(header!.look?.getAttributeNS(W, 'firstRow'));
    expect(textOf(pkg.document.documentElement!)).not.toContain('Absent Person');
  });

  it('reads back in order through mammoth, a second reader', async () => {
    const { bytes } = await minutes();
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(
      missingInOrder(value, [
        'Minutes: Steering Group',
        'Present',
        'Rose McCarthy',
        'Apologies',
        'Mary Brandon',
        'In attendance',
        'Gerard Watson',
        'Welcome and introductions',
        'Presented by Councillor Harland',
        'The chair welcomed everyone.',
        'Background',
        'First step',
        'Nested bullet A',
        'Second step',
        'Decision: The group will meet quarterly.',
        'Action A1: see Actions.',
        'Migration strategy',
        'Strong partnerships',
        'Any other business',
        'There was no other business.',
        'Actions',
        'Share presentation with the schools team',
        'Date of next meeting',
        '15 January 2024, 1pm - 2pm',
      ]),
    ).toEqual([]);
  });
});

describe('the date of the next meeting in the minutes', () => {
  it('goes under the agenda’s “Date of next meeting” item, once, not in a section after', async () => {
    const base = fullMeeting();
    const closing = {
      ...base.agenda[0]!,
      id: 'next',
      number: base.agenda.length + 1,
      title: 'Date of next meeting',
      minutes: [],
      decisions: [],
      questions: [],
    };
    const data = fullMeeting({
      agenda: [...base.agenda, closing],
      nextMeeting: { date: '2024-01-09', startTime: '13:00', endTime: '14:00' },
    });
    const pkg = await openDocx(await buildMinutesDocx(data));
    const found = headings(pkg.document).filter((h) => h.text === 'Date of next meeting');
    expect(found).toEqual([{ level: 2, text: 'Date of next meeting' }]);
    const text = textOf(pkg.document.documentElement!);
    expect(text.split('The next meeting will be held on 9 January 2024, 1pm - 2pm.')).toHaveLength(
      2,
    );
  });

  it('gets a section after the items when agreed there is no item for it, and none when not agreed', async () => {
    const agreed = fullMeeting({
      nextMeeting: { date: '2024-01-09', startTime: null, endTime: null },
    });
    const withDate = await openDocx(await buildMinutesDocx(agreed));
    expect(headings(withDate.document).map((h) => h.text)).toContain('Date of next meeting');
    // Seed 000 agreed no date and has no such heading: the minutes do not invent one.
    const none = await openDocx(await buildMinutesDocx(fullMeeting({ nextMeeting: null })));
    expect(headings(none.document).map((h) => h.text)).not.toContain('Date of next meeting');
    expect(textOf(none.document.documentElement!)).not.toContain('To be confirmed');
  });
});

describe('standard items with nothing minuted under them', () => {
  const empty = (title: string, number: number) => ({
    ...fullMeeting().agenda[2]!,
    id: `standard-${number}`,
    number,
    title,
  });

  async function bodyText(data: ReturnType<typeof fullMeeting>) {
    const pkg = await openDocx(await buildMinutesDocx(data));
    return paragraphs(pkg.document).map((p) => p.text);
  }

  it('say so in the words clerks use, and never “no notes were taken”', async () => {
    const base = fullMeeting();
    const agenda = [
      empty('Apologies', 1),
      empty('Declarations of interest', 2),
      empty('Matters arising', 3),
      empty('Any other business', 4),
      empty('Budget', 5),
    ];
    const texts = await bodyText({
      ...base,
      agenda,
      actions: [],
      attendance: { ...base.attendance, apologies: [] },
    });
    // The item's heading is the last of that name (the attendance section has an Apologies too).
    const after = (title: string) => texts[texts.lastIndexOf(title) + 1];
    expect(after('Apologies')).toBe('No apologies were received.');
    expect(after('Declarations of interest')).toBe('No declarations of interest were made.');
    expect(after('Matters arising')).toBe('There were no matters arising.');
    // With actions brought forward but none spoken to, it does not claim there were none.
    const broughtForward = await bodyText({
      ...base,
      agenda,
      actions: [],
      attendance: { ...base.attendance, apologies: [] },
      actionsBroughtForward: 2,
    });
    expect(broughtForward[broughtForward.lastIndexOf('Matters arising') + 1]).toBe(
      'No updates were given on the actions brought forward from earlier meetings.',
    );
    expect(after('Any other business')).toBe('There was no other business.');
    // An ordinary item with nothing under it keeps its heading alone.
    expect(after('Budget')).toBe('Actions');
    expect(texts.join('\n')).not.toMatch(/no notes were taken|nothing was minuted/i);
  });

  it('name those who sent apologies under an empty Apologies item', async () => {
    const base = fullMeeting();
    const texts = await bodyText({ ...base, agenda: [empty('Apologies', 1)], actions: [] });
    expect(texts[texts.lastIndexOf('Apologies') + 1]).toBe(
      'Apologies were received from Mary Brandon.',
    );
  });
});
