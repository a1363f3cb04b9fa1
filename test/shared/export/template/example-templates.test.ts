import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingExportData } from '../../../../shared/export/meeting-data';
import { fillTemplate, inspectTemplate } from '../../../../shared/export/template';
import { requireTestTools } from '../../../setup/require-tools';
import { Docx, elements, paragraphText, sampleMeeting } from './docx-reader';

/**
 * The two example templates shipped in resources/templates/ (built by hand-written XML in
 * build-examples.mts), filled with the 9 October 2023 sample meeting, read back with JSZip
 * and xmldom, and printed by LibreOffice.
 */
const EXAMPLES = join(import.meta.dirname, '../../../../resources/templates');
const example = (name: string) => new Uint8Array(readFileSync(join(EXAMPLES, name)));

function withActions(): MeetingExportData {
  const data = sampleMeeting();
  // Times given to each item, so the agenda can show when each starts.
  [5, 10, 20, 15, 5].forEach((minutes, i) => {
    const item = data.agenda[i];
    if (item) item.allottedMinutes = minutes;
  });
  data.actions = [
    {
      ref: 'A1',
      description: 'Share the migration report with the steering group',
      owner: 'Councillor Harland',
      due: '2023-09-14',
      status: 'open',
      itemNumber: 3,
    },
    {
      ref: 'A2',
      description: 'Draft the press release',
      owner: 'Jennifer Jennings',
      due: null,
      status: 'in progress',
      itemNumber: 4,
    },
  ];
  data.nextMeeting = { date: '2024-01-08', startTime: '13:00', endTime: '14:00' };
  return data;
}

async function fill(name: string, kind: 'minutes' | 'agenda', data = withActions()) {
  const result = await fillTemplate(example(name), data, { today: '2023-10-10', kind });
  if (!result.ok) throw new Error(result.message);
  const docx = await Docx.open(result.value);
  const texts = elements(await docx.xml('word/document.xml'), 'p').map(paragraphText);
  return { bytes: result.value, docx, texts };
}

describe('the example templates', () => {
  it.each(['example-minutes.docx', 'example-agenda.docx'])(
    '%s is checked clean: no unknown placeholders, no mistakes, no warnings',
    async (name) => {
      const inspected = await inspectTemplate(example(name));
      if (!inspected.ok) throw new Error(inspected.message);
      expect(inspected.value.unknown).toEqual([]);
      expect(inspected.value.warnings).toEqual([]);
      expect(inspected.value.blocks.length).toBeGreaterThan(0);
    },
  );

  it('makes minutes with each item, its decisions under it, and the next meeting once', async () => {
    const { texts } = await fill('example-minutes.docx', 'minutes');
    const purpose = texts.indexOf('2. Purpose of the Steering Group');
    const resolved = texts.indexOf(
      'Resolved: An agreed group of core members will attend the steering group.',
    );
    expect(purpose).toBeGreaterThan(0);
    expect(resolved).toBeGreaterThan(purpose);
    expect(resolved).toBeLessThan(texts.indexOf('3. Steps to Become an Awarded Member'));
    // Decisions are not printed twice (once by {{minutes}}, once by {{#decisions}}).
    expect(texts.filter((t) => t.endsWith('attend the steering group.')).length).toBe(
      texts.filter((t) => t.startsWith('Resolved: An agreed group')).length + 1,
    );
    expect(texts.filter((t) => /date of next meeting/i.test(t))).toEqual(['Date of next meeting']);
    expect(texts).toContain('8 January 2024, 1pm - 2pm');
    expect(texts.join('\n')).not.toContain('{{');
    expect(texts.join('\n')).not.toMatch(/No notes were taken|overdue/i);
  });

  it('makes an agenda with each item’s start time and no minutes', async () => {
    const { docx, texts } = await fill('example-agenda.docx', 'agenda');
    const rows = elements(await docx.xml('word/document.xml'), 'tr').map((tr) =>
      elements(tr, 'tc').map(paragraphText),
    );
    const items = rows.filter((cells) => cells.length === 5);
    expect(items[0]).toEqual(['No.', 'Item', 'Presenter', 'Start', 'Purpose']);
    expect(items[1]?.slice(0, 4)).toEqual([
      '1',
      'Welcome and Introductions',
      'Councillor Harland',
      '1pm',
    ]);
    expect(items.slice(1).map((cells) => cells[3])).toEqual([
      '1pm',
      '1.05pm',
      '1.15pm',
      '1.35pm',
      '1.50pm',
    ]);
    expect(items).toHaveLength(6);
    expect(texts.join('\n')).not.toContain('Councillor Harland welcomed');
  });

  it('gives an agenda with no times allotted only its first start, rather than guess', async () => {
    const data = withActions();
    // As a meeting entered from its records: the same rule as the house agenda (agenda-timings).
    for (const item of data.agenda) item.allottedMinutes = 0;
    const { docx } = await fill('example-agenda.docx', 'agenda', data);
    const starts = elements(await docx.xml('word/document.xml'), 'tr')
      .map((tr) => elements(tr, 'tc').map(paragraphText))
      .filter((cells) => cells.length === 5)
      .slice(1)
      .map((cells) => cells[3]);
    expect(starts).toEqual(['1pm', '', '', '', '']);
  });
});

describe('the example templates printed by LibreOffice', () => {
  requireTestTools(['soffice', 'pdftotext']);
  const dir = mkdtempSync(join(tmpdir(), 'quorum-examples-pdf-'));
  const pages = new Map<string, string>();

  beforeAll(async () => {
    const files = [];
    for (const [name, kind] of [
      ['example-minutes.docx', 'minutes'],
      ['example-agenda.docx', 'agenda'],
    ] as const) {
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, (await fill(name, kind)).bytes);
      files.push(file);
    }
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    for (const kind of ['minutes', 'agenda']) {
      const pdf = join(dir, `${kind}.pdf`);
      execFileSync('pdftotext', ['-layout', pdf, `${pdf}.txt`]);
      pages.set(kind, readFileSync(`${pdf}.txt`, 'utf8'));
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps "14 September 2023" whole in the actions table', () => {
    const minutes = pages.get('minutes') ?? '';
    expect(minutes).toContain('14 September 2023');
    expect(minutes).not.toMatch(/Septembe\s*$/m);
    expect(minutes).toContain('No date');
    expect(minutes).toMatch(/Page 1 of \d|page 1 of \d/);
  });

  it('prints the agenda on one page with its start times', () => {
    const agenda = pages.get('agenda') ?? '';
    expect(agenda).toContain('1.05pm');
    expect(agenda).toContain('Agenda – page 1 of 1');
    expect(agenda).not.toContain('{{');
  });
});
