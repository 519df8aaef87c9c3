// Percentiles of measured durations (nearest-rank), shared by the applications benchmarks.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summary(durations: readonly number[]): { runs: number; p50: number; p99: number; max: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { runs: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? Number.NaN) };
}
