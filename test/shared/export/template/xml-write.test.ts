import { describe, expect, it } from 'vitest';
import { ParagraphEdit } from '../../../../shared/export/template/paragraph-edit';
import { PropList } from '../../../../shared/export/template/props';
import { indexParagraph } from '../../../../shared/export/template/text-index';
import { descendantsW, parseXml, rootOf } from '../../../../shared/export/template/xml';
import {
  NodeWriter,
  escapeAttribute,
  escapeText,
  generatedName,
  writeDocument,
  writeNode,
  wx,
} from '../../../../shared/export/template/xml-write';
import { W, elements, paragraphText, parseStrict } from './docx-reader';

/** The fill's XML writing, read back with the strict reader the export tests use. */
const inDocument = (body: string) =>
  `<w:document xmlns:w="${W}" xmlns:r="urn:r"><w:body>${body}</w:body></w:document>`;

const firstParagraph = (xml: string) => {
  const doc = parseXml(inDocument(xml));
  const p = descendantsW(doc, 'p')[0];
  if (!p) throw new Error('No paragraph');
  return { doc, p };
};

describe('escaping generated text', () => {
  it('escapes markup characters in text and leaves quotes alone', () => {
    expect(escapeText('Comms & Media <Leeds> "quoted"')).toBe(
      'Comms &amp; Media &lt;Leeds&gt; "quoted"',
    );
  });

  it('escapes quotes and keeps whitespace in attributes as references', () => {
    expect(escapeAttribute('a "b" & <c>\td\ne')).toBe('a &quot;b&quot; &amp; &lt;c&gt;&#9;d&#10;e');
  });

  it('drops characters XML cannot hold, keeping emoji', () => {
    expect(escapeText('bell\u0007 and \uFFFE gone 🎉')).toBe('bell and  gone 🎉');
  });

  it('writes text a strict parser reads back exactly', () => {
    const text = 'Résumé & “notes” <b>not bold</b> 🎉';
    const xml = inDocument(
      wx('p', {}, [wx('r', {}, [wx('t', { 'xml:space': 'preserve' }, [escapeText(text)])])]),
    );
    const p = elements(parseStrict(xml), 'p')[0]!;
    expect(paragraphText(p)).toBe(text);
  });
});

describe('wx', () => {
  it('prefixes WordprocessingML attributes, keeps r: and xml: ones, and closes empty elements', () => {
    expect(wx('hyperlink', { 'r:id': 'rId4', history: 1 }, [wx('r')])).toBe(
      '<w:hyperlink r:id="rId4" w:history="1"><w:r/></w:hyperlink>',
    );
    expect(wx('pPr', {}, [null, '', false])).toBe('<w:pPr/>');
  });

  it('names a generated element from its start tag', () => {
    expect(generatedName('<w:tbl><w:tr/></w:tbl>')).toBe('tbl');
    expect(generatedName('<w:p/>')).toBe('p');
  });
});

describe('writing template nodes', () => {
  it('writes a parsed part back to the same elements, attributes and text', () => {
    const source = inDocument(
      '<!-- kept --><w:p w:rsidR="00AB"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve"> a &amp; b &lt; c </w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
    );
    const doc = parseXml(source);
    const written = writeDocument(doc, writeNode(rootOf(doc)));
    expect(written.startsWith('<?xml version="1.0"')).toBe(true);
    expect(written).toContain(source);
    parseStrict(written);
  });

  it('remembers what it wrote, so a repeated paragraph is written once', () => {
    const { p } = firstParagraph('<w:p><w:r><w:t>Same each time</w:t></w:r></w:p>');
    const nodes = new NodeWriter();
    const first = nodes.write(p);
    expect(nodes.write(p)).toBe(first);
    expect(first).toBe('<w:p><w:r><w:t>Same each time</w:t></w:r></w:p>');
  });
});

describe('PropList', () => {
  it('sets properties in schema order among the template’s own', () => {
    const { p } = firstParagraph(
      '<w:p><w:pPr><w:pStyle w:val="Body"/><w:numPr><w:numId w:val="3"/></w:numPr><w:jc w:val="left"/></w:pPr></w:p>',
    );
    const pPr = descendantsW(p, 'pPr')[0];
    const list = PropList.from('pPr', pPr, new NodeWriter()).remove('numPr');
    list.set('bidi').set('keepNext').set('jc', { val: 'right' });
    expect(list.toXml()).toBe(
      '<w:pPr><w:pStyle w:val="Body"/><w:keepNext/><w:bidi/><w:jc w:val="right"/></w:pPr>',
    );
  });

  it('carries a prefix its paragraph declared, so the copy still parses elsewhere', () => {
    const { p } = firstParagraph(
      '<w:p xmlns:x="urn:x"><w:r><w:rPr><x:glow x:val="1"/></w:rPr><w:t>{{minutes}}</w:t></w:r></w:p>',
    );
    const rPr = descendantsW(p, 'rPr')[0];
    const copy = PropList.from('rPr', rPr, new NodeWriter()).set('b').toXml();
    expect(copy).toBe('<w:rPr xmlns:x="urn:x"><x:glow x:val="1"/><w:b/></w:rPr>');
    parseStrict(inDocument(`<w:p><w:r>${copy}</w:r></w:p>`));
  });

  it('is left out when it holds nothing', () => {
    expect(PropList.from('rPr', undefined, new NodeWriter()).toXml()).toBe('');
  });
});

describe('ParagraphEdit', () => {
  it('rewrites a placeholder split over runs without touching the template paragraph', () => {
    const source =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Date: {{da</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>te}}</w:t></w:r><w:r><w:t xml:space="default">!</w:t></w:r></w:p>';
    const { p } = firstParagraph(source);
    const index = indexParagraph(p);
    const edit = new ParagraphEdit(p, descendantsW(p, 't'));
    const start = index.text.indexOf('{{');
    edit.replace(index, start, index.text.indexOf('}}') + 2, ' 9 October 2023 ');
    expect(edit.remainingText()).toBe('Date:  9 October 2023 !');
    const written = edit.write(new NodeWriter());
    // The replacement keeps the first run's formatting and its spaces; the emptied run goes.
    expect(written).toBe(
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Date:  9 October 2023 </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="default">!</w:t></w:r></w:p>',
    );
    expect(writeNode(p)).toBe(source);
  });

  it('finds no run for formatting where the text was taken out', () => {
    const { p } = firstParagraph(
      '<w:p><w:r><w:t>{{a}}</w:t></w:r><w:r><w:t>{{b}}</w:t></w:r></w:p>',
    );
    const index = indexParagraph(p);
    const edit = new ParagraphEdit(p, descendantsW(p, 't'));
    edit.replace(index, 5, 10, '');
    expect(edit.runAt(index, 5)).toBeUndefined();
    expect(edit.runAt(index, 0)?.localName).toBe('r');
    expect(edit.write(new NodeWriter())).toBe('<w:p><w:r><w:t>{{a}}</w:t></w:r></w:p>');
  });
});
