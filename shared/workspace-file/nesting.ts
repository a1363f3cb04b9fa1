import * as Y from 'yjs';

/**
 * How deep Quorum's own documents nest shared types: records are maps one level under an
 * index, and minutes nest a few levels for lists within lists. A file nesting far deeper was
 * not written by Quorum, and reading it would overflow the stack of every recursive reader
 * (Yjs's toJSON among them), so it is refused when opened instead.
 */
export const MAX_NESTING = 64;

/** Whether any shared type in `doc` sits more than `limit` levels below a root type. */
export function nestedDeeperThan(doc: Y.Doc, limit = MAX_NESTING): boolean {
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
      // Walked upwards and cut off at the limit: no recursion, and at most `limit` steps each.
      let depth = 1;
      let parent = struct.parent instanceof Y.AbstractType ? struct.parent._item : null;
      while (parent) {
        if (++depth > limit) return true;
        parent = parent.parent instanceof Y.AbstractType ? parent.parent._item : null;
      }
    }
  }
  return false;
}
