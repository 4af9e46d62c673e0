import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpRequest } from '../../electron/sync/http';

/** A loopback server: `/ok` answers at once, `/silent` takes the request and never answers. */
let server: http.Server | null = null;
async function serve(): Promise<URL> {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') res.end(JSON.stringify({ amount: 1.23456789 }));
    if (req.url === '/big') res.end('页'.repeat(100_000)); // 300 kB: several chunks
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = null;
});

describe('httpRequest', () => {
  it('reads a response whole, in a buffer of its own (transferable), in one chunk or several', async () => {
    const base = await serve();
    const get = (p: string) => httpRequest(new URL(p, base), { method: 'GET', headers: {}, timeoutMs: 5000 });
    const small = await get('/ok');
    expect(small.status).toBe(200);
    expect(small.text).toBe('{"amount":1.23456789}');
    const big = await get('/big');
    expect(big.text).toBe('页'.repeat(100_000));
    for (const res of [small, big]) {
      expect(res.bytes.byteOffset).toBe(0);
      expect(res.bytes.buffer.byteLength).toBe(res.bytes.byteLength);
      structuredClone(res.bytes, { transfer: [res.bytes.buffer] });
      expect(res.bytes.byteLength).toBe(0); // moved
    }
  });

  it('gives up on a server that never answers after its timeout', async () => {
    const base = await serve();
    const t0 = performance.now();
    await expect(httpRequest(new URL('/silent', base), { method: 'GET', headers: {}, timeoutMs: 200 })).rejects.toThrow(
      /no response in 200 ms/,
    );
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
  });

  it('stops when the run is cancelled, before its timeout', async () => {
    const base = await serve();
    const run = new AbortController();
    const pending = httpRequest(new URL('/silent', base), {
      method: 'GET',
      headers: {},
      signal: run.signal,
      timeoutMs: 60_000,
    });
    setTimeout(() => run.abort(new Error('cancelled')), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
