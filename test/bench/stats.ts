/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * A percentile of keystroke latencies where Event Timing only reports events of at least
 * `threshold` ms: the unreported ones are known to be faster. Returns null when the percentile
 * falls among them ("below the threshold").
 */
export function thresholdPercentile(
  reported: readonly number[],
  total: number,
  percentile: number,
): number | null {
  const belowThreshold = total - reported.length;
  const rank = Math.ceil((percentile / 100) * total);
  if (rank <= belowThreshold) return null;
  const sorted = [...reported].sort((a, b) => a - b);
  return sorted[rank - belowThreshold - 1] ?? null;
}

/** Nearest-rank percentile (the smallest value at or above `percentile`% of the values). */
export function percentile(values: readonly number[], percentile: number): number {
  if (values.length === 0) throw new Error('No values to take a percentile of');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[rank - 1]!;
}
