import * as Y from 'yjs';
import type { Replica } from './network';

/** Every shared type's content, read by its kind (the names come from shared/model). */
function readShared(doc: Y.Doc, name: string): unknown {
  if (name.startsWith('minutes/')) return doc.getXmlFragment(name).toString();
  if (/^(decisions|questions|actionHistory)\/|^history$/.test(name))
    return doc.getArray(name).toJSON();
  return doc.getMap(name).toJSON();
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
 * Checks that every replica holds every document in the same state: equal Yjs snapshots
 * (state vector and delete set) and the same content in every shared type. The encoded
 * updates are not compared byte for byte: Yjs merges adjacent items per transaction, so
 * replicas that received the same items in different batches encode them in different runs.
 * Returns what differs, or null.
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
      if (!Y.equalSnapshots(Y.snapshot(first!), Y.snapshot(other)))
        return `${docName}: replica ${i + 1}'s state vector or deletions differ from replica 0's`;
      if (contentOf(other, names) !== content)
        return `${docName}: replica ${i + 1}'s content differs from replica 0's`;
    }
  }
  return null;
}
