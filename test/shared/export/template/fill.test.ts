import mammoth from 'mammoth';
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../shared/export/template';
import { AWARD_STEPS } from '../../../../shared/sample/meeting-2023-10-09';
import {
  Docx,
  attr,
  child,
  elements,
  expectNoPlaceholders,
  fixture,
  paragraphText,
  sampleMeeting,
  styleOf,
} from './docx-reader';
import { RTL_NOTE, richMeeting } from './rich-meeting';

interface Expected {
  heading2: string;
  heading3: string;
  /** Unknown placeholders the template holds, left as typed. */
  left: string[];
  listStyle: string | null;
  tableStyle: string | null;
  /** Parts that must come out byte-for-byte as they went in. */
  unchanged: string[];
}

const TEMPLATES: Record<string, Expected> = {
  'council-template.docx': {
    heading2: 'Heading2',
    heading3: 'Heading3',
    left: [],
    listStyle: 'ListNumber',
    tableStyle: 'TableGrid',
    unchanged: [
      'word/theme/theme1.xml',
      'word/settings.xml',
      'word/header1.xml',
      'docProps/thumbnail.jpeg',
      'customXml/item1.xml',
    ],
  },
  'handmade.docx': {
    heading2: 'berschrift2',
    heading3: 'berschrift3',
    left: ['{{venue_name}}'],
    listStyle: null,
    tableStyle: null,
    unchanged: ['word/media/logo.png', 'word/_rels/header1.xml.rels'],
  },
  'handmade.dotx': {
    heading2: 'berschrift2',
    heading3: 'berschrift3',
    left: ['{{venue_name}}'],
    listStyle: null,
    tableStyle: null,
    unchanged: ['word/media/logo.png'],
  },
  'libreoffice.docx': {
    heading2: 'Heading2',
    heading3: 'Heading3',
    left: [],
    listStyle: null, // LibreOffice's template defines List Bullet but no List Number.
    tableStyle: null,
    unchanged: ['word/settings.xml', 'word/fontTable.xml', 'docProps/app.xml'],
  },
};

// Seed 000's own heading over the steps (not an invented "Progress so far").
const ACTION_HEADING =
  'Action Leeds City Council will take to become an awarded member of the City of Sanctuary Local Authority Network';

const filled = new Map<string, { template: Docx; out: Docx; bytes: Uint8Array }>();

beforeAll(async () => {
  for (const name of Object.keys(TEMPLATES)) {
    const result = await fillTemplate(fixture(name), richMeeting(), { today: '2023-10-10' });
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    filled.set(name, {
      template: await Docx.open(fixture(name)),
      out: await Docx.open(result.value),
      bytes: result.value,
    });
  }
});

const serialise = (node: Document | Element) => new XMLSerializer().serializeToString(node);

function get(name: string) {
  const entry = filled.get(name);
  if (!entry) throw new Error(`${name} was not filled`);
  return entry;
}

