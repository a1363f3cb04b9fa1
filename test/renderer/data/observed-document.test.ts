import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { observeDocument } from '../../../renderer/data/observed-document';

describe('observeDocument', () => {
  it('keeps one value until any of its documents changes, then reads again once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    let reads = 0;
    const value = observeDocument([a, b], () => {
      reads++;
      return { total: a.getArray<number>('n').length + b.getArray<number>('n').length };
    });
    let heard = 0;
    const stop = value.subscribe(() => heard++);
    const first = value.getSnapshot();
    expect(value.getSnapshot()).toBe(first);
    expect(reads).toBe(1);

    b.getArray<number>('n').push([1]);
    expect(heard).toBe(1);
    expect(value.getSnapshot()).toEqual({ total: 1 });
    a.getArray<number>('n').push([2]);
    expect(value.getSnapshot()).toEqual({ total: 2 });
    expect(reads).toBe(3);

    stop();
    a.getArray<number>('n').push([3]);
    expect(heard).toBe(2); // no longer told
    expect(value.getSnapshot()).toEqual({ total: 3 }); // and not stale when read again
  });
});
