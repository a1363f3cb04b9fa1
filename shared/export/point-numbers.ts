import type { ListItem, RichBlock } from './rich-text-data';

/**
 * The number of every point in an item's minutes: one function, used by the Minutes tab (a
 * ProseMirror decoration), the house-style Word export and the council template, so the
 * "6.2.1" a later meeting cites is the same on screen and on paper.
 *
 * A point is an item of a numbered list; paragraphs, headings and bullets take no number.
 * - Under item 6 the points are 6.1, 6.2 …; a numbered list inside point 6.2 gives 6.2.1 ….
 * - Numbering runs on through the item: a paragraph between two numbered lists does not start
 *   the count again, so no number is used twice under one item.
 * - A numbered list inside a bullet belongs to the nearest point above it (or to the item).
 * - A list the minute-taker started at a later number ("4.") jumps on to it, never back.
 */
export interface PointBlock {
  type: string;
  ordered?: boolean;
  start?: number;
  items?: readonly PointItem[];
}

export interface PointItem {
  blocks: readonly PointBlock[];
}

/**
 * The numbers of the ordered list items in `blocks`, in document order (a depth-first walk,
 * each list item before the lists inside it), e.g. ['6.1', '6.2', '6.2.1', '6.3'].
 */
export function pointNumbers(itemNumber: number, blocks: readonly PointBlock[]): string[] {
  const out: string[] = [];
  walk(blocks, [itemNumber], { count: 0 }, (_, number) => out.push(number));
  return out;
}

/**
 * The item's minutes with each numbered list item's `point` set, for the exporters: they
 * write the number given, never count for themselves.
 */
export function withPointNumbers(itemNumber: number, blocks: readonly RichBlock[]): RichBlock[] {
  const copy = structuredClone(blocks) as RichBlock[];
  walk(copy, [itemNumber], { count: 0 }, (item, number) => {
    (item as ListItem).point = number;
  });
  return copy;
}

/** `parent` is the number of the point (or item) these blocks sit under; `counter` its count. */
function walk(
  blocks: readonly PointBlock[],
  parent: readonly number[],
  counter: { count: number },
  visit: (item: PointItem, number: string) => void,
): void {
  for (const block of blocks) {
    if (block.type !== 'list' || !block.items) continue;
    block.items.forEach((item, index) => {
      if (!block.ordered) {
        // A bullet is not a point: numbered lists inside it count on under the same parent.
        walk(item.blocks, parent, counter, visit);
        return;
      }
      const start = Number.isInteger(block.start) ? (block.start ?? 1) : 1;
      counter.count = index === 0 ? Math.max(counter.count + 1, start) : counter.count + 1;
      const number = [...parent, counter.count];
      visit(item, number.join('.'));
      walk(item.blocks, number, { count: 0 }, visit);
    });
  }
}

/** "6.2.1" as its parent's prefix ("6.2.") and its own count (1), for Word's level text. */
export function splitPoint(point: string): { prefix: string; count: number } {
  const at = point.lastIndexOf('.');
  return { prefix: point.slice(0, at + 1), count: Number(point.slice(at + 1)) };
}
