import { describe, expect, it } from 'vitest';
import { headingLevels } from '../../../../shared/export/house/rich-text-paragraphs';

describe('headingLevels', () => {
  const map = (levels: number[], base = 3) => levels.map(headingLevels(base));

  it('starts at the base level whatever level the editor used', () => {
    expect(map([3])).toEqual([3]);
    expect(map([1])).toEqual([3]);
  });

  it('never goes more than one level deeper than the heading before', () => {
    expect(map([1, 3, 6])).toEqual([3, 4, 5]);
    expect(map([2, 2, 4, 2])).toEqual([3, 3, 4, 3]);
  });

  it('goes back up to the level of an earlier heading of the same rank', () => {
    expect(map([1, 2, 3, 2, 1])).toEqual([3, 4, 5, 4, 3]);
    // A heading shallower than the first takes the base level too.
    expect(map([3, 1, 2])).toEqual([3, 3, 4]);
  });

  it('stops at Heading 6', () => {
    expect(map([1, 2, 3, 4, 5, 6])).toEqual([3, 4, 5, 6, 6, 6]);
  });
});
