/**
 * Flow control as the API gateway applies it: N requests per second per API per account
 * ("流量配额：10/1(s)"), as a token bucket holding at most N tokens that refills at N per
 * second. A request that finds the bucket empty gets 429 CBC.0250 and takes no token.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private ratePerSec: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get rate(): number {
    return this.ratePerSec;
  }

  /** 0 or Infinity switch flow control off. */
  setRate(ratePerSec: number): void {
    this.ratePerSec = ratePerSec;
    this.buckets.clear();
  }

  /** Takes a token for `key`; false when the request must be refused. */
  take(key: string): boolean {
    const rate = this.ratePerSec;
    if (!(rate > 0) || rate === Infinity) return true;
    const now = this.clock();
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: rate, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(rate, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
