import { generateKeyBetween } from 'fractional-indexing';
import { uint32 } from 'lib0/random';

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

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Like positionAt, with a few random digits appended, for a person adding or moving an item.
 * positionAt alone gives two devices that put an item at the same spot offline the same key;
 * once tied, nothing can be placed between the two, so a later move there landed one place
 * off (found by the convergence fuzz, test/fuzz/). The digits make such ties all but
 * impossible. The standard agenda, which two devices seed with the same keys on purpose,
 * keeps derived positions (positionAtEnd).
 */
export function uniquePositionAt(others: readonly Positioned[], index: number): string {
  let key = positionAt(others, index);
  const clamped = Math.max(0, Math.min(index, others.length));
  const after = others.slice(clamped).find((item) => item.position > key)?.position ?? null;
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += DIGITS[uint32() % DIGITS.length];
  // A key ending in the smallest digit is not a valid fractional index.
  if (suffix.endsWith('0')) suffix = `${suffix.slice(0, -1)}1`;
  // Appending keeps the key above its left neighbour, and below the right one unless that
  // one begins with this key: then step closer to it (each step is longer, so this ends).
  while (after !== null && key + suffix >= after) key = generateKeyBetween(key, after);
  return key + suffix;
}
