import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionLogDocx,
  buildAgendaDocx,
  buildMinutesDocx,
  buildSummaryDocx,
} from '../../../../shared/export/house';
import { requireTestTools } from '../../../setup/require-tools';
import { byTag, openDocx, W } from './docx-reader';
import { fullMeeting } from './fixtures';
import { pageLines, renderWithLibreOffice, type PageLine } from './libreoffice';

/**
 * Line spacing and the page header, as Word's model holds them (styles.xml) and as LibreOffice
 * lays them out: a two-line title must not overlap itself, and the running header must end
 * inside the top margin, clear of the first line of every page.
 */
const TITLE = 'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group';

/** Minutes long enough for three pages, with a title and item headings on two lines. */
function longMinutes() {
  const base = fullMeeting({ meeting: { ...fullMeeting().meeting, title: TITLE } });
  const extra = Array.from({ length: 8 }, (_, i) => ({
    ...base.agenda[1]!,
    id: `extra-${i}`,
    number: base.agenda.length + i + 1,
    title: `Extra item ${i + 1} with a title long enough to wrap onto a second line of the page`,
  }));
  return { ...base, agenda: [...base.agenda, ...extra] };
}

describe('line spacing in Word’s model', () => {
  it('gives every line spacing its rule, in every house document', async () => {
    const { readActionLogData } = await import('../../../../shared/export/house');
    const { buildSampleWorkspace } = await import('../../../../shared/sample');
    const { workspace } = buildSampleWorkspace({ now: new Date('2023-10-10T09:00:00Z') });
    const documents = [
      await buildMinutesDocx(longMinutes()),
      await buildSummaryDocx(longMinutes()),
      await buildAgendaDocx(longMinutes()),
      await buildActionLogDocx(readActionLogData(workspace, { today: '2023-10-10' })),
    ];
    for (const bytes of documents) {
      const pkg = await openDocx(bytes);
      const spacings = [pkg.styles, pkg.document, ...pkg.headers].flatMap((part) =>
        byTag(part, 'spacing').filter((s) => s.hasAttributeNS(W, 'line')),
      );
      expect(spacings.length).toBeGreaterThan(0);
      expect(spacings.map((s) => s.getAttributeNS(W, 'lineRule'))).toEqual(
        spacings.map(() => 'auto'),
      );
    }
  });
});

describe('a long document laid out by LibreOffice', () => {
  requireTestTools(['soffice', 'pdftotext']);
  let pages: PageLine[][] = [];

  beforeAll(async () => {
    const { minutes } = await renderWithLibreOffice(
      { minutes: await buildMinutesDocx(longMinutes()) },
      'bbox',
    );
    pages = pageLines(minutes!);
  }, 240_000);

  const isHeader = (line: PageLine) =>
    ['Sanctuary Steering Group', 'Leeds City Council', 'DRAFT – subject to approval'].includes(
      line.text,
    ) && line.yMax < 120;
  const isFooter = (line: PageLine) => /^Page \d+ of \d+$/.test(line.text);

  it('runs to continuation pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the running header inside the top margin and clear of the body on every page', () => {
    pages.forEach((lines, index) => {
      const header = lines.filter(isHeader);
      const body = lines.filter((l) => !isHeader(l) && !isFooter(l));
      expect(
        header.map((l) => l.text),
        `page ${index + 1}`,
      ).toEqual(['Sanctuary Steering Group', 'Leeds City Council', 'DRAFT – subject to approval']);
      const headerBottom = Math.max(...header.map((l) => l.yMax));
      const bodyTop = Math.min(...body.map((l) => l.yMin));
      // The top margin is 3cm (85pt); at least 6pt of white between header and body.
      expect(headerBottom, `page ${index + 1}`).toBeLessThan(85);
      expect(bodyTop - headerBottom, `page ${index + 1}`).toBeGreaterThanOrEqual(6);
    });
  });

  it('sets the two lines of a long title one under the other, without overlap', () => {
    const first = pages[0]!;
    const top = first.findIndex((l) => l.text.startsWith('Minutes: Leeds City'));
    const [one, two] = [first[top]!, first[top + 1]!];
    expect(`${one.text} ${two.text}`).toBe(`Minutes: ${TITLE}`);
    // pdftotext's boxes take in the font's whole ascent and descent, so single-spaced lines
    // touch a little; a line height set exactly below the font's overlaps by a third or more.
    const overlap = one.yMax - two.yMin;
    expect(overlap / (one.yMax - one.yMin)).toBeLessThan(0.15);
  });

  it('overlaps no two lines that share a column on any page', () => {
    for (const lines of pages)
      for (const [i, a] of lines.entries())
        for (const b of lines.slice(i + 1)) {
          const sameColumn = a.xMin < b.xMax && b.xMin < a.xMax;
          const overlap = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          const smaller = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
          if (sameColumn) expect(overlap / smaller, `${a.text} / ${b.text}`).toBeLessThan(0.15);
        }
  });
});
