import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fillPart } from '../../../../shared/export/template/fill-part';
import type { InlinePlaceholder } from '../../../../shared/export/template/placeholders';
import { parseXml, serializeXml, w } from '../../../../shared/export/template/xml';
import { W, child, elements, paragraphText, parseStrict } from './docx-reader';

const VALUES: Record<InlinePlaceholder, string> = {
  group: 'Steering Group',
  organisation: 'Leeds City Council',
  title: 'City of Sanctuary',
  date: '9 October 2023',
  time: '1pm - 2pm',
  venue: 'Microsoft Teams',
  chair: 'Councillor Harland',
  status: 'Draft – subject to approval',
  next_meeting: '8 January 2024',
  document: 'Minutes',
};

/** Fills a body with fake block content, then reads the result back with a strict parser. */
function fill(body: string, values: Partial<Record<InlinePlaceholder, string>> = {}) {
  const doc = parseXml(
    `<w:document xmlns:w="${W}" xmlns:r="urn:r"><w:body>${body}</w:body></w:document>`,
  );
  const changed = fillPart(doc, {
    inline: { ...VALUES, ...values },
    block: (name) =>
      name === 'actions'
        ? [w(doc, 'tbl', {}, [w(doc, 'tr', {}, [w(doc, 'tc', {}, [w(doc, 'p')])])])]
        : [w(doc, 'p', {}, [w(doc, 'r', {}, [w(doc, 't', {}, [`[${name}]`])])])],
  });
  const xml = serializeXml(doc);
  const out = parseStrict(xml);
  const body0 = elements(out, 'body')[0]!;
  const paragraphs = Array.from(body0.childNodes).filter(
    (n) => n.nodeType === 1 && (n as Element).localName === 'p',
  ) as unknown as Element[];
  return { changed, xml, out, texts: paragraphs.map((p) => paragraphText(p)) };
}

