/** Summary statistics of latency samples (milliseconds). Percentiles use the nearest-rank method. */
export interface Summary {
  n: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array: the smallest value with at least p% of samples ≤ it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: mean(sorted),
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Measures `op` sequentially (one call in flight), interleaving it with the other
 * contenders in blocks so that machine noise (other processes, CPU frequency) lands on
 * all of them alike instead of on whichever ran last.
 */
export async function measureInterleaved(
  contenders: Record<string, () => unknown>,
  opts: { warmup: number; samples: number; blocks: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(contenders);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (const name of names) {
    const op = contenders[name]!;
    for (let i = 0; i < opts.warmup; i++) {
      const r = op();
      if (r instanceof Promise) await r;
    }
  }
  const perBlock = Math.ceil(opts.samples / opts.blocks);
  for (let b = 0; b < opts.blocks; b++) {
    // Alternate the order too, so neither contender always runs right after the other.
    const order = b % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const op = contenders[name]!;
      const samples = out[name]!;
      for (let i = 0; i < perBlock && samples.length < opts.samples; i++) {
        const t0 = performance.now();
        const r = op();
        // A synchronous contender is timed without an extra microtask turn.
        if (r instanceof Promise) await r;
        samples.push(performance.now() - t0);
      }
    }
  }
  return out;
}

export function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
}
