import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionLogDocx,
  buildAgendaDocx,
  buildMinutesDocx,
  buildSummaryDocx,
  readActionLogData,
} from '../../../../shared/export/house';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { AWARD_STEPS } from '../../../../shared/sample/meeting-2023-10-09';
import { missingInOrder } from './docx-reader';
import { fullMeeting, HEBREW, hostileMeeting, sampleMeeting } from './fixtures';
import { januaryWithDeclaration } from './declared-meeting';
import { requireTestTools } from '../../../setup/require-tools';
import { renderWithLibreOffice, squash } from './libreoffice';
import { FOUND_RESOLVED, questionsMeeting } from '../questions-meeting';

/**
 * The real client: every document opened by LibreOffice, printed to PDF and read back as
 * laid-out text, so what is asserted is what a reader would see on the page.
 */
// Bidi embedding marks pdftotext puts round right-to-left runs.
const plain = (text: string) =>
  squash(text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ''));

/** The first laid-out line that starts with `start`, or '' if none does. */
const row = (text: string, start: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith(`${start} `)) ?? '';

describe('LibreOffice read-back', () => {
  requireTestTools(['soffice', 'pdftotext']);
  let text: Record<string, string> = {};

  beforeAll(async () => {
    const { workspace } = buildSampleWorkspace({
      now: new Date('2023-10-10T09:00:00Z'),
      asOf: '2023-10-10',
    });
    const hostile = hostileMeeting();
    const rendered = await renderWithLibreOffice({
      minutes: await buildMinutesDocx(fullMeeting()),
      approved: await buildMinutesDocx(
        fullMeeting({ minutesStatus: 'approved', approvedOn: '2024-01-15' }),
      ),
      seedSummary: await buildSummaryDocx(sampleMeeting('2023-10-09')),
      seedMinutes: await buildMinutesDocx(sampleMeeting('2023-09-01')),
      declared: await buildMinutesDocx(januaryWithDeclaration()),
      agenda: await buildAgendaDocx(fullMeeting()),
      log: await buildActionLogDocx(readActionLogData(workspace, { today: '2023-10-10' })),
      hostileMinutes: await buildMinutesDocx(hostile),
      hostileSummary: await buildSummaryDocx(hostile),
      hostileAgenda: await buildAgendaDocx(hostile),
      questionsMinutes: await buildMinutesDocx(questionsMeeting().data),
    });
    text = Object.fromEntries(Object.entries(rendered).map(([k, v]) => [k, plain(v)]));
  }, 240_000);

  it('renders the minutes’ items 1, 2, 3 and their numbered points 1.1, 1.2 …', () => {
    expect(
      missingInOrder(text.minutes!, [
        '1. Welcome and introductions',
        'The chair welcomed everyone.',
        'See the pledge and the bold point and an aside',
        'on a new line',
        'Background',
        'History',
        '1.1 First step',
        '– Nested bullet A',
        '– Nested bullet B',
        '1.2 Second step',
        'Decision: The group will meet quarterly.',
        '2. Migration strategy',
        'The strategy was presented.',
        'Members discussed the priorities.',
        '2.1 Improve access to services',
        '2.2 Strong partnerships',
        '3. Any other business',
        'There was no other business.',
      ]),
    ).toEqual([]);
    // Paragraphs are not points: only the numbered lists' items carry n.n.
    expect(text.minutes).not.toMatch(/\d\.\d The chair welcomed|\d\.\d Decision:/);
  });

  it('renders the tables with their contents', () => {
    expect(
      missingInOrder(text.minutes!, [
        'Meeting Steering Group',
        'Date 9 October 2023',
        'Time 1pm - 2pm',
        'Venue Microsoft Teams',
        'Chair Councillor Harland',
        'Name Role Organisation',
        'Rose McCarthy Trustee Leeds City of Sanctuary',
        'Ref Action Owner Due Status',
        'Date of next meeting',
        '15 January 2024, 1pm - 2pm',
      ]),
    ).toEqual([]);
  });

  it('renders each action as one table row, its cells side by side', () => {
    // Cells wrap, so a row's first line holds the start of every cell, in column order.
    expect(
      missingInOrder(row(text.minutes!, 'A1'), ['A1', 'Share', 'Jennifer', '14', 'Open']),
    ).toEqual([]);
    expect(
      missingInOrder(row(text.minutes!, 'A2'), [
        'A2',
        'Link with',
        'Migration',
        'No date',
        'In progress',
      ]),
    ).toEqual([]);
    expect(
      missingInOrder(row(text.log!, 'A1'), ['A1', 'Share', '1 September 2023', '14', 'Overdue']),
    ).toEqual([]);
    expect(row(text.log!, 'A2')).not.toContain('Overdue');
  });

  it('prints DRAFT and "Page X of Y" on every page until the minutes are approved', () => {
    for (const name of ['minutes', 'seedSummary', 'hostileMinutes']) {
      const pages = [...text[name]!.matchAll(/Page (\d+) of (\d+)/g)];
      const total = Number(pages[0]?.[2]);
      expect(
        pages.map((p) => Number(p[1])),
        name,
      ).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(pages.every((p) => Number(p[2]) === total)).toBe(true);
      expect(text[name]!.split('DRAFT – subject to approval').length - 1, name).toBe(total);
    }
    expect(text.approved).toContain('Page 1 of ');
    expect(text.approved).not.toContain('DRAFT');
  });

  it('ends approved minutes with the agreed words and dotted lines for the chair to sign', () => {
    expect(
      missingInOrder(text.approved!, ['Agreed as a correct record on 15 January 2024.']),
    ).toEqual([]);
    const lines = text.approved!.split('\n').map((line) => line.trim());
    const signature = lines.filter((line) => /^Chair\.{20,}\s*Date\.{20,}$/.test(line));
    expect(signature).toHaveLength(1);
    expect(lines.indexOf(signature[0]!)).toBeGreaterThan(
      lines.lastIndexOf('Agreed as a correct record on 15 January 2024.'),
    );
    expect(text.minutes).not.toMatch(/Chair\.{5,}/);
  });

  it('renders seed 000’s summary in order with the eight steps numbered 1 to 8', () => {
    expect(
      missingInOrder(text.seedSummary!, [
        'Meeting Summary',
        'Date: 9 October 2023',
        'Time: 1pm - 2pm',
        'Venue: Microsoft Teams',
        'Welcome and Introductions',
        'Councillor Harland welcomed',
        'Purpose of the Steering Group',
        '1. An agreed group of core members',
        '3. Frequency of meetings',
        'Steps to Become an Awarded Member',
        ...AWARD_STEPS.map((step, i) => `${i + 1}. ${step.split(' ').slice(0, 4).join(' ')}`),
        'Open questions',
        'Democratic process clarify after meeting Gerard Watson?',
        'Migration Strategy',
        'Communications',
      ]),
    ).toEqual([]);
  });

  it('renders a question found in the minutes as open under its item, and a resolved one not', () => {
    expect(
      missingInOrder(text.questionsMinutes!, [
        '1. 23/1 Welcome',
        'The group discussed the pledge.',
        'Question: who signs the pledge for the council?',
        FOUND_RESOLVED,
        'Open question: who signs the pledge for the council?',
        '2. ',
      ]),
    ).toEqual([]);
    expect(text.questionsMinutes!.split('Open question').length - 1).toBe(1);
    // A question line is not a point: it takes no number.
    expect(text.questionsMinutes).not.toMatch(/1\.\d Question:/);
  });

  it('renders declarations in the usual words under their item, with approved references', () => {
    expect(
      missingInOrder(text.declared!, [
        'Agreed as a correct record',
        '1. SG 23/6 Welcome and introductions',
        '2. SG 23/7 Apologies',
        '3. SG 23/8 Declarations of interest',
        // The sentence wraps on the page; its two lines, in order.
        'Councillor Harland declared an other registrable interest in item 6 as a trustee of',
        'Leeds City of Sanctuary and remained in the meeting.',
        '4. SG 23/9 Minutes of the previous meeting',
        'RESOLVED: That the minutes of the meeting held on 9 October 2023',
        '6. SG 23/11 Any other business',
      ]),
    ).toEqual([]);
    expect(text.declared).not.toContain('provisional');
    expect(text.seedMinutes).not.toContain('Declarations of interest');
  });

  it('renders seed 001’s minutes with their actions table', () => {
    expect(
      missingInOrder(text.seedMinutes!, [
        'Minute references are provisional until the minutes are approved.',
        '1. 23/1 Meeting action/observation notes',
        'City of Sanctuary UK hold the vision',
        'Decision: The council will set up a steering group',
        '2. 23/2 Immediate actions',
        'Actions A1, A2: see Actions.',
        '3. 23/3 Note',
        'Ref Action Owner Due Status',
        'A1 Share presentation with LCC',
        'A2 Link with other councils',
      ]),
    ).toEqual([]);
  });

  it('renders the agenda’s numbered items with their times and the action log’s overdue flag', () => {
    expect(
      missingInOrder(text.agenda!, [
        '1. Welcome and introductions',
        'Time: 1pm - 1.05pm (5 minutes)',
        'Presenter: Councillor Harland',
        '2. Migration strategy',
        'Time: 1.05pm - 1.25pm (20 minutes)',
        '3. Any other business',
      ]),
    ).toEqual([]);
  });

  it('opens the documents full of hostile text and finds the text', () => {
    for (const name of ['hostileMinutes', 'hostileSummary', 'hostileAgenda'])
      expect(text[name], name).toContain('Tom & Jerry’s <Group> "Steering"');
    expect(
      missingInOrder(text.hostileMinutes!, [
        'Minutes: Budget <review> & "ideas" \'now\'',
        'Controlchars & <b>not bold</b>',
        // "مكتبة المدينة" has no lam-alef ligature, which PDF text extraction reorders.
        'مكتبة المدينة',
        HEBREW,
        'Lorem ipsum dolor sit amet',
        'END-OF-LONG',
        'a link & more',
        'Heading ]]> <![CDATA[ x',
        'Decision: Agreed: "A" & \'B\'',
        'second line',
      ]),
    ).toEqual([]);
  });
});
