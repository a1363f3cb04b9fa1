import { HeadingLevel, Paragraph, type IParagraphOptions } from 'docx';
import { inlineText, type Inline, type RichBlock } from '../rich-text-data';
import {
  BULLET,
  listIndent,
  MAX_LIST_LEVEL,
  ORDERED,
  pointIndent,
  type ListInstances,
  type ListLayout,
} from './numbering';
import { inlineRuns, startsRightToLeft } from './text-runs';

/**
 * An agenda item's minutes as Word paragraphs: headings as Word's Heading styles, the
 * minute-taker's lists as Word numbering (nested by level, restarting per list), formatting
 * and links carried over.
 */
export interface RichTextOptions {
  /** The Word heading level the item's first heading takes (3 under a Heading 2 item title). */
  headingBase: number;
  lists: ListInstances;
  /** The document's list layout, as declared in its numbering. */
  layout: ListLayout;
  /**
   * Numbered lists as plain "1. 2. 3." rather than minute points ("6.1"): the summary, whose
   * item headings carry no numbers, as seed 000 writes them.
   */
  plainLists?: boolean;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export function headingStyle(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1] ?? HeadingLevel.HEADING_6;
}

/**
 * Maps the editor's heading levels onto Word's so that none is skipped: the first heading is
 * `base`, and each goes at most one level deeper than the one before, however the minute-taker
 * chose levels (an "H3" straight under the item title becomes Heading 3, not Heading 5).
 */
export function headingLevels(base: number): (sourceLevel: number) => number {
  const open: number[] = [];
  return (source) => {
    while (open.length > 0 && (open.at(-1) ?? 0) >= source) open.pop();
    open.push(source);
    return Math.min(base + open.length - 1, HEADINGS.length);
  };
}

/** A paragraph of inlines, right to left when its text is. */
export function inlineParagraph(
  inlines: readonly Inline[],
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  const rtl = startsRightToLeft(inlineText(inlines));
  return new Paragraph({
    ...options,
    ...(rtl ? { bidirectional: true } : {}),
    children: inlineRuns(inlines),
  });
}

type ListBlock = Extract<RichBlock, { type: 'list' }>;

function listParagraphs(list: ListBlock, depth: number, options: RichTextOptions): Paragraph[] {
  const level = Math.min(depth, options.layout.levels - 1, MAX_LIST_LEVEL);
  // A numbered list's items are points: their numbers come from point-numbers.ts.
  const firstPoint = options.plainLists ? undefined : list.items[0]?.point;
  const reference = !list.ordered
    ? BULLET
    : firstPoint
      ? options.lists.points(firstPoint)
      : list.start === 1
        ? ORDERED
        : options.lists.orderedFrom(list.start);
  const numbering = { reference, level, instance: options.lists.next() };
  const out: Paragraph[] = [];
  for (const item of list.items) {
    let numbered = false;
    for (const block of item.blocks) {
      if (block.type === 'list') {
        out.push(...listParagraphs(block, depth + 1, options));
      } else if (!numbered) {
        out.push(inlineParagraph(block.inlines, { numbering }));
        numbered = true;
      } else {
        // A second paragraph in one list item: under the item's text, without a number.
        out.push(
          inlineParagraph(block.inlines, {
            indent: {
              left: firstPoint
                ? pointIndent(level, options.layout.base)
                : listIndent(level, options.layout.base),
            },
          }),
        );
      }
    }
    // An empty list item still takes its number, as it does in the editor.
    if (!numbered && !item.blocks.some((b) => b.type === 'list'))
      out.push(new Paragraph({ numbering }));
  }
  return out;
}

export function richTextParagraphs(
  blocks: readonly RichBlock[],
  options: RichTextOptions,
): Paragraph[] {
  const level = headingLevels(options.headingBase);
  const out: Paragraph[] = [];
  for (const block of blocks) {
    // Under a numbered item heading, text lines up with the heading's words, past its number.
    const indent = options.layout.base > 0 ? { indent: { left: options.layout.base } } : {};
    if (block.type === 'heading') {
      out.push(
        inlineParagraph(block.inlines, { heading: headingStyle(level(block.level)), ...indent }),
      );
    } else if (block.type === 'paragraph') {
      // Paragraphs are not points: only a numbered list's items take a minute number.
      out.push(inlineParagraph(block.inlines, indent));
    } else {
      out.push(...listParagraphs(block, 0, options));
    }
  }
  return out;
}
