import { MINUTES_HEADING_LEVEL } from './minutes-extensions';
import { convertWordLists } from './word-lists';

/**
 * ProseMirror's transformPastedHTML for the minutes editor. Minute-takers paste from Word all
 * the time; left alone, Word's clipboard loses its lists (see word-lists.ts) and brings fonts,
 * comments and conditional markup. Other HTML (including copies from Quorum itself, whose
 * data-pm-slice attributes ProseMirror needs) is kept as it is, headings aside.
 */
const WORD_HTML = /urn:schemas-microsoft-com:office|class="?Mso|mso-list|<o:p>/i;
// Word's "downlevel-revealed" conditionals (<![if !supportLists]>) are not HTML comments.
const WORD_CONDITIONAL = /<!\[(?:if[^\]]*|endif)\]>/gi;
const STYLE_OR_SCRIPT = /<(style|script)\b[\s\S]*?<\/\1\s*>/gi;
const START_TAG = /<[a-z][^<>]*>/gi;
const INLINE_ATTRIBUTE = /(\s)(style|on[a-z]+)(\s*=)/gi;
/** Where a pasted element's style attribute is kept while we read it. */
const PASTED_STYLE = 'data-pasted-style';
const JUNK = 'style, meta, link, title, script, xml, head, hr.msocomoff';
const KEEP_ATTRIBUTES: Record<string, string[]> = { A: ['href'] };

export function isWordHtml(html: string): boolean {
  return WORD_HTML.test(html);
}

/**
 * Parsing pasted HTML as it comes would make the browser check every style attribute,
 * <style> and onmouseover against the CSP (even in an inert document) and log a violation
 * for each. So styles are renamed to a data attribute before parsing and handlers dropped.
 */
function defuse(html: string): string {
  return html
    .replace(STYLE_OR_SCRIPT, '')
    .replace(START_TAG, (tag) =>
      tag.replace(INLINE_ATTRIBUTE, (_, space: string, name: string, equals: string) =>
        name.toLowerCase() === 'style'
          ? `${space}${PASTED_STYLE}${equals}`
          : `${space}data-dropped${equals}`,
      ),
    );
}

export function cleanPastedHtml(html: string): string {
  const word = isWordHtml(html);
  const doc = new DOMParser().parseFromString(
    defuse(word ? html.replace(WORD_CONDITIONAL, '') : html),
    'text/html',
  );
  const body = doc.body;
  if (word) {
    removeWordJunk(body);
    convertWordLists(body);
  }
  styledSpansToMarks(body);
  if (word) simplify(body);
  for (const element of body.querySelectorAll(`[${PASTED_STYLE}], [data-dropped]`)) {
    element.removeAttribute(PASTED_STYLE);
    element.removeAttribute('data-dropped');
  }
  // One heading level in minutes (minutes-extensions.ts): any pasted heading becomes it.
  for (const heading of body.querySelectorAll('h1, h2, h3, h5, h6')) {
    rename(heading, `h${MINUTES_HEADING_LEVEL}`);
  }
  return body.innerHTML;
}

function removeWordJunk(body: HTMLElement): void {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
  for (const element of [...body.querySelectorAll('*')]) {
    const style = element.getAttribute(PASTED_STYLE) ?? '';
    const className = element.getAttribute('class') ?? '';
    if (
      element.matches(JUNK) ||
      element.tagName.includes(':') || // <o:p>, <v:shape>, <w:sdt>
      /mso-element:\s*comment|mso-special-character:\s*comment/i.test(style) ||
      /^(?:MsoCommentReference|msocom)/i.test(className)
    ) {
      element.remove();
    }
  }
}

/** Word and Google Docs write some bold and italic as styled spans rather than <b> and <i>. */
function styledSpansToMarks(body: HTMLElement): void {
  for (const element of [...body.querySelectorAll('span, b, strong, i, em')]) {
    const style = element.getAttribute(PASTED_STYLE) ?? '';
    if (/^(?:B|STRONG)$/.test(element.tagName) && /(?:^|;)\s*font-weight:\s*normal/i.test(style)) {
      unwrap(element);
    } else if (element.tagName === 'SPAN' && /font-weight:\s*(?:bold|[6-9]00)/i.test(style)) {
      rename(element, 'strong');
    } else if (element.tagName === 'SPAN' && /font-style:\s*italic/i.test(style)) {
      rename(element, 'em');
    }
  }
}

/** Drops spans, fonts, anchors without an address, styles, classes and empty paragraphs. */
function simplify(body: HTMLElement): void {
  for (const element of [...body.querySelectorAll('*')]) {
    if (
      /^(?:SPAN|FONT|DIV)$/.test(element.tagName) ||
      (element.tagName === 'A' && !element.hasAttribute('href'))
    ) {
      unwrap(element);
      continue;
    }
    const keep = KEEP_ATTRIBUTES[element.tagName] ?? [];
    for (const { name } of [...element.attributes]) {
      if (!keep.includes(name)) element.removeAttribute(name);
    }
  }
  for (const paragraph of [...body.querySelectorAll('p')]) {
    if (!paragraph.textContent?.replace(/\u00a0/g, ' ').trim() && !paragraph.querySelector('br')) {
      paragraph.remove();
    }
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
}
