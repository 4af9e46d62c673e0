/**
 * A counting semaphore: at most `size` holders at once, the rest wait in order. The sync
 * run uses one for HTTP requests in flight, shared by every scope and every page fetched
 * ahead, so reading ahead never multiplies the load the run puts on the API.
 */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
