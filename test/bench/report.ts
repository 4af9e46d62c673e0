/** Result rows: one JSON line each while running, and a human table at the end. */

/** The comparison figure a row is judged against, measured in the same run. */
export interface Anchor {
  name: string;
  value: number;
  unit: string;
}

export type Verdict = 'met' | 'missed';

export interface Row {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  anchor: Anchor | null;
  /** The target in words, when the metric has one. Targets are figures, not pass/fail. */
  target: string | null;
  verdict: Verdict | null;
  /** Samples behind the figure. */
  n: number;
}

export interface Benchmark {
  name: string;
  /** One line shown by --help. */
  summary: string;
  run(options: BenchOptions): Promise<Row[]>;
}

export interface BenchOptions {
  /** Measured round trips per contender (latency benchmarks). */
  samples: number;
  /** Measured starts (host-start). */
  starts: number;
  /** Sandbox data set of the sync benchmarks; null = each benchmark's default (see scaleFor). */
  scale: 'tiny' | 'small' | 'large' | null;
  /** True when only the sync benchmarks were asked for by name (--only), not the whole suite. */
  alone: boolean;
  /** Pages in flight in the sync engine; null = the app's default. */
  concurrency: number | null;
  /** Flow control per API for sync-limiter, requests per second. */
  rate: number;
  /** How long sync-limiter runs the engine, seconds. */
  limiterSeconds: number;
  /** Progress notes; silent with --json-only. */
  log(message: string): void;
}

export const round = (v: number, digits = 3): number => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

export const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'missed');

export function row(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  n: number,
  extra: { anchor?: Anchor; target?: string; met?: boolean } = {},
): Row {
  return {
    bench,
    metric,
    value: round(value),
    unit,
    anchor: extra.anchor ? { ...extra.anchor, value: round(extra.anchor.value) } : null,
    target: extra.target ?? null,
    verdict: extra.met === undefined ? null : verdict(extra.met),
    n,
  };
}

export function jsonLine(r: Row): string {
  return JSON.stringify(r);
}

const fmt = (value: number, unit: string) => `${value} ${unit}`;

export function table(rows: readonly Row[]): string {
  const header = ['bench', 'metric', 'value', 'anchor', 'target', 'verdict'];
  const cells = rows.map((r) => [
    r.bench,
    r.metric,
    fmt(r.value, r.unit),
    r.anchor ? `${r.anchor.name}: ${fmt(r.anchor.value, r.anchor.unit)}` : '',
    r.target ?? '',
    r.verdict ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}
