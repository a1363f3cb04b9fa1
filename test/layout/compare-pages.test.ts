import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MAX_DIFFERENT_PIXELS, comparePages } from './compare-pages';
import { readReference } from './references';

/** The comparison itself, on a committed reference page: what it lets through and what not. */
// A black block in the page's blank top-left margin.
function withBlock(png: Buffer, width: number, height: number): Buffer {
  const image = PNG.sync.read(png);
  for (let y = 5; y < 5 + height; y += 1)
    for (let x = 5; x < 5 + width; x += 1) {
      const at = (y * image.width + x) * 4;
      image.data.set([0, 0, 0, 255], at);
    }
  return PNG.sync.write(image);
}

describe('comparePages', () => {
  const page = readReference('house-minutes', 1);

  it('finds no difference between a page and itself', () => {
    expect(comparePages(page, page).different).toBe(0);
  });

  it('lets through a speck, and fails a change the size of one character', () => {
    const speck = comparePages(withBlock(page, 2, 2), page).different;
    expect(speck).toBe(4);
    expect(speck).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
    expect(comparePages(withBlock(page, 4, 4), page).different).toBeGreaterThan(
      MAX_DIFFERENT_PIXELS,
    );
  });

  it('fails pages of different sizes outright', () => {
    const other = readReference('house-minutes', 2);
    const cropped = PNG.sync.read(other);
    const smaller = new PNG({ width: cropped.width - 1, height: cropped.height });
    expect(comparePages(PNG.sync.write(smaller), page)).toMatchObject({ diff: null });
    expect(comparePages(PNG.sync.write(smaller), page).different).toBeGreaterThan(100_000);
    expect(comparePages(other, page).different).toBeGreaterThan(MAX_DIFFERENT_PIXELS);
  });
});
