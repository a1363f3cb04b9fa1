import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import { splitPoint } from '../point-numbers';
import type { RichBlock } from '../rich-text-data';

/**
 * Word numbering for every list we write, so numbers are Word's own (they renumber when a
 * clerk inserts a paragraph) and never typed digits.
 *
 * - POINTS numbers the agenda item headings of formal minutes and agendas ("1.", "2.").
 * - A numbered list in the minutes is a run of points ("6.1", "6.2.1"): each list gets its own
 *   definition whose level text carries the number of what it sits under ("6.2.%2") and starts
 *   at its first point's count, both from shared/export/point-numbers.ts, so Word shows the
 *   numbers the Minutes tab shows and cannot count differently.
 * - ORDERED (a numbered list without point numbers) and BULLET: each list gets a new instance,
 *   so a list in item 2 counts from 1 again rather than carrying on from item 1.
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

/**
 * A list's first number as Word's w:start may hold it. It comes from the minutes (a numbered
 * list's `start`, a point's count), which a hostile file or peer can set to -7 or 1e300:
 * Word rejects such a document. Whole numbers from 0 to 32,767, which Word itself allows.
 */
export const MAX_LIST_START = 32_767;
export function listStart(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(MAX_LIST_START, Math.max(0, Math.trunc(value)));
}

const orderedLevel = (start: number) => (level: number) => ({
  format: ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  start: listStart(start),
});

/** Room for a point's number ("6.12.3") before its text. */
const POINT_HANGING = 850;

/** Where a point's text starts at `level`, past its number. */
export function pointIndent(level: number, base: number): number {
  return base + POINT_HANGING * (level + 1);
}

/** A list of points: "6.2." then the list's own count, from `start`, at every level. */
function pointList(reference: string, prefix: string, start: number, layout: ListLayout) {
  return {
    reference,
    levels: Array.from({ length: layout.levels }, (_, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      // A literal "%" in a typed prefix cannot happen (prefixes are digits and dots).
      text: `${prefix}%${level + 1}`,
      start: listStart(start),
      alignment: AlignmentType.START,
      style: {
        paragraph: {
          indent: { left: pointIndent(level, layout.base), hanging: POINT_HANGING },
        },
      },
    })),
  };
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

/**
 * Hands out list instances (one per list written, unique within the document) and keeps the
 * definitions made while the body was written, which the document then declares.
 */
export class ListInstances {
  #next = 1;
  readonly #made: NumberingDefinition[] = [];

  constructor(readonly layout: ListLayout) {}

  next(): number {
    return this.#next++;
  }

  /** A numbered list whose first item is `firstPoint` ("6.2.1"): its definition's reference. */
  points(firstPoint: string): string {
    const reference = `quorum-points-${this.#made.length + 1}`;
    const { prefix, count } = splitPoint(firstPoint);
    this.#made.push(pointList(reference, prefix, count, this.layout));
    return reference;
  }

  /** A numbered list from `start` with no point numbers (outside formal minutes). */
  orderedFrom(start: number): string {
    const reference = `${ORDERED}-from-${this.#made.length + 1}`;
    this.#made.push({ reference, levels: levels(orderedLevel(start), this.layout) });
    return reference;
  }

  /** Every definition the document's lists use. */
  definitions(): NumberingDefinition[] {
    return [...houseNumbering(this.layout), ...this.#made];
  }
}

/** Indent of points' text in formal minutes; their lists start past it. */
export const POINT_INDENT = TWIP_CM;
