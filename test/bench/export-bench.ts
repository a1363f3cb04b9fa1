import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { buildMinutesDocx, buildSummaryDocx } from '../../shared/export/house';
import type { MeetingExportData } from '../../shared/export/meeting-data';
import type { Inline, RichBlock } from '../../shared/export/rich-text-data';
import { type BenchRow, ms, ratio } from './report';
import { median } from './stats';

/**
 * Issue 5: exporting a large meeting (100 items, 50,000 characters of minutes) to Word, beside
 * the floor: the same paragraphs as a plain `docx` Document, packed in the same run.
 */
const RUNS = 7;
const ITEMS = 100;
const PER_ITEM = 500;

const words = (seed: number, length: number) =>
  `Item ${seed}: the group discussed the migration strategy and agreed the next steps. `
    .repeat(Math.ceil(length / 60) + 1)
    .slice(0, length);

/** 500 characters per item: a paragraph with bold text, a numbered list and a bulleted list. */
function itemMinutes(n: number): RichBlock[] {
  const para = (text: string): RichBlock => ({ type: 'paragraph', inlines: [{ text }] });
  const list = (ordered: boolean, texts: string[]): RichBlock => ({
    type: 'list',
    ordered,
    start: 1,
    items: texts.map((text) => ({ blocks: [para(text)] })),
  });
  return [
    {
      type: 'paragraph',
      inlines: [{ text: words(n, 150) }, { text: words(n + 1, 50), bold: true }],
    },
    list(true, [words(n, 75), words(n + 2, 75)]),
    list(false, [words(n, 75), words(n + 3, 75)]),
  ];
}

export function largeMeeting(): MeetingExportData {
  const person = { name: 'Councillor Harland', role: 'Chair', organisation: 'Leeds City Council' };
  return {
    group: { name: 'Sanctuary Steering Group', organisation: 'Leeds City Council' },
    meeting: {
      id: 'bench',
      title: 'Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    },
    chair: person,
    minuteTaker: null,
    minutesStatus: 'draft',
    approvedOn: null,
    attendance: { present: [person], apologies: [], absent: [], 'in-attendance': [] },
    agenda: Array.from({ length: ITEMS }, (_, i) => ({
      id: `i${i}`,
      number: i + 1,
      title: `Agenda item ${i + 1}`,
      presenter: '',
      allottedMinutes: 5,
      purpose: 'discussion' as const,
      notes: '',
      minutes: itemMinutes(i),
      decisions: [],
      questions: [],
    })),
    actions: [],
    nextMeeting: null,
  };
}

function texts(blocks: readonly RichBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'list'
      ? block.items.flatMap((item) => texts(item.blocks))
      : [block.inlines.map((i) => i.text).join('')],
  );
}

/**
 * The floor: the same paragraphs written straight with `docx`, as Word structures (item
 * headings, numbered points, the lists as Word numbering with an instance each, bold runs),
 * in a bare Document: no house styles, page header or footer, tables or properties. What
 * Quorum takes beyond it is the cost of its mapping and its house style.
 */
async function rawDocx(data: MeetingExportData, points: boolean): Promise<Uint8Array> {
  const level = (n: number, text: string) => ({ level: n, format: LevelFormat.DECIMAL, text });
  const config = [
    { reference: 'p', levels: [level(0, '%1.'), level(1, '%1.%2')] },
    { reference: 'o', levels: [level(0, '%1.')] },
    { reference: 'b', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] },
  ];
  let instance = 0;
  const runs = (inlines: readonly Inline[]) =>
    inlines.map((i) => new TextRun({ text: i.text, bold: i.bold }));
  const children = data.agenda.flatMap((item) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      ...(points ? { numbering: { reference: 'p', level: 0 } } : {}),
      children: [new TextRun(item.title)],
    }),
    ...item.minutes.flatMap((block) => {
      if (block.type !== 'list')
        return [
          new Paragraph({
            ...(points ? { numbering: { reference: 'p', level: 1 } } : {}),
            children: runs(block.inlines),
          }),
        ];
      const numbering = { reference: block.ordered ? 'o' : 'b', level: 0, instance: ++instance };
      return block.items.map(
        (li) =>
          new Paragraph({
            numbering,
            children: runs(li.blocks[0]!.type === 'list' ? [] : li.blocks[0]!.inlines),
          }),
      );
    }),
  ]);
  return Packer.pack(
    new Document({ numbering: { config }, sections: [{ children }] }),
    'uint8array',
  );
}

/** Reference only: the same text as bare paragraphs, no numbering, headings or bold. */
async function plainText(data: MeetingExportData): Promise<Uint8Array> {
  const children = data.agenda.flatMap((item) =>
    [item.title, ...texts(item.minutes)].map(
      (text) => new Paragraph({ children: [new TextRun(text)] }),
    ),
  );
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

async function time(build: () => Promise<Uint8Array>): Promise<number> {
  const started = performance.now();
  await build();
  return performance.now() - started;
}

export async function runExportBench(): Promise<BenchRow[]> {
  const data = largeMeeting();
  const minuteChars = data.agenda.reduce(
    (sum, item) => sum + texts(item.minutes).join('').length,
    0,
  );
  if (minuteChars !== ITEMS * PER_ITEM)
    throw new Error(`Bench meeting has ${minuteChars} characters`);
  const builders = {
    minutes: () => buildMinutesDocx(data),
    minutesFloor: () => rawDocx(data, true),
    summary: () => buildSummaryDocx(data),
    summaryFloor: () => rawDocx(data, false),
    plainText: () => plainText(data),
  };
  type Name = keyof typeof builders;
  const samples = Object.fromEntries(
    Object.keys(builders).map((k) => [k, [] as number[]]),
  ) as Record<Name, number[]>;
  for (const build of Object.values(builders)) await build(); // warm up the JIT
  // Interleaved, so a slow moment of the machine falls on all of them alike.
  for (let run = 0; run < RUNS; run++)
    for (const [name, build] of Object.entries(builders))
      samples[name as Name].push(await time(build));
  const at = (name: Name) => median(samples[name]);
  const size = `${ITEMS} items, ${minuteChars.toLocaleString('en-GB')} characters`;
  const row = (name: string, value: number, floor: number, floorName: string): BenchRow => ({
    name: `${name} .docx, ${size} (median of ${RUNS})`,
    value: ms(value),
    floor: `${ms(floor)} ${floorName}`,
    ratio: ratio(value, floor),
    target: '≤ 1.5x floor and < 1000 ms',
    met: value <= 1.5 * floor && value < 1000,
  });
  return [
    row('minutes', at('minutes'), at('minutesFloor'), 'raw docx'),
    row('summary', at('summary'), at('summaryFloor'), 'raw docx'),
    {
      name: 'reference: the same text as bare paragraphs (no numbering)',
      value: ms(at('minutes')),
      floor: `${ms(at('plainText'))} plain text`,
      ratio: ratio(at('minutes'), at('plainText')),
      target: '–',
      met: null,
    },
  ];
}
