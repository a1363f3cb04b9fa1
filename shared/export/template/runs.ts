import { isAllowedLinkUrl } from '../../rules/link-url';
import type { Inline } from '../rich-text-data';
import type { GenContext } from './context';
import { PropList } from './props';
import { escapeText, wx } from './xml-write';

/** Runs for generated text, as XML: bold, italic, line breaks, tabs and external hyperlinks. */
export interface RunOptions {
  bold?: boolean;
  /** Ignore the placeholder's run formatting (table header cells, headings). */
  plain?: boolean;
}

/** A fresh w:t for generated runs. */
export const textXml = (text: string) => `<w:t xml:space="preserve">${escapeText(text)}</w:t>`;

function pieces(text: string): string[] {
  return text
    .split(/(\t|\r\n|\n|\r)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '\t') return '<w:tab/>';
      if (/^[\r\n]+$/.test(piece)) return '<w:br/>';
      return textXml(piece);
    });
}

function runProps(ctx: GenContext, inline: Inline, options: RunOptions): PropList {
  const rPr = PropList.from('rPr', options.plain ? undefined : ctx.baseRPr, ctx.nodes);
  rPr.remove('rPrChange');
  if (inline.bold || options.bold) rPr.set('b');
  if (inline.italic) rPr.set('i');
  if (inline.link) {
    const style = ctx.styles.find('character', 'Hyperlink');
    if (style) rPr.set('rStyle', { val: style.id });
    else {
      rPr.set('color', { val: '0563C1' });
      rPr.set('u', { val: 'single' });
    }
  }
  return rPr;
}

export function run(ctx: GenContext, inline: Inline, options: RunOptions = {}): string {
  const rPr = runProps(ctx, inline, options);
  const content = inline.break ? ['<w:br/>'] : pieces(inline.text);
  return wx('r', {}, [rPr.toXml(), ...content]);
}

/** The runs of a paragraph; links to anything but http(s) and mailto stay plain text. */
export function inlineRuns(
  ctx: GenContext,
  inlines: readonly Inline[],
  options: RunOptions = {},
): string[] {
  return inlines
    .filter((inline) => inline.break || inline.text !== '')
    .map((inline) => {
      const link = inline.link && isAllowedLinkUrl(inline.link) ? inline.link.trim() : undefined;
      if (!link) return run(ctx, { ...inline, link: undefined }, options);
      return wx('hyperlink', { 'r:id': ctx.links.id(link), history: 1 }, [
        run(ctx, inline, options),
      ]);
    });
}
