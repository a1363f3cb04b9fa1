import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * One page against its reference with pixelmatch. PIXEL_THRESHOLD is pixelmatch's per-pixel
 * colour tolerance, and anti-aliased edges are not counted. The same LibreOffice renders the
 * same document to the same pixels, so the allowance is small: one changed character is
 * about 16 pixels at 60 dpi and fails; a few stray pixels do not.
 */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFFERENT_PIXELS = 10;

export interface PageComparison {
  /** Pixels that differ (every pixel when the sizes differ). */
  different: number;
  /** The differing pixels in red over a faded copy of the reference, for a person to look at. */
  diff: Buffer | null;
}

export function comparePages(actual: Buffer, reference: Buffer): PageComparison {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(reference);
  if (a.width !== b.width || a.height !== b.height)
    return { different: Math.max(a.width * a.height, b.width * b.height), diff: null };
  const diff = new PNG({ width: a.width, height: a.height });
  const different = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
  });
  return { different, diff: PNG.sync.write(diff) };
}
