/**
 * One limiter shared by every puller. The API's flow control is per API per account
 * (10 requests/s by default), so there is one bucket per API name. Each bucket spaces
 * requests evenly at `ratePerSec × headroom` with no burst, which keeps any one-second
 * window under the limit even with some network jitter — full speed without 429s.
 */
export interface LimiterOptions {
  ratePerSec: number;
  /** Fraction of the limit to use; the rest absorbs jitter. */
  headroom?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class RateLimiter {
  private readonly next = new Map<string, number>();
  private readonly interval: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: LimiterOptions) {
    const rate = opts.ratePerSec * (opts.headroom ?? 0.92);
    this.interval = Number.isFinite(rate) && rate > 0 ? 1000 / rate : 0;
    this.now = opts.now ?? (() => performance.now());
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Waits for this API's next slot. Slots are reserved synchronously, so callers queue fairly. */
  async take(api: string, signal?: AbortSignal): Promise<void> {
    if (this.interval === 0) return;
    const now = this.now();
    const slot = Math.max(now, this.next.get(api) ?? 0);
    this.next.set(api, slot + this.interval);
    const wait = slot - now;
    if (wait > 0) await this.sleep(wait);
    signal?.throwIfAborted();
  }

  /** After a 429 or Retry-After: nobody calls this API again before `ms` has passed. */
  pause(api: string, ms: number): void {
    const until = this.now() + ms;
    if ((this.next.get(api) ?? 0) < until) this.next.set(api, until);
  }
}
