import { describe, expect, it } from 'vitest';
import { percentile } from '../bench/stats';

describe('percentile (nearest rank)', () => {
  it('picks the smallest value at or above the given share of the values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it('does not reorder the caller’s values', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => percentile([], 50)).toThrow();
  });
});