describe.each(Object.entries(TEMPLATES))('fillTemplate with %s', (name, expected) => {
  it('writes well-formed XML in every part and leaves no known placeholder', async () => {
    const { out } = get(name);
    expect((await out.allXml()).size).toBeGreaterThan(4);
    const texts = await out.wordText();
    expect([...texts.keys()].some((part) => /header/.test(part))).toBe(true);
    expect([...texts.keys()].some((part) => /footer/.test(part))).toBe(true);
    expectNoPlaceholders(texts, expected.left);
    for (const left of expected.left) expect(texts.get('word/document.xml')).toContain(left);
  });

  it('keeps the template’s other parts, section properties and media', async () => {
    const { template, out } = get(name);
    for (const part of expected.unchanged)
      expect(await out.bytes(part), part).toEqual(await template.bytes(part));
    // Every part of the template is still there.
    expect(out.names()).toEqual(expect.arrayContaining(template.names()));
    const sectPr = async (docx: Docx) =>
      serialise(elements(await docx.xml('word/document.xml'), 'sectPr').at(-1)!);
    expect(await sectPr(out)).toBe(await sectPr(template));
  });

  it('fills headers and footers in place', async () => {
    const { template, out } = get(name);
    const texts = await out.wordText();
    const header = [...texts]
      .filter(([part]) => part.includes('header'))
      .map(([, t]) => t)
      .join();
    const footer = [...texts]
      .filter(([part]) => part.includes('footer'))
      .map(([, t]) => t)
      .join();
    expect(footer).toContain('Draft – subject to approval');
    if (name !== 'council-template.docx')
      expect(header).toContain(
        'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group',
      );
    // Drawings and fields in headers and footers survive.
    for (const [kind, element] of [
      ['header1', 'drawing'],
      ['footer1', 'fldSimple'],
    ] as const) {
      const part = `word/${kind}.xml`;
      if (!template.names().includes(part)) continue;
      const count = async (docx: Docx) => elements(await docx.xml(part), element).length;
      expect(await count(out), `${element} in ${part}`).toBe(await count(template));
    }
  });

  it('heads each item’s minutes with the template’s own heading styles', async () => {
    const { out } = get(name);
    const paragraphs = elements(await out.xml('word/document.xml'), 'p');
    const item = paragraphs.find(
      (p) => paragraphText(p) === '3. 23/3 Steps to Become an Awarded Member',
    );
    expect(item && styleOf(item)).toBe(expected.heading2);
    const sub = paragraphs.find((p) => paragraphText(p) === ACTION_HEADING);
    expect(sub && styleOf(sub)).toBe(expected.heading3);
  });

  it('numbers lists through numbering.xml, nested lists one level down', async () => {
    const { out } = get(name);
    const doc = await out.xml('word/document.xml');
    const numbering = await out.xml('word/numbering.xml');
    const paragraphs = elements(doc, 'p');
    const numPr = (text: string) => {
      const p = paragraphs.find((candidate) => paragraphText(candidate) === text);
      const pr = p && child(child(p, 'pPr')!, 'numPr');
      return (
        pr && {
          ilvl: attr(child(pr, 'ilvl'), 'val'),
          numId: attr(child(pr, 'numId'), 'val'),
          style: styleOf(p),
        }
      );
    };
    const format = (numId: string | null | undefined, ilvl: string | null | undefined) => {
      const num = elements(numbering, 'num').find((n) => attr(n, 'numId') === numId);
      const abstractId = attr(child(num!, 'abstractNumId'), 'val');
      const abstract = elements(numbering, 'abstractNum').find(
        (a) => attr(a, 'abstractNumId') === abstractId,
      );
      const lvl = elements(abstract!, 'lvl').find((l) => attr(l, 'ilvl') === ilvl);
      return attr(child(lvl!, 'numFmt'), 'val');
    };
    const steps = AWARD_STEPS.map(numPr);
    expect(steps.every((s) => s && s.ilvl === '0' && s.numId === steps[0]!.numId)).toBe(true);
    expect(format(steps[0]!.numId, '0')).toBe('decimal');
    expect(steps[0]!.style).toBe(expected.listStyle);
    // The agenda is a list of its own, so both start at 1.
    const agenda = numPr('Welcome and Introductions (Councillor Harland)');
    expect(agenda?.numId).not.toBe(steps[0]!.numId);

    const bullet = numPr('Press release drafted by Comms & Media <Leeds> 🎉');
    expect(bullet?.ilvl).toBe('0');
    expect(format(bullet?.numId, '0')).toBe('bullet');
    const nested = numPr('Nested first point');
    expect(nested?.ilvl).toBe('1');
    // Nested ordered lists count a, b, c under 1, 2, 3, as Word's default list does.
    expect(format(nested?.numId, '1')).toBe('lowerLetter');
  });

  it('writes links as external hyperlinks, bold and italic as run properties', async () => {
    const { out } = get(name);
    const doc = await out.xml('word/document.xml');
    const link = elements(doc, 'hyperlink').find((h) => paragraphText(h) === 'network pledge');
    const id = link?.getAttributeNS(
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'id',
    );
    const rels = await out.xml('word/_rels/document.xml.rels');
    const rel = Array.from(rels.getElementsByTagName('Relationship')).find(
      (r) => r.getAttribute('Id') === id,
    );
    expect(rel?.getAttribute('Target')).toBe('https://cityofsanctuary.org/pledge');
    expect(rel?.getAttribute('TargetMode')).toBe('External');
    const runWith = (text: string) => elements(doc, 'r').find((r) => paragraphText(r) === text)!;
    expect(elements(runWith('Comms & Media <Leeds>'), 'b')).toHaveLength(1);
    expect(elements(runWith('Nested first point'), 'i')).toHaveLength(1);
    const rtl = elements(doc, 'p').find((p) => paragraphText(p) === RTL_NOTE)!;
    expect(child(child(rtl, 'pPr')!, 'bidi')).toBeDefined();
  });

  it('writes the actions as a table with a repeating header row', async () => {
    const { out } = get(name);
    const doc = await out.xml('word/document.xml');
    const table = elements(doc, 'tbl').find((t) =>
      paragraphText(t).startsWith('RefActionOwnerDueStatus'),
    );
    expect(table).toBeDefined();
    const rows = elements(table!, 'tr');
    expect(rows.map((row) => elements(row, 'tc').map((c) => paragraphText(c)))).toEqual([
      ['Ref', 'Action', 'Owner', 'Due', 'Status'],
      [
        'A1',
        'Share the migration report with the steering group',
        'Councillor Harland',
        '1 October 2023',
        // As the action stood at the meeting: minutes never work out "overdue" from today.
        'Open',
      ],
      // A missing due date reads as the house style writes it.
      ['A2', 'Draft the press release', 'Jennifer Jennings', 'No date', 'Done'],
    ]);
    // The Due column holds "14 September 2023" on one line (it broke as "Septembe r").
    const cols = elements(child(table!, 'tblGrid')!, 'gridCol').map((c) => Number(attr(c, 'w')));
    const total = cols.reduce((a, b) => a + b, 0);
    expect(cols[3]! / total).toBeGreaterThan(0.18);
    expect(elements(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(elements(rows[1]!, 'tblHeader')).toHaveLength(0);
    const tblPr = child(table!, 'tblPr')!;
    expect(attr(child(tblPr, 'tblStyle'), 'val')).toBe(expected.tableStyle);
    if (!expected.tableStyle) expect(child(tblPr, 'tblBorders')).toBeDefined();
    // Wherever the table landed, the container still ends with a paragraph.
    const parent = table!.parentNode as Element;
    const kids = Array.from(parent.childNodes).filter(
      (n) => n.nodeType === 1 && (n as Element).localName !== 'sectPr',
    );
    expect((kids.at(-1) as Element).localName).toBe('p');
  });

  it('reads in the right order with mammoth', async () => {
    const { bytes } = get(name);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const order = [
      'City of Sanctuary Local Authority Network Steering Group',
      '9 October 2023',
      'Councillor Harland, Chair of the steering group; Migration lead, Leeds City Council',
      'Jennifer Jennings, Migration Support Officer (in attendance)',
      'Maggie Filipova-Rivers, Local Authorities Network Lead, City of Sanctuary UK',
      // Draft minutes: each item's provisional reference follows its number.
      '1. 23/1 Welcome and Introductions',
      ACTION_HEADING,
      ...AWARD_STEPS,
      '5. 23/5 Communications',
      'Nested first point',
      'Share the migration report with the steering group',
      '8 January 2024, 1pm - 2pm',
    ];
    const positions = order.map((text) => value.indexOf(text));
    expect(
      positions.filter((p) => p < 0),
      `missing from: ${value.slice(0, 400)}`,
    ).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('sets its own title, subject, creator, language and dates in the core properties', async () => {
    const { out } = get(name);
    const core = await out.xml('docProps/core.xml');
    const dc = (local: string, ns = 'http://purl.org/dc/elements/1.1/') =>
      core.getElementsByTagNameNS(ns, local)[0]?.textContent;
    expect(dc('title')).toBe(
      'Minutes: City of Sanctuary Local Authority Network Steering Group, 9 October 2023',
    );
    expect(dc('subject')).toBe(
      'Minutes of the Leeds City Council’s City of Sanctuary Local Authority Network Steering Group meeting on 9 October 2023',
    );
    expect(dc('creator')).toBe('Leeds City Council');
    expect(dc('language')).toBe('en-GB');
    expect(dc('created', 'http://purl.org/dc/terms/')).toBe('2023-10-10T00:00:00Z');
    expect(dc('modified', 'http://purl.org/dc/terms/')).toBe('2023-10-10T00:00:00Z');
    // Not python-docx's own description any more.
    expect(dc('description')).not.toMatch(/python-docx/i);
    const types = await out.text('[Content_Types].xml');
    expect(types).toContain('PartName="/docProps/core.xml"');
    expect(await out.text('_rels/.rels')).toContain('docProps/core.xml');
  });

  it('is in British English: the document default and every style that names a language', async () => {
    const { out } = get(name);
    const styles = await out.xml('word/styles.xml');
    const defaults = child(child(elements(styles, 'docDefaults')[0]!, 'rPrDefault')!, 'rPr')!;
    expect(attr(child(defaults, 'lang'), 'val')).toBe('en-GB');
    const langs = elements(styles, 'lang').map((l) => attr(l, 'val'));
    expect(langs.filter((v) => v !== null && v !== 'en-GB')).toEqual([]);
  });

  it('is a Word document, not a template', async () => {
    const types = await get(name).out.xml('[Content_Types].xml');
    const main = Array.from(types.getElementsByTagName('Override')).find(
      (o) => o.getAttribute('PartName') === '/word/document.xml',
    );
    expect(main?.getAttribute('ContentType')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    // numbering.xml is related from the document and typed, whether it was there or added.
    expect(await get(name).out.text('word/_rels/document.xml.rels')).toMatch(
      /Target="numbering\.xml"/,
    );
    expect(await get(name).out.text('[Content_Types].xml')).toContain(
      'PartName="/word/numbering.xml"',
    );
  });
});

describe('fillTemplate details', () => {
  it('fills the hand-made template’s lead-in paragraph and split placeholders', async () => {
    const { out } = get('handmade.docx');
    const paragraphs = elements(await out.xml('word/document.xml'), 'p').map(paragraphText);
    expect(paragraphs).toContain('City of Sanctuary Local Authority Network Steering Group');
    expect(paragraphs).toContain('Meeting held on 9 October 2023, 1pm - 2pm, at Microsoft Teams');
    expect(paragraphs).toContain('Chair: Councillor Harland. Room booking: {{venue_name}}.');
    const present = paragraphs.indexOf('Members present: ');
    expect(paragraphs[present + 1]).toBe(
      'Councillor Harland, Chair of the steering group; Migration lead, Leeds City Council',
    );
    expect(paragraphs).toContain('Decision: The steering group will meet quarterly.');
  });

  it('writes "Approved on …" once the minutes are approved', async () => {
    const data = sampleMeeting();
    data.minutesStatus = 'approved';
    data.approvedOn = '2024-01-08';
    const result = await fillTemplate(fixture('handmade.docx'), data);
    if (!result.ok) throw new Error(result.message);
    const texts = await (await Docx.open(result.value)).wordText();
    expect(texts.get('word/footer1.xml')).toBe(
      'Minutes status: Approved on 8 January 2024 – page 1',
    );
  });

  it('says so when a section is empty', async () => {
    // The sample records decisions; without them the decisions section is empty.
    const meeting = sampleMeeting();
    const undecided = { ...meeting, agenda: meeting.agenda.map((i) => ({ ...i, decisions: [] })) };
    const result = await fillTemplate(fixture('council-template.docx'), undecided);
    if (!result.ok) throw new Error(result.message);
    const paragraphs = elements(
      await (await Docx.open(result.value)).xml('word/document.xml'),
      'p',
    ).map(paragraphText);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'None recorded.',
        'No decisions were recorded.',
        'No actions were recorded.',
        'To be confirmed',
      ]),
    );
  });

  it('returns the template’s error for a file it cannot use', async () => {
    const result = await fillTemplate(fixture('bad/password-protected.docx'), sampleMeeting());
    expect(result).toMatchObject({ ok: false, error: 'unsupported' });
  });
});
