import { isAllowedLinkUrl } from '../../rules/link-url';
import type { Inline } from '../rich-text-data';
import type { GenContext } from './context';
import { copyProps, removeProps, setRunProp } from './props';
import { textNode } from './text-index';
import { w, type XmlElement } from './xml';

/** Runs for generated text: bold, italic, line breaks, tabs and external hyperlinks. */
export interface RunOptions {
  bold?: boolean;
  /** Ignore the placeholder's run formatting (table header cells, headings). */
  plain?: boolean;
}

function pieces(ctx: GenContext, text: string): XmlElement[] {
  return text
    .split(/(\t|\r\n|\n|\r)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '\t') return w(ctx.doc, 'tab');
      if (/^[\r\n]+$/.test(piece)) return w(ctx.doc, 'br');
      return textNode(ctx.doc, piece);
    });
}

function runProps(ctx: GenContext, inline: Inline, options: RunOptions): XmlElement {
  const rPr = copyProps(ctx.doc, 'rPr', options.plain ? undefined : ctx.baseRPr);
  removeProps(rPr, 'rPrChange');
  if (inline.bold || options.bold) setRunProp(rPr, 'b');
  if (inline.italic) setRunProp(rPr, 'i');
  if (inline.link) {
    const style = ctx.styles.find('character', 'Hyperlink');
    if (style) setRunProp(rPr, 'rStyle', { val: style.id });
    else {
      setRunProp(rPr, 'color', { val: '0563C1' });
      setRunProp(rPr, 'u', { val: 'single' });
    }
  }
  return rPr;
}

export function run(ctx: GenContext, inline: Inline, options: RunOptions = {}): XmlElement {
  const rPr = runProps(ctx, inline, options);
  const content = inline.break ? [w(ctx.doc, 'br')] : pieces(ctx, inline.text);
  return w(ctx.doc, 'r', {}, [rPr.firstChild ? rPr : null, ...content]);
}

/** The runs of a paragraph; links to anything but http(s) and mailto stay plain text. */
export function inlineRuns(
  ctx: GenContext,
  inlines: readonly Inline[],
  options: RunOptions = {},
): XmlElement[] {
  return inlines
    .filter((inline) => inline.break || inline.text !== '')
    .map((inline) => {
      const link = inline.link && isAllowedLinkUrl(inline.link) ? inline.link.trim() : undefined;
      if (!link) return run(ctx, { ...inline, link: undefined }, options);
      return w(ctx.doc, 'hyperlink', { 'r:id': ctx.links.id(link), history: 1 }, [
        run(ctx, inline, options),
      ]);
    });
}
