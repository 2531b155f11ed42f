// Medians for the dashboard's "typical post" numbers: one viral post moves a mean, not a median.

/** Median of the values; undefined for none (unknown, not zero). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
