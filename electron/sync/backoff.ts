/** Exponential backoff with full jitter, capped; a server's Retry-After wins when longer. */
export function backoffMs(
  attempt: number,
  opts: { baseMs?: number; capMs?: number; random?: () => number } = {},
): number {
  const base = opts.baseMs ?? 250;
  const cap = opts.capMs ?? 10_000;
  const ceiling = Math.min(cap, base * 2 ** attempt);
  return Math.round((opts.random ?? Math.random)() * ceiling);
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
