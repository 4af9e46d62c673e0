/**
 * Rendered 200 bodies by request, for a sandbox that stands in for a remote server in a
 * throughput benchmark. On a rep's laptop the partner API's CPU is not the app's; here the
 * sandbox shares two cores with the app, and rendering a large sync's pages (generating
 * the records, writing the JSON) took about a third of the machine. With the cache, a
 * second run of the same requests is served as stored bytes.
 *
 * Off unless asked for (`SandboxOptions.responseCache`). A body is keyed by the data's
 * version and clock, the language, the method and path, the query (sorted) and the request
 * body; the server bypasses the cache while any fault is configured, and checks the token,
 * flow control and the parameters' operation before it looks.
 */
export interface ResponseCacheStats {
  hits: number;
  misses: number;
  bytes: number;
}

export class ResponseCache {
  private readonly bodies = new Map<string, Buffer>();
  readonly stats: ResponseCacheStats = { hits: 0, misses: 0, bytes: 0 };

  /** `maxBytes`: bodies beyond it are served but not kept. */
  constructor(private readonly maxBytes = 4 * 1024 ** 3) {}

  static key(parts: { version: number; now: number; lang: string; method: string; url: URL; body: string }): string {
    const query = [...parts.url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${parts.version}|${parts.now}|${parts.lang}|${parts.method} ${parts.url.pathname}?${new URLSearchParams(query)}|${parts.body}`;
  }

  get(key: string): Buffer | undefined {
    const hit = this.bodies.get(key);
    if (hit) this.stats.hits++;
    else this.stats.misses++;
    return hit;
  }

  put(key: string, body: Buffer): void {
    if (this.stats.bytes + body.length > this.maxBytes) return;
    this.bodies.set(key, body);
    this.stats.bytes += body.length;
  }
}
