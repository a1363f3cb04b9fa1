import { generateKeyBetween } from 'fractional-indexing';

/**
 * Order for lists that people reorder on several devices at once (agenda items). Each record
 * holds a fractional position key; a move rewrites one key, so concurrent moves of different
 * items both survive and no item is ever duplicated or lost, as a moved array entry could be.
 * Equal keys (two devices inserting at the same spot) are ordered by id, the same everywhere.
 */
export interface Positioned {
  id: string;
  position: string;
}

export function byPosition(a: Positioned, b: Positioned): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key after every item in `sorted` (or the first key for an empty list). */
export function positionAtEnd(sorted: readonly Positioned[]): string {
  return generateKeyBetween(sorted.at(-1)?.position ?? null, null);
}

/** A key that puts an item at `index` among `others` (sorted, not containing the item). */
export function positionAt(others: readonly Positioned[], index: number): string {
  const clamped = Math.max(0, Math.min(index, others.length));
  const before = others[clamped - 1]?.position ?? null;
  // Neighbours with equal keys leave no room between them: aim for the next larger key.
  const after =
    others.slice(clamped).find((item) => before === null || item.position > before)?.position ??
    null;
  return generateKeyBetween(before, after);
}
