// Percentiles of timed samples (nearest rank, so a figure is always one that was measured).

export interface Summary {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly runs: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    runs: sorted.length,
  };
}

/** Rounds a figure for the report: three decimals below 1, two below 100, one above. */
export function round(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  const digits = Math.abs(ms) < 1 ? 3 : Math.abs(ms) < 100 ? 2 : 1;
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}
