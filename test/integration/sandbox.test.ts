/**
 * The partner API sandbox over real loopback HTTP: auth, paging and parameter rules of
 * each operation, error bodies, request ids, flow control, determinism and exact amounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../electron/sandbox';
import { PATHS, type Reply, SandboxClient, TEST_NOW, parseExact, sandboxWithClient } from '../support/sandbox';

let sb: Sandbox;
let client: SandboxClient;

beforeAll(async () => {
  ({ sb, client } = await sandboxWithClient());
});
afterAll(async () => sb?.close());

function expectError(r: Reply, status: number, code: string) {
  expect(r.status, r.text).toBe(status);
  expect(r.json).toEqual({ error_code: code, error_msg: expect.any(String) });
  expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
}

const someCycle = () => sb.data.cycles().at(-2)!;
const aConsumer = () => sb.data.consumeSubCustomers(someCycle())[0]!;

describe('IAM', () => {
  it('issues a token in X-Subject-Token with expires_at 24 h ahead', async () => {
    const c = new SandboxClient(sb);
    const before = Date.now();
    await c.login();
    expect(c.token).toMatch(/^MII/);
    const { domain, user, password } = sb.credentials;
    const r = await c.call('POST', '/v3/auth/tokens', {
      token: null,
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: domain } } } },
        },
      },
    });
    expect(r.status).toBe(201);
    expect(r.json.token.methods).toEqual(['password']);
    expect(r.json.token.user.name).toBe(user);
    const expires = Date.parse(r.json.token.expires_at);
    expect(expires - before).toBeGreaterThan(24 * 3600_000 - 5_000);
    expect(expires - before).toBeLessThan(24 * 3600_000 + 5_000);
    expect(r.json.token.catalog.find((e: { type: string }) => e.type === 'bss').endpoints[0].url).toBe(sb.baseUrl);
  });

  it('refuses a wrong password with 401', async () => {
    const { domain, user } = sb.credentials;
    const r = await client.call('POST', '/v3/auth/tokens', {
      token: null,
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: user, password: 'x', domain: { name: domain } } },
          },
        },
      },
    });
    expect(r.status).toBe(401);
    expect(r.headers.get('x-subject-token')).toBeNull();
    expect(r.json.error.code).toBe(401);
  });

  it('lists projects for a valid token only', async () => {
    const ok = await client.get('/v3/auth/projects');
    expect(ok.status).toBe(200);
    expect(ok.json.projects.map((p: { name: string }) => p.name)).toContain('cn-north-4');
    const no = await client.call('GET', '/v3/auth/projects', { token: null });
    expect(no.status).toBe(401);
  });

  it('answers 401 CBC.0154 without a token, with an unknown one and after expireTokens()', async () => {
    expectError(await client.call('POST', PATHS.customers, { token: null, body: {} }), 401, 'CBC.0154');
    expectError(await client.call('GET', PATHS.orders, { token: 'MIIEnope' }), 401, 'CBC.0154');
    const { sb: other, client: c } = await sandboxWithClient();
    try {
      expect((await c.post(PATHS.customers, {})).status).toBe(200);
      other.expireTokens();
      expectError(await c.post(PATHS.customers, {}), 401, 'CBC.0154');
      await c.login();
      expect((await c.post(PATHS.customers, {})).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('honours tokenTtlSec', async () => {
    const { sb: other, client: c } = await sandboxWithClient({ tokenTtlSec: 1 });
    try {
      expect((await c.get(PATHS.orders)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expectError(await c.get(PATHS.orders), 401, 'CBC.0154');
    } finally {
      await other.close();
    }
  });
});

describe('paging rules (limit 1–100, 0-based offset)', () => {
  const cases: [string, (q: Record<string, number>) => Promise<Reply>][] = [
    ['§1 customers', (q) => client.post(PATHS.customers, q)],
    ['§2 orders', (q) => client.get(PATHS.orders, q)],
    ['§3 line items', (q) => client.get(PATHS.orderDetails(sb.data.orders().next().value!.order_id!), q)],
    ['§5 monthly sums', (q) => client.get(PATHS.monthlySums, { cycle: someCycle(), charge_mode: '3', ...q })],
    [
      '§6 fee records',
      (q) => client.get(PATHS.feeRecords, { bill_cycle: someCycle(), customer_id: aConsumer(), ...q }),
    ],
    ['§8 consumers', (q) => client.post(PATHS.consumers, { bill_cycle: someCycle(), ...q })],
  ];
  it.each(cases)('%s: 400 CBC.0100 for limit 0, limit 101, offset -1; limit 100 is fine', async (_, call) => {
    expectError(await call({ limit: 0 }), 400, 'CBC.0100');
    expectError(await call({ limit: 101 }), 400, 'CBC.0100');
    expectError(await call({ offset: -1 }), 400, 'CBC.0100');
    expect((await call({ limit: 100, offset: 0 })).status).toBe(200);
  });

  it('rejects non-integer limits in queries and string limits in bodies', async () => {
    expectError(await client.get(PATHS.orders, { limit: '1.5' as unknown as number }), 400, 'CBC.0100');
    expectError(await client.post(PATHS.customers, { limit: '10' }), 400, 'CBC.0100');
  });

  it('§1: full paging equals data.customers(), count right, default page 10', async () => {
    const expected = sb.data.customers();
    const first = await client.post(PATHS.customers, {});
    expect(first.json.count).toBe(expected.length);
    expect(first.json.customer_infos).toHaveLength(Math.min(10, expected.length));
    const all = await client.all(
      (offset, limit) => client.post(PATHS.customers, { offset, limit }),
      'customer_infos',
      'count',
    );
    expect(all).toEqual(expected);
    // offset counts records: offset=1 starts at the second one
    const shifted = await client.post(PATHS.customers, { offset: 1, limit: 3 });
    expect(shifted.json.customer_infos).toEqual(expected.slice(1, 4));
  });

  it('§1 filters: account_name fuzzy, label, association_type, customer_id', async () => {
    const customers = sb.data.customers();
    const target = customers.find((c) => c.label)!;
    const byName = await client.post(PATHS.customers, { account_name: target.account_name.slice(1, 5) });
    expect(byName.json.customer_infos.map((c: { customer_id: string }) => c.customer_id)).toContain(target.customer_id);
    const byLabel = await client.post(PATHS.customers, { label: target.label, limit: 100 });
    expect(byLabel.json.count).toBe(customers.filter((c) => c.label?.includes(target.label!)).length);
    const resale = await client.post(PATHS.customers, { association_type: '2', limit: 100 });
    expect(resale.json.count).toBe(customers.filter((c) => c.association_type === '2').length);
    const one = await client.post(PATHS.customers, { customer_id: target.customer_id });
    expect(one.json.customer_infos).toEqual([target]);
    expectError(await client.post(PATHS.customers, { association_type: '3' }), 400, 'CBC.0100');
    expectError(await client.post(PATHS.customers, { associated_on_begin: '' }), 400, 'CBC.0100');
    expectError(await client.post(PATHS.customers, { account_name: 'a b' }), 400, 'CBC.0100');
  });

  it('§2: full paging (newest first) equals data.orders(); order_by=createTime reverses it', async () => {
    const expected = [...sb.data.orders()];
    const all = await client.all(
      (offset, limit) => client.get(PATHS.orders, { offset, limit }),
      'order_infos',
      'total_count',
    );
    expect(all).toEqual(expected);
    const asc = await client.get(PATHS.orders, { order_by: 'createTime', limit: 5 });
    expect(asc.json.order_infos).toEqual(expected.slice(-5).reverse());
    expectError(await client.get(PATHS.orders, { order_by: 'amount' }), 400, 'CBC.0100');
  });

  it('§2 filters: customer, status, order_type, service (case-insensitive), order_id', async () => {
    const orders = [...sb.data.orders()];
    const o = orders.find((x) => x.status === 5 && x.order_type === 1)!;
    const count = (pred: (x: (typeof orders)[number]) => boolean) => orders.filter(pred).length;
    const q = async (query: Record<string, string | number>) =>
      (await client.get(PATHS.orders, query)).json.total_count;
    expect(await q({ customer_id: o.customer_id! })).toBe(count((x) => x.customer_id === o.customer_id));
    expect(await q({ status: 5 })).toBe(count((x) => x.status === 5));
    expect(await q({ order_type: '4' })).toBe(count((x) => x.order_type === 4));
    expect(await q({ service_type_code: o.service_type_code!.toUpperCase() })).toBe(
      count((x) => x.service_type_code === o.service_type_code),
    );
    const byId = await client.get(PATHS.orders, { order_id: o.order_id!.toLowerCase() });
    expect(byId.json.order_infos).toEqual([o]);
    expectError(await client.get(PATHS.orders, { status: 2 }), 400, 'CBC.0100');
    expectError(await client.get(PATHS.orders, { order_type: '5' }), 400, 'CBC.0100');
  });
});

describe('order time windows (≤ 1 year)', () => {
  it('accepts exactly one year and refuses one second more, a reversed window and bad formats', async () => {
    const ok = await client.get(PATHS.orders, {
      create_time_begin: '2024-03-10T08:00:00Z',
      create_time_end: '2025-03-10T08:00:00Z',
    });
    expect(ok.status).toBe(200);
    const all = [...sb.data.orders()];
    expect(ok.json.total_count).toBe(
      all.filter((o) => o.create_time! >= '2024-03-10T08:00:00Z' && o.create_time! <= '2025-03-10T08:00:00Z').length,
    );
    const tooLong = { create_time_begin: '2024-03-10T08:00:00Z', create_time_end: '2025-03-10T08:00:01Z' };
    expectError(await client.get(PATHS.orders, tooLong), 400, 'CBC.0100');
    expectError(
      await client.get(PATHS.orders, {
        payment_time_begin: '2023-01-01T00:00:00Z',
        payment_time_end: '2024-06-01T00:00:00Z',
      }),
      400,
      'CBC.0100',
    );
    expectError(
      await client.get(PATHS.orders, {
        create_time_begin: '2025-01-02T00:00:00Z',
        create_time_end: '2025-01-01T00:00:00Z',
      }),
      400,
      'CBC.0100',
    );
    for (const bad of [
      '2025-01-01',
      '2025-01-01T00:00:00',
      '2025-01-01 00:00:00Z',
      '2025-02-30T00:00:00Z',
      '2025-01-01T24:00:00Z',
    ])
      expectError(await client.get(PATHS.orders, { create_time_begin: bad }), 400, 'CBC.0100');
  });
});

describe('§3 order details and §4 refund amounts', () => {
  it('§3: order info and line items, line items paged; unknown order → 400 CBC.0101', async () => {
    const o = [...sb.data.orders()].find((x) => x.order_type === 1)!;
    const details = sb.data.orderDetails(o.order_id!)!;
    const r = await client.get(PATHS.orderDetails(o.order_id!), { limit: 100 });
    expect(r.json).toEqual(details);
    expect(r.json.order_info.order_id).toBe(o.order_id);
    expect(r.json.total_count).toBe(details.order_line_items.length);
    const second = await client.get(PATHS.orderDetails(o.order_id!), { limit: 1, offset: 1 });
    expect(second.json.order_line_items).toEqual(details.order_line_items.slice(1, 2));
    expectError(await client.get(PATHS.orderDetails('CS2501010000ZZZZ')), 400, 'CBC.0101');
  });

  it('§4: refund infos of a refund order; customer_id required and must match', async () => {
    const id = sb.data.refundOrderIds()[0]!;
    const order = [...sb.data.orders()].find((o) => o.order_id === id)!;
    const r = await client.get(PATHS.refunds, { order_id: id, customer_id: order.customer_id });
    expect(r.status).toBe(200);
    expect(r.json.refund_infos).toEqual(sb.data.refundInfos(id));
    expect(r.json.total_count).toBe(r.json.refund_infos.length);
    const refunded = r.json.refund_infos.filter((i: { amount: string }) => i.amount.startsWith('-'));
    expect(refunded.length).toBeGreaterThan(0);
    for (const info of r.json.refund_infos) expect(info.base_order_id).toMatch(/^CS\d{10}[0-9A-Z]{4}$/);
    expectError(await client.get(PATHS.refunds, { order_id: id }), 400, 'CBC.0100');
    expectError(await client.get(PATHS.refunds, { order_id: id, customer_id: '0'.repeat(32) }), 400, 'CBC.0101');
  });
});

describe('§6 fee records: one bill cycle, required parameters', () => {
  it('requires bill_cycle (YYYY-MM) and customer_id', async () => {
    const customer_id = aConsumer();
    expectError(await client.get(PATHS.feeRecords, { customer_id }), 400, 'CBC.0100');
    expectError(await client.get(PATHS.feeRecords, { bill_cycle: someCycle() }), 400, 'CBC.0100');
    expectError(await client.get(PATHS.feeRecords, { bill_cycle: '2025-1', customer_id }), 400, 'CBC.0100');
    expectError(await client.get(PATHS.feeRecords, { bill_cycle: '2025-13', customer_id }), 400, 'CBC.0100');
    expectError(
      await client.get(PATHS.feeRecords, { bill_cycle: someCycle(), customer_id, charging_mode: 2 }),
      400,
      'CBC.0100',
    );
    expectError(
      await client.get(PATHS.feeRecords, { bill_cycle: someCycle(), customer_id, region_code: '' }),
      400,
      'CBC.0100',
    );
    expectError(await client.get(PATHS.monthlySums, { cycle: someCycle() }), 400, 'CBC.0100');
    expectError(await client.post(PATHS.consumers, {}), 400, 'CBC.0100');
  });

  it('bill dates must be in the bill cycle; both narrow the records, one alone is ignored', async () => {
    const cycle = someCycle();
    const customer_id = aConsumer();
    const records = sb.data.feeRecords(customer_id, cycle);
    const all = await client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id, limit: 100 });
    expect(all.json.total_count).toBe(records.length);
    expect(all.json.fee_records).toEqual(records.slice(0, 100));
    expect(records.every((f) => f.bill_cycle === cycle)).toBe(true);
    const [y, m] = cycle.split('-').map(Number) as [number, number];
    const other = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    expectError(
      await client.get(PATHS.feeRecords, {
        bill_cycle: cycle,
        customer_id,
        bill_date_begin: `${cycle}-01`,
        bill_date_end: other,
      }),
      400,
      'CBC.0100',
    );
    expectError(
      await client.get(PATHS.feeRecords, {
        bill_cycle: cycle,
        customer_id,
        bill_date_begin: `${cycle}-10`,
        bill_date_end: `${cycle}-09`,
      }),
      400,
      'CBC.0100',
    );
    const bjDate = (utc: string) => new Date(Date.parse(utc) + 8 * 3600_000).toISOString().slice(0, 10);
    const narrowed = await client.get(PATHS.feeRecords, {
      bill_cycle: cycle,
      customer_id,
      bill_date_begin: `${cycle}-01`,
      bill_date_end: `${cycle}-15`,
      limit: 100,
    });
    expect(narrowed.json.total_count).toBe(records.filter((f) => bjDate(f.trade_time!) <= `${cycle}-15`).length);
    const oneDate = await client.get(PATHS.feeRecords, {
      bill_cycle: cycle,
      customer_id,
      bill_date_begin: `${cycle}-15`,
    });
    expect(oneDate.json.total_count).toBe(records.length);
  });

  it('filters by bill_detail_type, charging_mode and service', async () => {
    const cycle = someCycle();
    const customer_id = aConsumer();
    const records = sb.data.feeRecords(customer_id, cycle);
    const r = records[0]!;
    const q = async (extra: Record<string, string | number>) =>
      (await client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id, ...extra })).json.total_count;
    expect(await q({ bill_detail_type: r.bill_detail_type! })).toBe(
      records.filter((x) => x.bill_detail_type === r.bill_detail_type).length,
    );
    expect(await q({ charging_mode: r.charging_mode! })).toBe(
      records.filter((x) => x.charging_mode === r.charging_mode).length,
    );
    expect(await q({ service_type_code: r.service_type_code! })).toBe(
      records.filter((x) => x.service_type_code === r.service_type_code).length,
    );
    expect(await q({ trade_id: r.trade_id! })).toBe(records.filter((x) => x.trade_id === r.trade_id).length);
  });
});

describe('flow control', () => {
  it('answers 429 CBC.0250 past N requests/s to one API while another API still answers', async () => {
    const { sb: limited, client: c } = await sandboxWithClient({ ratePerSec: 5 });
    try {
      const burst = await Promise.all(Array.from({ length: 12 }, () => c.get(PATHS.orders)));
      const refused = burst.filter((r) => r.status === 429);
      const passed = burst.filter((r) => r.status === 200).length;
      // a full bucket of 5, plus at most one token refilled while the burst arrives
      expect(passed).toBeGreaterThanOrEqual(5);
      expect(passed).toBeLessThanOrEqual(6);
      expect(refused).toHaveLength(12 - passed);
      for (const r of refused) expectError(r, 429, 'CBC.0250');
      expect(refused[0]!.headers.get('retry-after')).toBeNull();
      expect((await c.post(PATHS.customers, {})).status).toBe(200);
      const stats = limited.stats();
      expect(stats.throttled).toBe(refused.length);
      expect(stats.sent429).toBe(refused.length);
      expect(stats.requests.ListCustomerOrders).toBe(12);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await c.get(PATHS.orders)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('sends Retry-After when asked to', async () => {
    const { sb: limited, client: c } = await sandboxWithClient({ ratePerSec: 1, retryAfter: true });
    try {
      const [, second] = [await c.get(PATHS.orders), await c.get(PATHS.orders)];
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('1');
    } finally {
      await limited.close();
    }
  });
});

describe('responses', () => {
  it('carry an X-Request-Id on every response, errors and IAM included', async () => {
    const replies = [
      await client.post(PATHS.customers, {}),
      await client.get(PATHS.orders, { limit: 0 }),
      await client.call('GET', PATHS.orders, { token: null }),
      await client.get('/v2/no-such-api'),
      await client.get('/v3/auth/projects'),
      await client.call('POST', '/v3/auth/tokens', { token: null, body: {} }),
    ];
    const ids = replies.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(replies[3]!.status).toBe(404);
  });

  it('speak English with X-Language: en_US', async () => {
    const cycle = someCycle();
    const r = await client.call('GET', PATHS.feeRecords, {
      query: { bill_cycle: cycle, customer_id: aConsumer(), limit: 1 },
      headers: { 'X-Language': 'en_us' },
    });
    expect(r.json.fee_records[0].service_type_name).toMatch(/^[A-Za-z ]+$/);
    const err = await client.call('GET', PATHS.orders, { query: { limit: 0 }, headers: { 'X-Language': 'en_US' } });
    expect(err.json.error_msg).toMatch(/^Invalid parameter/);
  });

  it('write amounts as raw JSON numbers with all 8 decimals', async () => {
    const cycle = someCycle();
    let checked = 0;
    for (const customer_id of sb.data.consumeSubCustomers(cycle).slice(0, 5)) {
      const r = await client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id, limit: 100 });
      const expected = sb.data.feeRecords(customer_id, cycle).slice(0, 100);
      const eightDecimals = expected.filter((f) => /\.\d{8}$/.test(f.official_amount!));
      for (const f of eightDecimals) {
        expect(r.text).toContain(`"official_amount":${f.official_amount},`);
        checked++;
      }
      expect(r.text).not.toMatch(/"(official|payment|cash)_amount":"/);
      expect(parseExact(r.text)).toEqual(r.json);
      expect(r.json.fee_records).toEqual(expected);
    }
    expect(checked).toBeGreaterThan(10);
    expect(sb.data.feeRecords(aConsumer(), cycle)[0]!.payment_amount).toMatch(/^-?\d+(\.\d{1,8})?$/);
  });
});

describe('determinism', () => {
  it('two sandboxes with the same seed and now give identical bodies; another seed differs', async () => {
    const [a, b, c] = await Promise.all([
      sandboxWithClient({ seed: 'same' }),
      sandboxWithClient({ seed: 'same' }),
      sandboxWithClient({ seed: 'other' }),
    ]);
    try {
      const bodies = async (x: { sb: Sandbox; client: SandboxClient }) => {
        const cycle = x.sb.data.cycles().at(-2)!;
        const consumers = await x.client.post(PATHS.consumers, { bill_cycle: cycle, limit: 100 });
        const first = consumers.json.sub_customers[0].customer_id;
        return [
          (await x.client.post(PATHS.customers, { limit: 100 })).text,
          (await x.client.get(PATHS.orders, { limit: 100, offset: 7 })).text,
          consumers.text,
          (await x.client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id: first, limit: 100 })).text,
          (await x.client.get(PATHS.monthlySums, { cycle, charge_mode: '1', limit: 100 })).text,
        ];
      };
      const [ta, tb, tc] = [await bodies(a), await bodies(b), await bodies(c)];
      expect(ta).toEqual(tb);
      expect(ta[0]).not.toEqual(tc[0]);
      expect(a.sb.credentials).toEqual(b.sb.credentials);
    } finally {
      await Promise.all([a.sb.close(), b.sb.close(), c.sb.close()]);
    }
  });

  it('starts 40 days before the real clock by default', async () => {
    const s = await startSandbox({ scale: 'tiny', seed: 1 });
    try {
      const lag = (Date.now() - s.now.getTime()) / 86_400_000;
      expect(lag).toBeGreaterThan(39.9);
      expect(lag).toBeLessThan(40.1);
      expect(s.data.cycles()).toHaveLength(6);
    } finally {
      await s.close();
    }
  });

  it('uses the fixed test clock', () => {
    expect(sb.now).toEqual(TEST_NOW);
  });
});
