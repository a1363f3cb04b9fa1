import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { MeetingExportData } from '../../../../shared/export/meeting-data';
import { fillTemplate, inspectTemplate } from '../../../../shared/export/template';
import { Docx, elements, paragraphText } from './docx-reader';
import { richMeeting } from './rich-meeting';
import { p, row, splitLikeWord, table, wordLikeDocx } from './word-like';

/**
 * Repeating blocks written in Word-like templates made here by hand (JSZip and literal
 * WordprocessingML), read back with JSZip and xmldom and with mammoth.
 */
async function filled(body: string, data: MeetingExportData, kind = 'minutes' as const) {
  const result = await fillTemplate(await wordLikeDocx(body), data, { today: '2023-10-10', kind });
  if (!result.ok) throw new Error(result.message);
  const docx = await Docx.open(result.value);
  const doc = await docx.xml('word/document.xml');
  return { docx, doc, bytes: result.value, texts: elements(doc, 'p').map(paragraphText) };
}

function meetingWithActions(): MeetingExportData {
  const data = richMeeting();
  data.actions.push({
    ref: 'A3',
    description: 'Book the room for January',
    owner: 'Jennifer Jennings',
    due: '2023-09-14',
    status: 'open',
    itemNumber: 5,
  });
  return data;
}

const ITEMS_TEMPLATE = [
  p('Minutes of the meeting on {{date}}'),
  `<w:p>${splitLikeWord('{{#items}}')}</w:p>`,
  `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">{{number}}. </w:t></w:r>${splitLikeWord('{{title}}')}</w:p>`,
  p('{{minutes}}'),
  p('{{#decisions}}'),
  p('Resolved (item {{item}}): {{decision}}'),
  p('{{/decisions}}'),
  `<w:p>${splitLikeWord('{{/items}}')}</w:p>`,
  p('End of minutes.'),
].join('');

