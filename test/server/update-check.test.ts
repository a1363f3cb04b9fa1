import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  checkUpdate,
  DEFAULT_UPDATE_BUDGET,
  UpdateRefused,
  type KnownClock,
} from '../../server/update-check';
import { seededRandom } from '../bench/sync/random';

/** server/update-check.ts: reading an untrusted Yjs update through before anything applies it. */

const nothingKnown: KnownClock = () => 0;

function refusal(update: Uint8Array, known: KnownClock = nothingKnown): string | null {
  try {
    checkUpdate(update, known);
    return null;
  } catch (error) {
    if (error instanceof UpdateRefused) return error.why;
    throw error;
  }
}

/** A document using every kind of content Quorum or Yjs can put in an update. */
function everyKindOfContent(): Y.Doc {
  const doc = new Y.Doc();
  const text = doc.getText('minutes');
  text.insert(0, 'Item 1: apologies from Cllr Ágnes Kovács 🌳');
  text.format(0, 6, { bold: true });
  text.insertEmbed(3, { image: 'logo.png' });
  text.delete(2, 3);
  const map = doc.getMap<unknown>('settings');
  map.set('title', 'Parish Steering Group');
  map.set('bytes', new Uint8Array([1, 2, 3]));
  map.set('nested', { a: [1, 2, { b: null }], c: true });
  map.set('sub', new Y.Doc({ guid: 'sub-document' }));
  const array = doc.getArray<unknown>('agenda');
  array.push([1, 'two', new Y.Map(), new Y.Array()]);
  array.delete(0, 1);
  const xml = doc.getXmlFragment('prosemirror');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Hello')]);
  xml.insert(0, [paragraph]);
  doc.getArray<unknown>('hooks').push([new Y.XmlHook('mention')]);
  map.delete('title');
  return doc;
}

describe('checkUpdate', () => {
  it('passes whole documents and incremental updates made by Yjs', () => {
    const doc = everyKindOfContent();
    expect(refusal(Y.encodeStateAsUpdate(doc))).toBeNull();
    const updates: Uint8Array[] = [];
    const other = new Y.Doc();
    other.on('update', (update: Uint8Array) => updates.push(update));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('minutes').insert(0, 'Draft: ');
    other.getText('minutes').delete(0, 3);
    expect(updates.length).toBeGreaterThan(1);
    for (const update of updates)
      expect(refusal(update, (client) => Y.getState(doc.store, client))).toBeNull();
  });

  it('refuses random bytes, truncated updates and trailing bytes', () => {
    const whole = Y.encodeStateAsUpdate(everyKindOfContent());
    expect(refusal(whole.subarray(0, whole.length - 3))).toMatch(/not a Yjs update/);
    expect(refusal(new Uint8Array([...whole, 7]))).toMatch(/trailing bytes/);
    const random = seededRandom(15);
    let refused = 0;
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 8 + i }, () => random.below(256));
      if (refusal(bytes) !== null) refused++;
    }
    // Random counts may parse by chance ("0 structs, 0 deletes"), but then bytes are left.
    expect(refused).toBe(200);
  });

  it('refuses a million delete ranges for a client that never appears', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // no structs
    encoding.writeVarUint(encoder, 1); // one client in the delete set
    encoding.writeVarUint(encoder, 987_654_321);
    encoding.writeVarUint(encoder, 1_000_000);
    for (let i = 0; i < 1_000_000; i++) {
      encoding.writeVarUint(encoder, i * 2);
      encoding.writeVarUint(encoder, 1);
    }
    expect(refusal(encoding.toUint8Array(encoder))).toBe('too many delete ranges');
  });

  it('refuses unknown delete ranges beyond the budget even when the count is allowed', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 42);
    const count = DEFAULT_UPDATE_BUDGET.maxUnknownDeleteRanges + 1;
    encoding.writeVarUint(encoder, count);
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(encoder, i * 2);
      encoding.writeVarUint(encoder, 1);
    }
    const update = encoding.toUint8Array(encoder);
    expect(refusal(update)).toBe('too many delete ranges for unknown content');
    // The same ranges over content the document holds are ordinary deletions.
    expect(refusal(update, () => count * 2)).toBeNull();
  });

  it('refuses a declared struct count and a clock gap past the budget without walking them', () => {
    const huge = encoding.createEncoder();
    encoding.writeVarUint(huge, 1);
    encoding.writeVarUint(huge, 2 ** 40); // structs declared
    encoding.writeVarUint(huge, 7);
    encoding.writeVarUint(huge, 0);
    expect(refusal(encoding.toUint8Array(huge))).toBe('too many structs');

    const gap = encoding.createEncoder();
    encoding.writeVarUint(gap, 1);
    encoding.writeVarUint(gap, 1);
    encoding.writeVarUint(gap, 7);
    encoding.writeVarUint(gap, 10_000_000); // first clock, far past anything held
    encoding.writeUint8(gap, 10); // a skip struct
    encoding.writeVarUint(gap, 1);
    encoding.writeVarUint(gap, 0);
    expect(refusal(encoding.toUint8Array(gap))).toBe('clock gap too large');
  });
});
