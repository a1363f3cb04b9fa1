import { inlineText, type Inline, type RichBlock } from '../rich-text-data';
import type { GenContext } from './context';
import { PropList } from './props';
import { inlineRuns } from './runs';
import { wx } from './xml-write';

/** Paragraphs, headings and lists for the rich text of the minutes, in the template's styles. */
type ListBlock = Extract<RichBlock, { type: 'list' }>;

// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const ANY_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** More than half the letters are right-to-left: the paragraph reads right to left. */
export function isMostlyRtl(text: string): boolean {
  // Most minutes have no right-to-left letter at all: one scan says so, without counting.
  if (!ANY_RTL.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (text.match(RTL)?.length ?? 0) * 2 > letters;
}

/** The placeholder paragraph's properties, minus what must not be repeated (numbering, a section break). */
function basePPr(ctx: GenContext): PropList {
  return PropList.from('pPr', ctx.basePPr, ctx.nodes).remove('numPr', 'sectPr', 'pPrChange');
}

function finish(ctx: GenContext, pPr: PropList, inlines: readonly Inline[], bold = false) {
  if (isMostlyRtl(inlineText(inlines))) pPr.set('bidi');
  const runs = inlineRuns(ctx, inlines, { bold, plain: bold });
  return wx('p', {}, [pPr.toXml(), ...runs]);
}

const emptyPPr = (ctx: GenContext) => PropList.from('pPr', undefined, ctx.nodes);

export function paragraph(ctx: GenContext, inlines: readonly Inline[]): string {
  return finish(ctx, basePPr(ctx), inlines);
}

/**
 * A heading in the template's own style for this level (or the next one down that it
 * defines). A template with no heading styles gets a bold paragraph that still shows in
 * Word's navigation pane, through w:outlineLvl.
 */
export function heading(ctx: GenContext, level: number, inlines: readonly Inline[]): string {
  const pPr = emptyPPr(ctx);
  const style = ctx.styles.heading(level);
  if (style) {
    pPr.set('pStyle', { val: style.id });
    return finish(ctx, pPr, inlines);
  }
  pPr.set('keepNext');
  pPr.set('outlineLvl', { val: Math.min(8, level - 1) });
  return finish(ctx, pPr, inlines, true);
}

function listParagraphs(ctx: GenContext, list: ListBlock, depth: number): string[] {
  const numId = ctx.numbering.add(list.ordered, list.start, depth, list.items[0]?.point);
  const style = ctx.styles.list(list.ordered, depth);
  const out: string[] = [];
  for (const item of list.items) {
    let numbered = false;
    for (const block of item.blocks) {
      if (block.type === 'list') {
        out.push(...listParagraphs(ctx, block, depth + 1));
      } else if (!numbered) {
        numbered = true;
        const pPr = emptyPPr(ctx);
        if (style) pPr.set('pStyle', { val: style.id });
        pPr.set('numPr', {}, [wx('ilvl', { val: depth }), wx('numId', { val: numId })]);
        out.push(finish(ctx, pPr, block.inlines));
      } else {
        // A second paragraph in the same item: no number, indented under the item's text.
        const pPr = basePPr(ctx);
        pPr.set('ind', { left: 720 * (depth + 1) });
        out.push(finish(ctx, pPr, block.inlines));
      }
    }
  }
  return out;
}

/** Rich text as paragraphs; headings are never shallower than `minHeading`. */
export function richBlocks(
  ctx: GenContext,
  blocks: readonly RichBlock[],
  minHeading: number,
): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return listParagraphs(ctx, block, 0);
    if (block.type === 'heading')
      return [heading(ctx, Math.max(minHeading, block.level), block.inlines)];
    return [paragraph(ctx, block.inlines)];
  });
}

export const plain = (text: string): Inline[] => [{ text }];
