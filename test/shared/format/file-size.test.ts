import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../shared/format/file-size';

describe('file sizes', () => {
  it.each([
    [0, '0 kB'],
    [1, '1 kB'],
    [499, '1 kB'],
    [24_400, '24 kB'],
    [999_499, '999 kB'],
    [999_999, '1.0 MB'],
    [1_250_000, '1.3 MB'],
    [9_940_000, '9.9 MB'],
    [12_600_000, '13 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (bytes) => {
    expect(() => formatFileSize(bytes)).toThrow(`Not a file size: ${bytes}`);
  });
});
