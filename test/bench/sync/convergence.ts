import * as Y from 'yjs';

/**
 * When two replicas hold the same document. Equal state vectors mean both have every insert,
 * but a transaction that only deletes does not move the clock, so the delete sets must match
 * too; a Yjs snapshot is exactly (delete set, state vector). The state vectors are compared
 * first because they are cheap (one entry per client) and differ until the very end.
 */
export function sameDocument(a: Y.Doc, b: Y.Doc): boolean {
  if (!sameStateVector(a, b)) return false;
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}

function sameStateVector(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.encodeStateVector(a);
  const right = Y.encodeStateVector(b);
  return left.length === right.length && left.every((byte, i) => byte === right[i]);
}

/**
 * Resolves with performance.now() at the first moment every pair holds the same document.
 * Checked inside each document's 'update' event, i.e. synchronously as the last update lands,
 * rather than by polling, which would add up to a polling interval to the figure.
 */
export function whenConverged(
  pairs: readonly (readonly [Y.Doc, Y.Doc])[],
  timeoutMs: number,
): Promise<number> {
  const docs = [...new Set(pairs.flat())];
  return new Promise<number>((resolve, reject) => {
    const check = () => {
      if (!pairs.every(([a, b]) => sameDocument(a, b))) return;
      const at = performance.now();
      finish();
      resolve(at);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`documents did not converge within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      for (const doc of docs) doc.off('update', check);
    };
    for (const doc of docs) doc.on('update', check);
    check();
  });
}
