import http from 'node:http';
import https from 'node:https';

/** What the BSS client needs of a response. */
export interface HttpResponse {
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** The body, in an ArrayBuffer of its own (so it can be transferred to a worker without a copy). */
  bytes: Uint8Array;
  /** The body decoded as UTF-8 (decoded when first asked for). */
  readonly text: string;
}

// Kept-alive connections: a sync makes thousands of small requests to one host. node:http
// costs the main thread about a third of the CPU per request that fetch (undici) does.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32, scheduling: 'lifo' }),
};

/**
 * The body in an ArrayBuffer of its own. A body that came in one chunk usually is one
 * already (Node's HTTP parser copies each chunk into a buffer of its size): kept as it is,
 * not copied, which halves what a sync allocates per page on the main thread. Otherwise the
 * chunks are copied into a new buffer — not Buffer.concat: small results come from Node's
 * shared pool, which cannot be transferred.
 */
function ownBuffer(chunks: Buffer[], length: number): Uint8Array {
  const only = chunks.length === 1 ? chunks[0]! : null;
  if (only && only.byteOffset === 0 && only.buffer.byteLength === length) return new Uint8Array(only.buffer);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * One HTTP request, the body read whole as UTF-8. Rejects on network errors, after
 * `timeoutMs` or on the signal; any HTTP status resolves (the caller decides what a status
 * means). The timeout is a plain timer, not AbortSignal.timeout + AbortSignal.any: those
 * made two signals per request, each tied to the run's signal until collected — a large
 * sync makes a hundred thousand requests.
 */
export function httpRequest(
  url: URL,
  init: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
    timeoutMs: number;
  },
): Promise<HttpResponse> {
  const lib = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
  if (!lib) return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  return new Promise<HttpResponse>((resolveOuter, rejectOuter) => {
    const headers: Record<string, string | number> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Length'] = Buffer.byteLength(init.body);
    const timer = setTimeout(() => req.destroy(new Error(`no response in ${init.timeoutMs} ms`)), init.timeoutMs);
    const resolve = (r: HttpResponse) => {
      clearTimeout(timer);
      resolveOuter(r);
    };
    const reject = (err: unknown) => {
      clearTimeout(timer);
      rejectOuter(err);
    };
    const req = lib.request(
      url,
      { method: init.method, headers, agent: agents[url.protocol as 'http:' | 'https:'], signal: init.signal },
      (res) => {
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          length += c.length;
        });
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
        res.on('end', () => {
          if (!res.complete) return reject(new Error('connection closed before the response ended'));
          const status = res.statusCode ?? 0;
          const bytes = ownBuffer(chunks, length);
          let text: string | null = null;
          resolve({
            status,
            statusText: res.statusMessage ?? '',
            ok: status >= 200 && status < 300,
            headers: {
              get: (name) => {
                const v = res.headers[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
              },
            },
            bytes,
            get text() {
              return (text ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
            },
          });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
