import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildSummaryDocx } from '../../../../shared/export/house';
import {
  AWARD_STEPS,
  SLIDE_HEADING,
  OPEN_QUESTIONS,
  STRATEGY_PRIORITIES,
} from '../../../../shared/sample/meeting-2023-10-09';
import { byTag, headings, missingInOrder, openDocx, paragraphs, textOf } from './docx-reader';
import { fullMeeting, sampleMeeting } from './fixtures';
import { numberedParagraphs, numberingLevels } from './numbering-reader';

const TITLE =
  'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group Meeting Summary';

/** Golden: seed 000's meeting, built through shared/model, exported as a summary. */
describe('buildSummaryDocx on the 9 October 2023 meeting (seed 000)', async () => {
  const data = sampleMeeting('2023-10-09');
  const bytes = await buildSummaryDocx(data);
  const pkg = await openDocx(bytes);
  const paras = numberedParagraphs(pkg.document, pkg.numbering);

  it('heads the summary as the seed does: title, then Date, Time and Venue', () => {
    const body = paras.filter((p) => !p.inTable).map((p) => p.text);
    expect(body.slice(0, 4)).toEqual([
      TITLE,
      'Date: 9 October 2023',
      'Time: 1pm - 2pm',
      'Venue: Microsoft Teams',
    ]);
    expect(paras[0]!.style).toBe('Heading1');
  });

  it('has one Heading 2 per agenda item with notes, in the agenda’s order', () => {
    const items = headings(pkg.document)
      .filter((h) => h.level === 2)
      .map((h) => h.text);
    const withNotes = data.agenda.filter(
      (i) => i.minutes.length > 0 || i.decisions.length > 0 || i.questions.length > 0,
    );
    expect(items).toEqual(withNotes.map((i) => i.title));
    expect(
      missingInOrder(items.join('\n'), [
        'Welcome and Introductions',
        'Purpose of the Steering Group',
        'Steps to Become an Awarded Member',
        'Migration Strategy',
        'Communications',
      ]),
    ).toEqual([]);
    expect(
      headings(pkg.document)
        .filter((h) => h.level === 3)
        .map((h) => h.text),
    ).toEqual([
      SLIDE_HEADING,
      'Award criteria (learn, embed and share principles)',
      'Open questions',
    ]);
  });

  it('lists the eight steps in order as one Word-numbered list, 1 to 8, as seed 000 does', () => {
    const steps = AWARD_STEPS.map((step) => paras.find((p) => p.text === step));
    expect(steps.every(Boolean)).toBe(true);
    // The summary's headings carry no item numbers, so its lists are not minute points.
    expect(steps.map((p) => p!.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    expect(new Set(steps.map((p) => p!.numId)).size).toBe(1);
    expect(steps.map((p) => p!.ilvl)).toEqual(Array(8).fill(0));
    const order = steps.map((p) => paras.indexOf(p!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const level = numberingLevels(pkg.numbering).level(steps[0]!.numId!, 0);
    expect(level).toMatchObject({ format: 'decimal', text: '%1.', start: 1 });
    // The purpose list is a list of its own, numbered from 1 again.
    const purpose = paras.find((p) => p.text.startsWith('An agreed group of core members'))!;
    expect(purpose.label).toBe('1.');
    expect(purpose.numId).not.toBe(steps[0]!.numId);
  });

  it('keeps the notes, their bold text, the priorities and the open questions', () => {
    const welcome = byTag(pkg.document, 'p').find((p) =>
      textOf(p).startsWith('Councillor Harland welcomed'),
    )!;
    const bold = byTag(welcome, 'r')
      .filter((r) => byTag(r, 'b').length > 0)
      .map(textOf);
    expect(bold).toEqual(['Executive Board on the 18th of October']);
    for (const priority of STRATEGY_PRIORITIES)
      expect(paras.find((p) => p.text === priority)?.label).toBe('•');
    const questions = OPEN_QUESTIONS.map((q) => paras.find((p) => p.text === q));
    expect(questions.map((q) => q?.label)).toEqual(['•', '•']);
    const openHeading = paras.findIndex((p) => p.text === 'Open questions');
    expect(paras.indexOf(questions[0]!)).toBe(openHeading + 1);
  });

  it('marks the draft and reads back in order through mammoth as an ordered list', async () => {
    expect(pkg.headers.map((h) => textOf(h.documentElement!)).join()).toContain(
      'DRAFT – subject to approval',
    );
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const list = /<ol>(.*?)<\/ol>/gs;
    const lists = [...html.matchAll(list)].map((m) =>
      [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => li[1]),
    );
    expect(lists.map((items) => items.length)).toEqual([3, 8]);
    expect(lists[1]![2]).toBe('Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(
      missingInOrder(text, [
        TITLE,
        'Date: 9 October 2023',
        'Councillor Harland welcomed',
        'Frequency of meetings will be on a quarterly basis.',
        SLIDE_HEADING,
        'Leeds joined in May 2023',
        ...AWARD_STEPS,
        'Learn:',
        ...OPEN_QUESTIONS,
        'Strategic, Coordinated and Inclusive Approach to Migration in Leeds',
        ...STRATEGY_PRIORITIES,
        'prepare a press release',
      ]),
    ).toEqual([]);
  });
});

describe('buildSummaryDocx on the 1 September 2023 meeting (seed 001)', async () => {
  const bytes = await buildSummaryDocx(sampleMeeting('2023-09-01'));
  const pkg = await openDocx(bytes);
  const body = numberedParagraphs(pkg.document, pkg.numbering)
    .filter((p) => !p.inTable)
    .map((p) => p.text);
  const SEPTEMBER = 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)';

  it('is headed by its own title, not the group that did not exist yet, with no time or venue', () => {
    expect(body.slice(0, 2)).toEqual([SEPTEMBER, 'Date: 1 September 2023']);
    expect(body.some((text) => /^(Time|Venue):/.test(text))).toBe(false);
    const header = pkg.headers.map((h) => textOf(h.documentElement!)).join(' ');
    expect(header).toContain(SEPTEMBER);
    expect(header).not.toContain('Steering Group');
  });

  it('lists seed 001’s five attendees with their roles, as the seed does, by surname', () => {
    expect(body[2]).toBe(
      'Attendees: ' +
        [
          'Mary Brandon (LCoS steering group member, Asylum Matters)',
          'Maggie Filipova-Rivers (Local Authorities Network Lead; Liberal Democrat councillor for Goring and South Stoke; Deputy Leader, City of Sanctuary UK)',
          'Jennifer Jennings (Migration Support Officer, Leeds City Council)',
          'Rose McCarthy (Leeds CoS steering group member; delivers ante-natal classes to asylum seekers, Leeds City of Sanctuary)',
          'Sara Trehitt (CoS North-East, Yorkshire & Humberside Regional Coordinator, City of Sanctuary UK)',
        ].join(', '),
    );
  });
});

describe('buildSummaryDocx on items with nothing under them', () => {
  it('leaves empty items out and gives the date of the next meeting once', async () => {
    const base = fullMeeting();
    const closing = { ...base.agenda[2]!, id: 'next', number: 4, title: 'Date of next meeting' };
    const pkg = await openDocx(
      await buildSummaryDocx({ ...base, agenda: [...base.agenda, closing] }),
    );
    const texts = paragraphs(pkg.document).map((p) => p.text);
    // "Any other business" has no notes; the closing item carries the date.
    expect(headings(pkg.document).map((h) => h.text)).toEqual([
      'Sanctuary Steering Group Meeting Summary',
      'Welcome and introductions',
      'Background',
      'History',
      'Open questions',
      'Migration strategy',
      'Date of next meeting',
      'Actions',
    ]);
    expect(texts.filter((t) => t.includes('15 January 2024'))).toEqual([
      'The next meeting will be held on 15 January 2024, 1pm - 2pm.',
    ]);
    expect(texts.join('\n')).not.toMatch(/no notes were taken/i);
  });
});
