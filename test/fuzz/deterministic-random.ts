import { webcrypto } from 'node:crypto';
import * as prng from 'lib0/prng';

/**
 * Record ids (shared/model/ids.ts), document guids and Yjs client ids all come from lib0's
 * random source, which binds Node's `webcrypto.getRandomValues` when it is first imported. A
 * run must be replayable from its seed, and ids decide ties in the agenda's order, so the
 * fuzzer swaps that function for one that draws from the run's seeded generator.
 *
 * This module must be evaluated before lib0/webcrypto: import it first (run.ts and the test
 * do). `checkIdsAreSeeded` tells a run whether the swap took effect.
 */
let source: prng.PRNG | null = null;

const platformRandom = webcrypto.getRandomValues.bind(webcrypto);

(webcrypto as { getRandomValues: typeof platformRandom }).getRandomValues = (array) => {
  if (source === null || array === null) return platformRandom(array);
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < bytes.length; i++) bytes[i] = prng.uint32(source, 0, 255);
  return array;
};

/** Draws ids from `generator` until the next call; null gives the platform's source back. */
export function seedRandomSource(generator: prng.PRNG | null): void {
  source = generator;
}
