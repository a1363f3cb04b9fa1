// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, isWordHtml } from '../../../../renderer/features/minutes/word-paste';

const wordClipboard = readFileSync('test/fixtures/word-paste/steering-group-notes.html', 'utf8');

function clean(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(html);
  return container;
}

const texts = (elements: Iterable<Element>) =>
  [...elements].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

describe('pasting from Word', () => {
  const pasted = clean(wordClipboard);

  it('recognises Word’s clipboard and nothing else', () => {
    expect(isWordHtml(wordClipboard)).toBe(true);
    expect(isWordHtml('<p>Plain <b>HTML</b> from a web page</p>')).toBe(false);
  });

  it('turns bulleted list paragraphs into a nested bulleted list', () => {
    const bullets = pasted.querySelector(':scope > ul')!;
    expect(texts(bullets.querySelectorAll(':scope > li > p'))).toEqual([
      'Learn: learning about what it means to be seeking sanctuary.',
      'Embed: taking positive action to embed concepts of welcome, safety and inclusion.',
      'Share: sharing your vision with other local authorities.',
    ]);
    // The level-2 point sits inside "Learn", as in Word.
    const nested = bullets.querySelector(':scope > li:first-child > ul');
    expect(texts(nested!.querySelectorAll('li'))).toEqual([
      'Training for council services with Contact Theory',
    ]);
  });

  it('turns numbered paragraphs into a numbered list, without the typed numbers', () => {
    const numbered = pasted.querySelector(':scope > ol')!;
    expect(texts(numbered.querySelectorAll(':scope > li > p'))).toEqual([
      'An agreed group of core members will attend the steering group.',
      'Frequency of meetings will be on a quarterly basis.',
      'The steering group will engage with people who have lived experience.',
    ]);
    expect(texts(numbered.querySelectorAll(':scope > li > ol > li'))).toEqual([
      'Next meeting in January',
    ]);
  });

  it('keeps bold and italic, including Word’s bold spans', () => {
    expect(texts(pasted.querySelectorAll('b, strong'))).toEqual([
      'learn, embed, and share',
      'Learn',
      'Embed',
      'Share',
      'quarterly',
    ]);
    expect(texts(pasted.querySelectorAll('i, em'))).toEqual(['Contact Theory']);
  });

  it('drops Word’s markup, comments, styles and empty paragraphs', () => {
    const html = pasted.innerHTML;
    expect(html).not.toMatch(/o:p|mso-|class=|style=|lang=|<span|\[JJ1\]|Check wording/);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('supportLists');
    expect(texts(pasted.querySelectorAll(':scope > p'))).toEqual([
      'The award application needs to include evidence of how the three-step process of learn, embed, and share are evident:',
      'See the City of Sanctuary site and this.',
    ]);
    expect(pasted.querySelector('a')?.getAttribute('href')).toBe('https://cityofsanctuary.org/');
  });

  it('makes pasted headings the one heading level minutes use', () => {
    expect(texts(pasted.querySelectorAll('h4'))).toEqual(['Steps to become an awarded member']);
    expect(pasted.querySelector('h2')).toBeNull();
  });

  it('reads bold from Google Docs’ styled spans and drops its non-bold wrapper', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr">' +
      '<span style="font-weight:700;">Agreed</span><span style="font-weight:400;"> by all</span></p></b>';
    expect(cleanPastedHtml(html)).toBe(
      '<meta charset="utf-8"><p dir="ltr"><strong>Agreed</strong><span> by all</span></p>',
    );
  });

  it('never hands the browser a style attribute or an event handler', () => {
    const html =
      '<p style="color:red" onmouseover="alert(1)" onclick=\'x()\'>Note</p><style>p{}</style>';
    expect(cleanPastedHtml(html)).toBe('<p>Note</p>');
  });

  it('leaves other HTML alone, so copies within Quorum keep their structure', () => {
    const own = '<ul data-pm-slice="3 3 []"><li><p>Jenny to share the presentation</p></li></ul>';
    expect(cleanPastedHtml(own)).toBe(own);
  });
});
