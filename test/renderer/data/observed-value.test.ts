import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { observeValue } from '../../../renderer/data/observed-value';

function counted(doc: Y.Doc) {
  const map = doc.getMap<number>('numbers');
  const other = doc.getMap<number>('other');
  let reads = 0;
  const value = observeValue(
    () => [map],
    () => {
      reads++;
      return [...map.values()].reduce((sum, n) => sum + n, 0);
    },
  );
  return { map, other, value, reads: () => reads };
}

describe('a value observed from Yjs types', () => {
  it('reads once and returns the same value until an observed type changes', () => {
    const { map, value, reads } = counted(new Y.Doc());
    map.set('a', 1);
    const unsubscribe = value.subscribe(() => undefined);
    expect(value.getSnapshot()).toBe(1);
    expect(value.getSnapshot()).toBe(1);
    expect(reads()).toBe(1);
    map.set('b', 2);
    expect(value.getSnapshot()).toBe(3);
    expect(reads()).toBe(2);
    unsubscribe();
  });

  it('tells every subscriber of a change to what it observes, and of nothing else', () => {
    const { map, other, value } = counted(new Y.Doc());
    const heard: string[] = [];
    const first = value.subscribe(() => heard.push('first'));
    const second = value.subscribe(() => heard.push('second'));
    other.set('x', 1);
    expect(heard).toEqual([]);
    map.set('a', 1);
    expect(heard).toEqual(['first', 'second']);
    first();
    map.set('a', 2);
    expect(heard).toEqual(['first', 'second', 'second']);
    second();
  });

  it('stops observing when the last subscriber leaves, and reads afresh after', () => {
    const { map, value, reads } = counted(new Y.Doc());
    const heard: number[] = [];
    const unsubscribe = value.subscribe(() => heard.push(1));
    expect(value.getSnapshot()).toBe(0);
    unsubscribe();
    map.set('a', 5);
    expect(heard).toEqual([]);
    // Its value was forgotten with the observer: never a stale one.
    expect(value.getSnapshot()).toBe(5);
    expect(reads()).toBe(2);
  });

  it('follows changes made inside nested types (observeDeep)', () => {
    const doc = new Y.Doc();
    const outer = doc.getMap<Y.Map<string>>('outer');
    outer.set('item', new Y.Map<string>());
    const value = observeValue(
      () => [outer],
      () => outer.get('item')?.get('title') ?? '',
    );
    const unsubscribe = value.subscribe(() => undefined);
    expect(value.getSnapshot()).toBe('');
    outer.get('item')!.set('title', 'Welcome and introductions');
    expect(value.getSnapshot()).toBe('Welcome and introductions');
    unsubscribe();
  });
});