describe('placeholders split across runs', () => {
  it('joins runs separated by spell-check marks (w:proofErr)', () => {
    const { texts, out } = fill(
      '<w:p><w:r><w:t>{{ti</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>tle</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['City of Sanctuary']);
    // The replacement sits in the first run; the runs that held the rest are gone.
    expect(elements(out, 'r')).toHaveLength(1);
    expect(elements(out, 't')[0]!.getAttribute('xml:space')).toBe('preserve');
  });

  it('joins runs separated by bookmarks, and keeps the bookmarks', () => {
    const { texts, out } = fill(
      '<w:p><w:r><w:t>{{da</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>te</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r><w:t>}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['9 October 2023']);
    expect(elements(out, 'bookmarkStart')).toHaveLength(1);
    expect(elements(out, 'bookmarkEnd')).toHaveLength(1);
  });

  it('keeps the first run’s formatting when the runs differ in w:rPr', () => {
    const { texts, out } = fill(
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{ven</w:t></w:r><w:r><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:t>ue}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['Microsoft Teams']);
    const runs = elements(out, 'r');
    expect(runs).toHaveLength(1);
    expect(elements(runs[0]!, 'b')).toHaveLength(1);
    expect(elements(out, 'i')).toHaveLength(0);
  });

  it('ignores w:lastRenderedPageBreak and w:noProof between the parts', () => {
    const { texts, out } = fill(
      '<w:p><w:r><w:rPr><w:noProof/></w:rPr><w:t>{{ch</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>air}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['Councillor Harland']);
    expect(elements(out, 'lastRenderedPageBreak')).toHaveLength(0);
  });

  it('ignores empty runs and runs wrapped in revision marks', () => {
    const { texts } = fill(
      '<w:p><w:r/><w:r><w:t>{{</w:t></w:r><w:r><w:rPr><w:i/></w:rPr></w:r><w:ins w:id="1" w:author="Officer"><w:r><w:t>group</w:t></w:r></w:ins><w:r><w:t>}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['Steering Group']);
  });

  it('keeps the text around a placeholder and fills several in one paragraph', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t xml:space="preserve">On {{date}}, </w:t></w:r><w:r><w:t>{{ti</w:t></w:r><w:r><w:t xml:space="preserve">me}} at {{venue}} (online)</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['On 9 October 2023, 1pm - 2pm at Microsoft Teams (online)']);
  });

  it('fills two placeholders that meet in one w:t', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t>{{date}}{{ti</w:t></w:r><w:r><w:t>me}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['9 October 20231pm - 2pm']);
  });

  it('escapes markup characters and drops characters XML cannot hold', () => {
    const { texts, xml } = fill('<w:p><w:r><w:t>{{venue}}</w:t></w:r></w:p>', {
      venue: 'Smith & Jones <Room 1> \u0001\u000b"A"',
    });
    expect(xml).toContain('Smith &amp; Jones &lt;Room 1&gt; "A"</w:t>');
    expect(texts).toEqual(['Smith & Jones <Room 1> "A"']);
  });

  it('keeps emoji and right-to-left text', () => {
    const { texts } = fill('<w:p><w:r><w:t>{{venue}}</w:t></w:r></w:p>', {
      venue: 'مركز المجتمع 🏛️',
    });
    expect(texts).toEqual(['مركز المجتمع 🏛️']);
  });

  it('does not expand a placeholder that arrives inside a value', () => {
    const { texts } = fill('<w:p><w:r><w:t>{{venue}} / {{date}}</w:t></w:r></w:p>', {
      venue: 'Room {{title}}',
    });
    expect(texts).toEqual(['Room {{title}} / 9 October 2023']);
  });
});

describe('placeholder names', () => {
  it('reads spaces, capitals and hyphens as the known name', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t>{{ Title }}|{{DATE}}|{{next meeting}}|{{Next-Meeting}}|{{ ti</w:t></w:r><w:r><w:t>me }}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual([
      'City of Sanctuary|9 October 2023|8 January 2024|8 January 2024|1pm - 2pm',
    ]);
  });

  it('leaves unknown placeholders exactly as typed', () => {
    const { texts, changed } = fill(
      '<w:p><w:r><w:t>{{venue_name}} {{}} {{ tilte }}</w:t></w:r></w:p>',
    );
    expect(changed).toBe(false);
    expect(texts).toEqual(['{{venue_name}} {{}} {{ tilte }}']);
  });

  it('does not join text across paragraphs', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t>{{ti</w:t></w:r></w:p><w:p><w:r><w:t>tle}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['{{ti', 'tle}}']);
  });

  it('does not read a text box’s paragraph as part of the paragraph around it', () => {
    const { out, texts } = fill(
      '<w:p><w:r><w:t>{{ti</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>{{date}}</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t>tle}}</w:t></w:r></w:p>',
    );
    // The outer paragraph's own text is its first w:t; the text box's paragraph is separate.
    expect(elements(out, 't')[0]!.textContent).toBe('City of Sanctuary');
    expect(texts).toHaveLength(1);
    expect(elements(elements(out, 'txbxContent')[0]!, 't').map((t) => t.textContent)).toEqual([
      '9 October 2023',
    ]);
  });
});

describe('block placeholders', () => {
  it('replace the whole paragraph that holds them', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t>Before</w:t></w:r></w:p><w:p><w:r><w:t>{{min</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>utes}}</w:t></w:r></w:p><w:p><w:r><w:t>After</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['Before', '[minutes]', 'After']);
  });

  it('keep lead-in text in its paragraph, with the content after it', () => {
    const { texts } = fill(
      '<w:p><w:r><w:t xml:space="preserve">Present: </w:t></w:r><w:r><w:t>{{attendees}}</w:t></w:r></w:p><w:p><w:r><w:t>Next</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['Present: ', '[attendees]', 'Next']);
  });

  it('leave a table cell ending with a paragraph', () => {
    const { out } = fill(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{actions}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>',
    );
    const cell = elements(out, 'tc')[0]!;
    const kids = Array.from(cell.childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(kids.map((k) => k.localName)).toEqual(['tbl', 'p']);
    expect(paragraphText(kids[1]!)).toBe('');
  });

  it('keep a paragraph that carries a section break, after the content', () => {
    const { out, texts } = fill(
      '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>{{agenda}}</w:t></w:r></w:p>',
    );
    expect(texts).toEqual(['[agenda]', '']);
    const last = elements(out, 'p').at(-1)!;
    expect(child(child(last, 'pPr')!, 'sectPr')).toBeDefined();
  });
});
