/**
 * A file's size as people read it: '24 kB', '1.3 MB' (decimal units, as file managers on
 * Windows and macOS show them to one decimal). Never '0 kB' for a file that has bytes.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  const kilobytes = bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1000));
  if (kilobytes < 1000) return `${kilobytes} kB`;
  const megabytes = bytes / 1_000_000;
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}
