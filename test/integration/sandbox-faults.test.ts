/**
 * Fault injection, each kind observable from a client: latency, 429 bursts, 5xx, dropped
 * connections, truncated bodies, malformed records (exactly `data.malformedIds()`) and
 * token expiry mid-sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Sandbox } from '../../electron/sandbox';
import { PATHS, type SandboxClient, sandboxWithClient } from '../support/sandbox';

let sb: Sandbox;
let client: SandboxClient;

beforeAll(async () => {
  ({ sb, client } = await sandboxWithClient({ scale: 'tiny', seed: 21 }));
});
afterAll(async () => sb?.close());

const rawGet = (path: string, query: Record<string, string> = {}) => {
  const url = new URL(path, sb.baseUrl);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return fetch(url, { headers: { 'X-Auth-Token': client.token! } });
};

describe('request faults', () => {
  it('latency delays responses', async () => {
    sb.setFaults({ latencyMs: [120, 160] });
    const t0 = performance.now();
    expect((await client.get(PATHS.orders)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);
    sb.setFaults({});
  });

  it('429 bursts: CBC.0250 in runs of burst429', async () => {
    sb.setFaults({ rate429: 0.2, burst429: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await client.get(PATHS.orders, { limit: 1 })).status);
    sb.setFaults({});
    const runs = statuses
      .join(',')
      .split(/,?200,?/)
      .filter(Boolean)
      .map((run) => run.split(',').length);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs.slice(0, -1)) expect(run % 3).toBe(0);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(sb.stats().faults['429']).toBe(statuses.filter((s) => s === 429).length);
  });

  it('5xx: 500/503 with CBC.0999', async () => {
    sb.setFaults({ rate5xx: 1 });
    const r = await client.get(PATHS.orders);
    sb.setFaults({});
    expect([500, 503]).toContain(r.status);
    expect(r.json.error_code).toBe('CBC.0999');
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('dropped connections make fetch throw', async () => {
    sb.setFaults({ rateDrop: 1 });
    await expect(rawGet(PATHS.orders, { limit: '50' }).then((r) => r.text())).rejects.toThrow();
    sb.setFaults({});
    expect((await client.get(PATHS.orders)).status).toBe(200);
    expect(sb.stats().faults.drop).toBe(1);
  });

  it('truncated bodies fail JSON parsing', async () => {
    sb.setFaults({ rateTruncate: 1 });
    const res = await rawGet(PATHS.orders, { limit: '50' });
    const text = await res.text();
    sb.setFaults({});
    expect(res.status).toBe(200);
    expect(text.length).toBeGreaterThan(10);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('expireTokensEvery invalidates every token on the N-th request', async () => {
    sb.setFaults({ expireTokensEvery: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await client.get(PATHS.orders)).status);
    expect(statuses).toEqual([200, 200, 401]);
    await client.login();
    expect((await client.get(PATHS.orders)).status).toBe(200);
    sb.setFaults({});
    expect(sb.stats().faults.tokenExpiry).toBe(1);
  });

  it('refuses invalid fault settings', () => {
    expect(() => sb.setFaults({ rate5xx: 2 })).toThrow(RangeError);
    expect(() => sb.setFaults({ latencyMs: [10, 5] })).toThrow(RangeError);
  });
});

describe('malformed records', () => {
  const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const amount = z.string().regex(/^-?\d+(\.\d+)?$/);
  const customer = z.object({ customer_id: z.string(), account_name: z.string(), associated_on: timestamp });
  const order = z.object({
    order_id: z.string(),
    customer_id: z.string(),
    create_time: timestamp,
    official_amount: amount,
  });
  const fee = z.object({ id: z.string(), customer_id: z.string(), trade_time: timestamp, payment_amount: amount });

  it('are exactly the records malformedIds() names, and the same ones every time', async () => {
    sb.setFaults({ malformedRate: 0.1 });
    const bad: string[] = [];
    const customers = await client.all<Record<string, string>>(
      (offset, limit) => client.post(PATHS.customers, { offset, limit }),
      'customer_infos',
      'count',
    );
    for (const c of customers) if (!customer.safeParse(c).success) bad.push(c.customer_id!);
    const orders = await client.all<Record<string, string>>(
      (offset, limit) => client.get(PATHS.orders, { offset, limit }),
      'order_infos',
      'total_count',
    );
    for (const o of orders) if (!order.safeParse(o).success) bad.push(o.order_id!);
    for (const cycle of sb.data.cycles())
      for (const customer_id of sb.data.consumeSubCustomers(cycle)) {
        const records = await client.all<Record<string, string>>(
          (offset, limit) => client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id, offset, limit }),
          'fee_records',
          'total_count',
        );
        for (const f of records) if (!fee.safeParse(f).success) bad.push(f.id!);
      }
    const expected = sb.data.malformedIds();
    expect(bad.length).toBeGreaterThan(50);
    expect(bad.sort()).toEqual([...expected].sort());
    expect(sb.data.malformedIds('orders').every((id) => sb.data.isMalformed(id))).toBe(true);

    // a malformed amount is still valid JSON: the string "abc" where a number belongs
    const firstBadOrder = sb.data.malformedIds('orders')[0]!;
    const again = await client.get(PATHS.orders, { order_id: firstBadOrder });
    expect(order.safeParse(again.json.order_infos[0]).success).toBe(false);
    sb.setFaults({});
    const clean = await client.get(PATHS.orders, { order_id: firstBadOrder });
    expect(order.safeParse(clean.json.order_infos[0]).success).toBe(true);
    expect(sb.data.malformedIds()).toEqual([]);
  });
});

it('faults given at start apply from the first request; stats count them', async () => {
  const { sb: other, client: c } = await sandboxWithClient({ faults: { rate5xx: 1 } });
  try {
    expect((await c.get(PATHS.orders)).status).toBeGreaterThanOrEqual(500);
    expect(other.stats().faults['5xx']).toBe(1);
    expect(other.stats().requests.ListCustomerOrders).toBe(1);
  } finally {
    await other.close();
  }
});
