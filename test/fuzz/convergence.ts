import * as Y from 'yjs';
import type { Replica } from './network';

/** Every shared type's content, read by its kind (the names come from shared/model). */
function readShared(doc: Y.Doc, name: string): unknown {
  if (name.startsWith('minutes/')) return doc.getXmlFragment(name).toString();
  if (/^(decisions|questions|actionHistory)\/|^history$/.test(name))
    return doc.getArray(name).toJSON();
  return doc.getMap(name).toJSON();
}

function equalStateVectors(a: Y.Doc, b: Y.Doc): boolean {
  const [left, right] = [Y.encodeStateVector(a), Y.encodeStateVector(b)];
  return left.length === right.length && left.every((byte, i) => byte === right[i]);
}

/** Maps' keys sorted: a Y.Map lists its keys in the order they arrived, which may differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, inner]) => [key, canonical(inner)]),
  );
}

function contentOf(doc: Y.Doc, names: readonly string[]): string {
  return JSON.stringify(names.map((name) => [name, canonical(readShared(doc, name))]));
}

/**
 * Checks that every replica holds every document in the same state: the same state vector
 * (every edit everywhere) and the same content in every shared type. The encoded updates are
 * not compared byte for byte: Yjs merges adjacent items per transaction, so replicas that
 * received the same items in different batches encode them in different runs; delete sets
 * are compared apart (deleteSetsDiffer). Returns what differs, or null.
 */
export function findDivergence(replicas: readonly Replica[]): string | null {
  const docNames = [...new Set(replicas.flatMap((r) => [...r.docs.keys()]))].sort();
  for (const docName of docNames) {
    const missing = replicas.filter((r) => !r.docs.has(docName)).map((r) => r.index);
    if (missing.length > 0) return `replicas ${missing.join(', ')} never received ${docName}`;
    const docs = replicas.map((r) => r.doc(docName));
    const names = [...new Set(docs.flatMap((doc) => [...doc.share.keys()]))].sort();
    const [first, ...others] = docs;
    const content = contentOf(first!, names);
    for (const [i, other] of others.entries()) {
      if (!equalStateVectors(first!, other))
        return `${docName}: replica ${i + 1}'s state vector differs from replica 0's`;
      if (contentOf(other, names) !== content)
        return `${docName}: replica ${i + 1}'s content differs from replica 0's`;
    }
  }
  return null;
}

interface Deletions {
  deleted: Set<string>;
  /** Live formatting markers (a deleted item's content is dropped, so it cannot tell). */
  liveMarkers: Set<string>;
}

function deletionsOf(doc: Y.Doc): Deletions {
  const deleted = new Set<string>();
  const liveMarkers = new Set<string>();
  for (const [client, structs] of doc.store.clients)
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      for (let i = 0; i < struct.length; i++) {
        const id = `${client}:${struct.id.clock + i}`;
        if (struct.deleted) deleted.add(id);
        else if (struct.content instanceof Y.ContentFormat) liveMarkers.add(id);
      }
    }
  return { deleted, liveMarkers };
}

/**
 * How the replicas' delete sets differ once state vectors and content agree: not at all
 * (null), in formatting markers only, or otherwise. Yjs deletes redundant formatting markers
 * in Y.XmlText after each transaction, remote ones included, and never sends those deletions
 * on, so replicas that received the same edits in a different order can keep different
 * invisible markers. That is Yjs's behaviour and leaves the content equal, so a run counts
 * it; any other difference fails the run.
 */
export function deleteSetDifference(replicas: readonly Replica[]): 'formatting' | 'other' | null {
  let found: 'formatting' | null = null;
  const [first, ...others] = replicas;
  for (const name of first!.docs.keys()) {
    const mine = deletionsOf(first!.doc(name));
    for (const other of others) {
      const theirs = deletionsOf(other.doc(name));
      for (const [a, b] of [
        [mine, theirs],
        [theirs, mine],
      ] as const)
        for (const id of a.deleted) {
          if (b.deleted.has(id)) continue;
          if (!b.liveMarkers.has(id)) return 'other';
          found = 'formatting';
        }
    }
  }
  return found;
}