describe('{{#items}} … {{/items}} in paragraphs', () => {
  it('repeats the paragraphs once per item, fields split across runs and all', async () => {
    const { texts } = await filled(ITEMS_TEMPLATE, richMeeting());
    expect(texts[0]).toBe('Minutes of the meeting on 9 October 2023');
    const headings = texts.filter((t) => /^\d+\. /.test(t));
    expect(headings.slice(0, 3)).toEqual([
      '1. Welcome and Introductions',
      '2. Purpose of the Steering Group',
      '3. Steps to Become an Awarded Member',
    ]);
    // Marker paragraphs leave nothing behind; the text after the block stays after it.
    expect(texts.some((t) => t.includes('{{'))).toBe(false);
    expect(texts.at(-1)).toBe('End of minutes.');
  });

  it('puts each decision under its own item, not in a list apart', async () => {
    const { texts } = await filled(ITEMS_TEMPLATE, richMeeting());
    const purpose = texts.indexOf('2. Purpose of the Steering Group');
    const steps = texts.indexOf('3. Steps to Become an Awarded Member');
    const decision = texts.indexOf(
      'Resolved (item 2): An agreed group of core members will attend the steering group.',
    );
    expect(purpose).toBeGreaterThan(0);
    expect(decision).toBeGreaterThan(purpose);
    expect(decision).toBeLessThan(steps);
  });

  it('makes an agenda from the same template with no minutes or decisions', async () => {
    const { texts } = await filled(ITEMS_TEMPLATE, richMeeting(), 'agenda' as never);
    const all = texts.join('\n');
    expect(all).toContain('3. Steps to Become an Awarded Member');
    expect(all).not.toContain('Councillor Harland welcomed');
    expect(all).not.toContain('Resolved');
  });

  it('reads in order with mammoth', async () => {
    const { bytes } = await filled(ITEMS_TEMPLATE, richMeeting());
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const order = [
      '1. Welcome',
      'Councillor Harland welcomed',
      '2. Purpose',
      'Resolved (item 2)',
      '5. Communications',
      'End of minutes.',
    ];
    const at = order.map((text) => value.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('a block in a table row', () => {
  const ACTIONS_TABLE = table(
    row('Ref', 'Action', 'Owner', 'Due', 'Status'),
    row('{{#actions}}{{ref}}', '{{action}}', '{{owner}}', '{{due}}', '{{status}}{{/actions}}'),
  );

  it('repeats the row once per action and keeps the header row', async () => {
    const { doc } = await filled(ACTIONS_TABLE, meetingWithActions());
    const rows = elements(doc, 'tr').map((tr) => elements(tr, 'tc').map(paragraphText));
    expect(rows).toEqual([
      ['Ref', 'Action', 'Owner', 'Due', 'Status'],
      [
        'A1',
        'Share the migration report with the steering group',
        'Councillor Harland',
        '1 October 2023',
        'Open',
      ],
      ['A2', 'Draft the press release', 'Jennifer Jennings', 'No date', 'Done'],
      // Due before the meeting's export date, yet minutes say how it stood: Open.
      ['A3', 'Book the room for January', 'Jennifer Jennings', '14 September 2023', 'Open'],
    ]);
    // Every cell still ends with a paragraph, as Word requires.
    for (const tc of elements(doc, 'tc')) expect(elements(tc, 'p').length).toBeGreaterThan(0);
  });

  it('says so in words when a table’s repeated rows have nothing to repeat', async () => {
    const data = richMeeting();
    data.actions = [];
    const { doc, texts } = await filled(
      p('Actions') + table(row('{{#actions}}{{ref}}', '{{action}}{{/actions}}')) + p('After'),
      data,
    );
    expect(elements(doc, 'tbl')).toHaveLength(0);
    // Word refuses a table without rows; a header row alone would look like a fault.
    expect(texts).toEqual(['Actions', 'No actions were recorded.', 'After']);
  });

  it('repeats attendees in a .dotx, which comes out as a document', async () => {
    const body =
      p('Present') + p('{{#attendees}}{{name}}, {{role}} ({{attendance}}){{/attendees}}');
    const result = await fillTemplate(await wordLikeDocx(body, { dotx: true }), richMeeting());
    if (!result.ok) throw new Error(result.message);
    const docx = await Docx.open(result.value);
    const texts = elements(await docx.xml('word/document.xml'), 'p').map(paragraphText);
    expect(texts).toEqual([
      'Present',
      'Councillor Harland, Chair of the steering group; Migration lead (Present)',
      'Jennifer Jennings, Migration Support Officer (In attendance)',
    ]);
    expect(await docx.text('[Content_Types].xml')).toContain('document.main+xml');
  });
});

describe('mistakes in a template, reported before anything is written', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an unclosed block',
      p('{{#items}}') + p('{{title}}'),
      /^\{\{#items\}\} is never closed: add \{\{\/items\}\}/,
    ],
    [
      'a close with no open',
      p('{{title}}') + p('{{/items}}'),
      /^\{\{\/items\}\} closes a block that was never opened/,
    ],
    [
      'a field of actions inside items',
      p('{{#items}}') + p('{{owner}}') + p('{{/items}}'),
      /^\{\{owner\}\} is a field of \{\{#actions\}\}; put it between \{\{#actions\}\} and \{\{\/actions\}\} \(it is inside \{\{#items\}\}\)\.$/,
    ],
    [
      'a field outside every block',
      p('{{decision}}'),
      /^\{\{decision\}\} is a field of \{\{#decisions\}\}/,
    ],
    [
      'a block opened in a table cell and closed outside the table',
      table(row('{{#actions}}{{ref}}', '{{action}}')) + p('{{/actions}}'),
      /^\{\{#actions\}\} and \{\{\/actions\}\} must sit in the same place/,
    ],
    [
      'a block opened in one table and closed in another',
      table(row('{{#actions}}{{ref}}')) + p('') + table(row('{{/actions}}')),
      /must sit in the same place/,
    ],
    [
      'attendees inside items',
      p('{{#items}}') + p('{{#attendees}}') + p('{{/attendees}}') + p('{{/items}}'),
      /^\{\{#attendees\}\} cannot sit inside \{\{#items\}\}; inside it only \{\{#decisions\}\} or \{\{#actions\}\} can repeat\.$/,
    ],
    [
      'an unknown block',
      p('{{#people}}') + p('{{/people}}'),
      /^\{\{#people\}\} is not a block Quorum repeats/,
    ],
    [
      'blocks closed in the wrong order',
      p('{{#items}}') + p('{{#decisions}}') + p('{{/items}}') + p('{{/decisions}}'),
      /^\{\{#decisions\}\} is not closed before \{\{\/items\}\}/,
    ],
  ];

  it.each(cases)('%s', async (_name, body, message) => {
    const bytes = await wordLikeDocx(body);
    const result = await fillTemplate(bytes, richMeeting());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('template-mistake');
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
    // The import screen hears the same line, before any export.
    const inspected = await inspectTemplate(bytes);
    expect(inspected).toEqual({ ok: false, error: 'template-mistake', message: result.message });
  });

  it('lists an unknown field inside a block as a warning and leaves it as typed', async () => {
    const body = p('{{#items}}{{title}} {{colour}}{{/items}}');
    const inspected = await inspectTemplate(await wordLikeDocx(body));
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.value.unknown.map((u) => u.raw)).toEqual(['{{colour}}']);
    expect(inspected.value.blocks).toEqual(['items']);
    const { texts } = await filled(body, richMeeting());
    expect(texts[0]).toBe('Welcome and Introductions {{colour}}');
  });

  it('warns of a picture without alt text, and not of one that has it', async () => {
    const drawing = (descr: string) =>
      `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Logo"${descr}/></wp:inline></w:drawing></w:r></w:p>`;
    const bare = await inspectTemplate(await wordLikeDocx(p('{{title}}'), { header: drawing('') }));
    const described = await inspectTemplate(
      await wordLikeDocx(p('{{title}}'), { header: drawing(' descr="Council crest"') }),
    );
    if (!bare.ok || !described.ok) throw new Error('not inspected');
    expect(bare.value.warnings).toEqual([
      'The picture "Logo" in a header has no alt text; add it in Word (right-click the picture, then View Alt Text) so a screen reader can describe it.',
    ]);
    expect(described.value.warnings).toEqual([]);
  });
});
