import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { RichBlock } from '../rich-text-data';

/**
 * Word numbering for every list we write, so numbers are Word's own (they renumber when a
 * clerk inserts a paragraph) and never typed digits.
 *
 * - POINTS numbers formal minutes: agenda item headings at level 0 ("1.") and the points
 *   under them at level 1 ("1.1", "1.2"), which Word restarts after each item heading.
 * - ORDERED and BULLET are the minute-taker's own lists. Each list gets a new instance, so a
 *   list in item 2 counts from 1 again rather than carrying on from item 1.
 */
export const POINTS = 'quorum-points';
export const ORDERED = 'quorum-ordered';
export const BULLET = 'quorum-bullet';

/** Word's limit: levels 0 to 8. */
export const MAX_LIST_LEVEL = 8;

/**
 * How a document's lists are laid out: `base` indents them (in formal minutes they sit under
 * a numbered point, so they start further in) and `levels` is how deep they go. Word writes
 * every level of a list for every list instance, so declaring only the levels in use keeps
 * numbering.xml small: a hundred agenda items with two lists each are two hundred instances.
 */
export interface ListLayout {
  base: number;
  levels: number;
}

type Blocks = readonly RichBlock[];

function depthOf(blocks: Blocks): number {
  let deepest = 0;
  for (const block of blocks)
    if (block.type === 'list')
      for (const item of block.items) deepest = Math.max(deepest, 1 + depthOf(item.blocks));
  return deepest;
}

/** The levels a document's lists need: at least one, at most Word's nine. */
export function listLevelsUsed(minutes: readonly Blocks[]): number {
  const deepest = minutes.reduce((most, blocks) => Math.max(most, depthOf(blocks)), 1);
  return Math.min(deepest, MAX_LIST_LEVEL + 1);
}

const TWIP_CM = 567;
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
const BULLETS = ['•', '–', '▪'];

/** Where list text starts at `level`, past any indent the document gives lists (points). */
export function listIndent(level: number, base: number): number {
  return base + TWIP_CM * (level + 1);
}

function levels(
  make: (level: number) => Omit<ILevelsOptions, 'level' | 'style'>,
  layout: ListLayout,
): ILevelsOptions[] {
  return Array.from({ length: layout.levels }, (_, level) => ({
    level,
    alignment: AlignmentType.START,
    ...make(level),
    style: {
      paragraph: { indent: { left: listIndent(level, layout.base), hanging: TWIP_CM / 2 + 76 } },
    },
  }));
}

const orderedLevel = (start: number) => (level: number) => ({
  format: ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  start,
});

/** An ordered list that starts somewhere other than 1 ("start": 4 in the editor). */
export function orderedFrom(start: number, layout: ListLayout): NumberingDefinition {
  return { reference: `${ORDERED}-from-${start}`, levels: levels(orderedLevel(start), layout) };
}

/** The numbering a document declares. */
export function houseNumbering(layout: ListLayout): NumberingDefinition[] {
  return [
    {
      reference: POINTS,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: TWIP_CM, hanging: TWIP_CM } } },
        },
        {
          level: 1,
          format: LevelFormat.DECIMAL,
          text: '%1.%2',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: TWIP_CM, hanging: TWIP_CM } } },
        },
      ],
    },
    { reference: ORDERED, levels: levels(orderedLevel(1), layout) },
    {
      reference: BULLET,
      levels: levels(
        (level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] ?? '•' }),
        layout,
      ),
    },
  ];
}

/** Hands out list instances: one per list written, unique within the document. */
export class ListInstances {
  #next = 1;
  next(): number {
    return this.#next++;
  }
}

/** Indent of points' text in formal minutes; their lists start past it. */
export const POINT_INDENT = TWIP_CM;
