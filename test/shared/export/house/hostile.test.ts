import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  buildActionLogDocx,
  buildAgendaDocx,
  buildMinutesDocx,
  buildSummaryDocx,
} from '../../../../shared/export/house';
import { byTag, missingInOrder, openDocx, paragraphs, textOf } from './docx-reader';
import { ARABIC, CONTROLS, HEBREW, hostileMeeting, LONG_PARAGRAPH } from './fixtures';

const DC = 'http://purl.org/dc/elements/1.1/';
// What XML 1.0 forbids (tab, line feed and carriage return aside), lone surrogates included.
const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
);

async function hostileDocuments() {
  const data = hostileMeeting();
  return {
    minutes: await buildMinutesDocx(data),
    summary: await buildSummaryDocx(data),
    agenda: await buildAgendaDocx(data),
    log: await buildActionLogDocx({
      group: data.group,
      today: '2023-10-10',
      groupBy: 'owner',
      actions: [
        {
          ref: 'A1',
          description: `Fix <xml> & "quotes"${CONTROLS} 🎉 ${HEBREW}`,
          owner: ARABIC,
          due: '2023-09-01',
          status: 'open',
          meetingTitle: data.meeting.title,
          meetingDate: data.meeting.date,
        },
      ],
    }),
  };
}

describe('exporting hostile text', async () => {
  const documents = await hostileDocuments();

  it('writes every part of every document as well-formed XML with no forbidden character', async () => {
    for (const [name, bytes] of Object.entries(documents)) {
      await expect(openDocx(bytes), name).resolves.toBeTruthy();
      const zip = await JSZip.loadAsync(bytes);
      for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
        const xml = await zip.file(path)!.async('string');
        expect(FORBIDDEN.test(xml), `${name}: ${path}`).toBe(false);
      }
    }
  });

  it('keeps the text itself: markup characters, quotes, emoji, both scripts, the long paragraph', async () => {
    const pkg = await openDocx(documents.minutes);
    const texts = paragraphs(pkg.document).map((p) => p.text);
    expect(texts).toContain('Minutes: Budget <review> & "ideas" \'now\' 🎉');
    expect(texts).toContain('Controlchars & <b>not bold</b> 😀 ✓');
    expect(texts).toContain(LONG_PARAGRAPH);
    expect(LONG_PARAGRAPH.length).toBe(10_000);
    expect(texts).toContain('Decision: Agreed: "A" & \'B\'\nsecond line\twith a tab');
    expect(texts).toContain('Heading ]]> <![CDATA[ x');
    const header = pkg.headers.map((h) => textOf(h.documentElement!)).join('\n');
    expect(header).toContain('Tom & Jerry’s <Group> "Steering"');
    expect(byTag(pkg.core, 'title', DC)[0]!.textContent).toBe(
      'Minutes: Budget <review> & "ideas" \'now\' 🎉',
    );
  });

  it('sets Arabic and Hebrew paragraphs right to left, and leaves English left to right', async () => {
    const paras = paragraphs((await openDocx(documents.minutes)).document);
    const find = (text: string) => paras.find((p) => p.text === text)!;
    expect([find(ARABIC).bidi, find(HEBREW).bidi]).toEqual([true, true]);
    expect(find(LONG_PARAGRAPH).bidi).toBe(false);
  });

  it('keeps a link whose address holds & and < as the address', async () => {
    const pkg = await openDocx(documents.minutes);
    const targets = byTag(
      pkg.rels,
      'Relationship',
      'http://schemas.openxmlformats.org/package/2006/relationships',
    ).map((r) => r.getAttribute('Target'));
    expect(targets).toContain('https://example.org/?a=1&b=<2>');
  });

  it('reads back through mammoth in order', async () => {
    for (const bytes of [documents.minutes, documents.summary]) {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      expect(
        missingInOrder(value, [
          'Item & <one>',
          'Controlchars & <b>not bold</b> 😀',
          ARABIC,
          HEBREW,
          'END-OF-LONG',
          'a link & more',
        ]),
      ).toEqual([]);
    }
  });
});
