import * as decoding from 'lib0/decoding';

/**
 * Reads an untrusted Yjs update (V1, as Hocuspocus sends them) all the way through before the
 * shared document or the update log sees it, and refuses it if it is not a well-formed update
 * or carries more than one update may.
 *
 * Why not Y.decodeUpdate or a size check: Yjs applies what it can parse and keeps the rest
 * pending, so garbage is often "applied" without an error, and a small update can declare
 * huge clock ranges or a million delete ranges for a client that does not exist, which Yjs
 * then re-checks on every later update to that document (Yjs issue #687). This walk costs
 * one pass over the bytes and allocates nothing per struct; the message size limit
 * (limits.ts) bounds the bytes, so it bounds the walk too, and no worker thread is needed.
 * It also parses what Yjs would parse later while applying (JSON content, type references,
 * sub-document options), so an update that passes here does not fail half-way through being
 * applied after it was written to the log.
 */

export interface UpdateBudget {
  /** Structs (insertions, deletions-as-content, GC and skip runs) in one update. */
  maxStructs: number;
  /** Delete-set ranges in one update, known or not. */
  maxDeleteRanges: number;
  /**
   * Delete ranges for clocks that neither the document nor this update holds: Yjs keeps them
   * pending and retries them on every later update, so they are the costly kind.
   */
  maxUnknownDeleteRanges: number;
  /** Clocks skipped between what the document holds of a client and what this update adds. */
  maxClockGap: number;
}

/**
 * A sync step 2 re-sends the whole delete set of a client's copy, so a long-edited meeting
 * legitimately carries many ranges; the unknown ones and the gaps are what poison a document.
 */
export const DEFAULT_UPDATE_BUDGET: UpdateBudget = {
  maxStructs: 500_000,
  maxDeleteRanges: 200_000,
  maxUnknownDeleteRanges: 1_000,
  maxClockGap: 100_000,
};

/** No budget: for the server's own stored state, which may be as large as a document grows. */
export const UNLIMITED: UpdateBudget = {
  maxStructs: Infinity,
  maxDeleteRanges: Infinity,
  maxUnknownDeleteRanges: Infinity,
  maxClockGap: Infinity,
};

export class UpdateRefused extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

/** What the document already holds of a client: its next clock (Y.getState). */
export type KnownClock = (client: number) => number;

const CONTENT_DELETED = 1;
const CONTENT_JSON = 2;
const CONTENT_BINARY = 3;
const CONTENT_STRING = 4;
const CONTENT_EMBED = 5;
const CONTENT_FORMAT = 6;
const CONTENT_TYPE = 7;
const CONTENT_ANY = 8;
const CONTENT_DOC = 9;
const SKIP = 10;
const GC = 0;
/** YArray … YXmlText in Yjs's typeRefs; XmlElement (3) and XmlHook (5) carry a name. */
const LAST_TYPE_REF = 6;
const NAMED_TYPE_REFS = new Set([3, 5]);
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;
const CONTENT_BITS = 0x1f;

/** Throws UpdateRefused unless `update` is one whole, well-formed V1 update within `budget`. */
export function checkUpdate(
  update: Uint8Array,
  known: KnownClock,
  budget: UpdateBudget = DEFAULT_UPDATE_BUDGET,
): void {
  const decoder = decoding.createDecoder(update);
  try {
    const reach = readStructs(decoder, known, budget);
    readDeleteSet(decoder, known, reach, budget);
  } catch (error) {
    if (error instanceof UpdateRefused) throw error;
    // lib0 throws on truncation and oversized varints; deep nesting overflows the stack.
    throw new UpdateRefused('not a Yjs update');
  }
  if (decoding.hasContent(decoder)) throw new UpdateRefused('not a Yjs update (trailing bytes)');
}

/** Walks the struct section; returns, per client, the clock just past what the update adds. */
function readStructs(
  decoder: decoding.Decoder,
  known: KnownClock,
  budget: UpdateBudget,
): Map<number, number> {
  const reach = new Map<number, number>();
  let structs = 0;
  let gap = 0;
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    structs += count;
    if (structs > budget.maxStructs) throw new UpdateRefused('too many structs');
    gap += Math.max(0, clock - known(client));
    if (gap > budget.maxClockGap) throw new UpdateRefused('clock gap too large');
    for (let s = 0; s < count; s++) {
      clock += readStruct(decoder);
      if (!Number.isSafeInteger(clock)) throw new UpdateRefused('clock out of range');
    }
    reach.set(client, Math.max(reach.get(client) ?? 0, clock));
  }
  return reach;
}

/** Reads one struct and returns its length in clocks. */
function readStruct(decoder: decoding.Decoder): number {
  const info = decoding.readUint8(decoder);
  const content = info & CONTENT_BITS;
  if (content === GC || content === SKIP) return decoding.readVarUint(decoder);
  if (info & HAS_ORIGIN) readId(decoder);
  if (info & HAS_RIGHT_ORIGIN) readId(decoder);
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // No neighbour to copy the parent from: a root type's name, or the parent item's id.
    if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder);
    else readId(decoder);
    if (info & HAS_PARENT_SUB) decoding.readVarString(decoder);
  }
  return readContent(decoder, content);
}

function readContent(decoder: decoding.Decoder, content: number): number {
  switch (content) {
    case CONTENT_DELETED:
      return decoding.readVarUint(decoder);
    case CONTENT_JSON: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        const text = decoding.readVarString(decoder);
        if (text !== 'undefined') JSON.parse(text);
      }
      return length;
    }
    case CONTENT_BINARY:
      decoding.readVarUint8Array(decoder);
      return 1;
    case CONTENT_STRING:
      // Yjs counts a string's clocks in UTF-16 code units, as String.length does.
      return decoding.readVarString(decoder).length;
    case CONTENT_EMBED:
      JSON.parse(decoding.readVarString(decoder));
      return 1;
    case CONTENT_FORMAT:
      decoding.readVarString(decoder);
      JSON.parse(decoding.readVarString(decoder));
      return 1;
    case CONTENT_TYPE: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) throw new UpdateRefused('unknown shared type');
      if (NAMED_TYPE_REFS.has(typeRef)) decoding.readVarString(decoder);
      return 1;
    }
    case CONTENT_ANY: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) decoding.readAny(decoder);
      return length;
    }
    case CONTENT_DOC: {
      decoding.readVarString(decoder);
      const options: unknown = decoding.readAny(decoder);
      // Yjs spreads these into a new Doc's options and reads fields from them.
      if (typeof options !== 'object' || options === null) throw new UpdateRefused('bad subdoc');
      return 1;
    }
    default:
      throw new UpdateRefused('unknown content type');
  }
}

function readId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

function readDeleteSet(
  decoder: decoding.Decoder,
  known: KnownClock,
  reach: Map<number, number>,
  budget: UpdateBudget,
): void {
  let ranges = 0;
  let unknown = 0;
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    const client = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    ranges += count;
    if (ranges > budget.maxDeleteRanges) throw new UpdateRefused('too many delete ranges');
    const held = Math.max(known(client), reach.get(client) ?? 0);
    for (let r = 0; r < count; r++) {
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      if (clock + length > held && ++unknown > budget.maxUnknownDeleteRanges)
        throw new UpdateRefused('too many delete ranges for unknown content');
    }
  }
}
