import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sameDocument, whenConverged } from '../bench/sync/convergence';

function replicas(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  a.getText('minutes').insert(0, 'The group agreed the plan.');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

describe('sameDocument', () => {
  it('holds for two replicas with the same updates', () => {
    const [a, b] = replicas();
    expect(sameDocument(a, b)).toBe(true);
  });

  it('sees a delete that has not arrived, though the state vectors are equal', () => {
    const [a, b] = replicas();
    a.getText('minutes').delete(0, 4);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(sameDocument(a, b)).toBe(false);
  });

  it('sees an insert that has not arrived', () => {
    const [a, b] = replicas();
    b.getText('minutes').insert(0, 'Chair: ');
    expect(sameDocument(a, b)).toBe(false);
  });
});

describe('whenConverged', () => {
  it('resolves as the last missing update lands, not before', async () => {
    const [a, b] = replicas();
    a.getText('minutes').insert(0, 'Chair: ');
    b.getMap('actions').set('a1', 'open');
    let resolved = false;
    const converged = whenConverged([[a, b]], 5_000).then(() => (resolved = true));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    await Promise.resolve();
    expect(resolved).toBe(false);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    await converged;
    expect(sameDocument(a, b)).toBe(true);
  });

  it('gives up with an error instead of hanging', async () => {
    const [a, b] = replicas();
    a.getText('minutes').insert(0, 'x');
    await expect(whenConverged([[a, b]], 10)).rejects.toThrow(/did not converge/);
  });
});
