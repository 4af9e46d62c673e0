/**
 * The sandbox's response cache (benchmarks only): a repeated request is answered with the
 * same bytes from the cache, but still behind the token check; a changed query, a moved
 * clock or a configured fault renders afresh; off by default.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../electron/sandbox';
import { PATHS, sandboxWithClient } from '../support/sandbox';

let sb: Sandbox | null = null;
afterEach(async () => {
  await sb?.close();
  sb = null;
});

async function start(responseCache?: boolean) {
  const started = await sandboxWithClient({ responseCache });
  sb = started.sb;
  return started;
}

describe('sandbox response cache', () => {
  it('answers a repeated request from the cache, byte for byte, and a new query afresh', async () => {
    const { sb, client } = await start(true);
    const first = await client.get(PATHS.orders, { offset: 0, limit: 5 });
    expect(first.status).toBe(200);
    expect(sb.stats().cache).toMatchObject({ hits: 0, misses: 1 });
    // The same query, its parameters in another order.
    const again = await client.get(PATHS.orders, { limit: 5, offset: 0 });
    expect(again.text).toBe(first.text);
    expect(sb.stats().cache).toMatchObject({ hits: 1, misses: 1 });
    expect(sb.stats().cache!.bytes).toBe(Buffer.byteLength(first.text));

    const next = await client.get(PATHS.orders, { offset: 5, limit: 5 });
    expect(next.status).toBe(200);
    expect(next.text).not.toBe(first.text);
    expect(sb.stats().cache).toMatchObject({ hits: 1, misses: 2 });
  });

  it('still asks for a token, and renders afresh after the clock moves or while a fault is set', async () => {
    const { sb, client } = await start(true);
    const body = { offset: 0, limit: 100 };
    const first = await client.post(PATHS.customers, body);
    expect(first.status).toBe(200);

    const anonymous = await client.call('POST', PATHS.customers, { token: null, body });
    expect(anonymous.status).toBe(401);
    expect(sb.stats().cache).toMatchObject({ hits: 0, misses: 1 });

    sb.setFaults({ malformedRate: 1 });
    const broken = await client.post(PATHS.customers, body);
    expect(broken.text).not.toBe(first.text);
    expect(sb.stats().cache).toMatchObject({ hits: 0, misses: 1 }); // not even looked up
    sb.setFaults({});

    sb.advance({ days: 40 });
    const later = await client.post(PATHS.customers, body);
    expect(later.status).toBe(200);
    expect(sb.stats().cache).toMatchObject({ hits: 0, misses: 2 });
    expect((await client.post(PATHS.customers, body)).text).toBe(later.text);
    expect(sb.stats().cache).toMatchObject({ hits: 1, misses: 2 });
  });

  it('is off by default', async () => {
    const { sb, client } = await start();
    await client.get(PATHS.orders, { offset: 0, limit: 5 });
    expect(sb.stats().cache).toBeNull();
  });
});
