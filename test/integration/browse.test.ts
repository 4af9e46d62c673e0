import path from 'node:path';
import Decimal from 'decimal.js';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerListSql } from '../../electron/customers/repository';
import { firstPagesByProbe, listOrders, orderListSql, toOrderRow } from '../../electron/orders/repository';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { CustomerListInput } from '../../shared/customers/schema';
import { OrderListInput } from '../../shared/orders/schema';
import { syncRig, type SyncRig } from '../support/sync';
import { tempDir } from '../support/temp';

let sandbox: Sandbox;
let rig: SyncRig;
let raw: Database.Database;

beforeAll(async () => {
  sandbox = await startSandbox({ scale: 'tiny', seed: 13, ratePerSec: 0 });
  const dir = tempDir('pw-browse-');
  rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  raw = new Database(path.join(dir, 'workstation.db'), { readonly: true });
}, 120_000);

afterAll(async () => {
  raw?.close();
  await rig?.close();
  await sandbox?.close();
});

/**
 * Every step of the plan reads through an index (or the FTS index): no full table scan.
 * (A scan of a subquery is of its own rows, which the subquery's plan reads by index.)
 */
function expectIndexed(sql: string, params: unknown[]) {
  const plan = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  const scans = plan
    .map((p) => p.detail)
    .filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX|VIRTUAL TABLE|^SCAN \(subquery-\d+\)$/.test(d));
  expect(scans, plan.map((p) => p.detail).join('\n')).toEqual([]);
}

const customerCases: Record<string, object> = {
  'no filter, by name': {},
  search3: { search: '科技有' },
  search2: { search: '科技' },
  search1: { search: '云' },
  associationType: { associationType: '2' },
  label: { label: 'EXPO-001' },
  verifiedStatus: { verifiedStatus: '2' },
  frozen: { frozen: 1 },
  level: { level: 'V3' },
  accountManager: { accountManager: 'someone' },
  associatedRange: { associatedFrom: '2025-01-01', associatedTo: '2025-12-31' },
};

describe('customer list queries use indexes', () => {
  for (const [name, filter] of Object.entries(customerCases)) {
    for (const field of ['name', 'associatedOn', 'level', 'accountName'] as const) {
      it(`${name}, sorted by ${field}`, () => {
        const input = CustomerListInput.parse({ filter, sort: { field, order: 'desc' }, offset: 0, limit: 50 });
        const q = customerListSql(input);
        expectIndexed(q.sql, [...q.params, 50, 0]);
        expectIndexed(q.countSql, q.params);
      });
    }
  }
});

const orderCases: Record<string, object> = {
  none: {},
  status: { status: [5] },
  statuses: { status: [1, 6] },
  orderType: { orderType: [4] },
  service: { serviceType: 'hws.service.type.ec2' },
  customer: { customerId: 'abc' },
  created: { createdFrom: '2025-01-01', createdTo: '2025-06-30' },
  paid: { paidFrom: '2025-01-01', paidTo: '2025-06-30' },
  orderId: { orderId: 'CS2510' },
  search3: { search: 'CS25' },
  search2: { search: '科技' },
  searchName: { search: '云服务器' },
};

describe('order list queries use indexes', () => {
  for (const [name, filter] of Object.entries(orderCases)) {
    for (const field of ['createTime', 'paymentTime', 'amount'] as const) {
      it(`${name}, sorted by ${field}`, () => {
        const input = OrderListInput.parse({ filter, sort: { field, order: 'desc' }, offset: 0, limit: 50 });
        const q = orderListSql(input);
        expectIndexed(q.sql, [...q.params, 50, 0]);
        expectIndexed(q.countSql, q.params);
        expectIndexed(q.cappedCountSql, [...q.params, 1000]);
      });
    }
  }
});

describe('order list first pages by the sort-index probe', () => {
  // Small windows, so the probe sees only part of the table: its answer, when it gives one,
  // must be exactly the page the filter's own plan returns.
  for (const [name, filter] of Object.entries(orderCases)) {
    for (const field of ['createTime', 'paymentTime', 'amount'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        it(`${name}, ${field} ${order}`, () => {
          for (const [offset, window] of [
            [0, 60],
            [20, 150],
            [0, 400],
            [100, 400],
          ] as const) {
            const input = OrderListInput.parse({ filter, sort: { field, order }, offset, limit: 20 });
            const q = orderListSql(input);
            const expected = (
              raw
                .prepare(q.sql)
                .safeIntegers(true)
                .all(...q.params, 20, offset) as never[]
            ).map(toOrderRow);
            const probed = firstPagesByProbe(raw, input, window);
            if (probed === null) continue;
            expect(probed.map(toOrderRow)).toEqual(expected);
          }
        });
      }
    }
  }

  it('answers a broad filter from the probe and leaves a narrow one to the filter index', () => {
    const broad = OrderListInput.parse({
      filter: { status: [1, 2, 3, 4, 5, 6] },
      sort: { field: 'amount', order: 'desc' },
      offset: 0,
      limit: 20,
    });
    expect(firstPagesByProbe(raw, broad, 200)).not.toBeNull();
    const narrow = OrderListInput.parse({
      filter: { orderId: 'CS-NOT-THERE' },
      sort: { field: 'amount', order: 'desc' },
      offset: 0,
      limit: 20,
    });
    expect(firstPagesByProbe(raw, narrow, 200)).toBeNull();
  });
});

describe('search', () => {
  const customers = () => sandbox.data.customers();
  const list = (search: string) =>
    rig.db.run(
      'customers.list',
      CustomerListInput.parse({ filter: { search }, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 500 }),
    );
  const expected = (q: string) =>
    customers()
      .filter((c) =>
        [c.customer, c.account_name, c.customer_id].some((v) => v?.toLowerCase().includes(q.toLowerCase())),
      )
      .map((c) => c.customer_id)
      .sort();

  it('finds Chinese names by 1, 2 and 3+ characters, as a substring scan would', async () => {
    const name = customers().find((c) => (c.customer ?? '').length >= 6)!.customer!;
    for (const q of [name.slice(2, 3), name.slice(1, 3), name.slice(0, 4), name]) {
      const got = (await list(q)).rows.map((r) => r.customerId).sort();
      const want = [1, 2].includes([...q].length)
        ? customers()
            .filter((c) => [c.customer, c.account_name].some((v) => v?.toLowerCase().includes(q.toLowerCase())))
            .map((c) => c.customer_id)
            .sort()
        : expected(q);
      expect(got, q).toEqual(want);
      expect(got.length).toBeGreaterThan(0);
    }
  });

  it('finds account names (Latin, case-insensitive) and customer ids', async () => {
    const c = customers()[3]!;
    expect((await list(c.account_name.toUpperCase().slice(1, 6))).rows.map((r) => r.customerId)).toContain(
      c.customer_id,
    );
    expect((await list(c.customer_id.slice(4, 16))).rows.map((r) => r.customerId)).toEqual([c.customer_id]);
  });

  it('treats full-width input like half-width and quotes like text', async () => {
    const c = customers()[5]!;
    const fullWidth = c.account_name
      .slice(0, 5)
      .replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const parsed = CustomerListInput.parse({
      filter: { search: fullWidth },
      sort: { field: 'name', order: 'asc' },
      offset: 0,
      limit: 500,
    });
    expect((await rig.db.run('customers.list', parsed)).rows.map((r) => r.customerId)).toContain(c.customer_id);
    expect((await list('"a" OR b*')).total).toBe(0);
  });

  it('finds orders by id fragment and by customer name', async () => {
    const order = [...sandbox.data.orders()][10]!;
    const page = await rig.db.run(
      'orders.list',
      OrderListInput.parse({
        filter: { search: order.order_id!.slice(3, 12) },
        sort: { field: 'createTime', order: 'desc' },
        offset: 0,
        limit: 50,
      }),
    );
    expect(page.rows.map((r) => r.orderId)).toContain(order.order_id);
    const exact = await rig.db.run(
      'orders.list',
      OrderListInput.parse({
        filter: { orderId: ` ${order.order_id!.toLowerCase()} ` },
        sort: { field: 'createTime', order: 'desc' },
        offset: 0,
        limit: 50,
      }),
    );
    expect(exact.rows.map((r) => r.orderId)).toEqual([order.order_id]);
  });
});

describe('order list', () => {
  const customers = () => sandbox.data.customers();

  it('counts a broad search only past the page (a growing lower bound), a narrow one exactly', () => {
    const input = (search: string, offset: number) =>
      OrderListInput.parse({ filter: { search }, sort: { field: 'createTime', order: 'desc' }, offset, limit: 20 });
    const exact = (search: string) => {
      const q = orderListSql(input(search, 0));
      return raw
        .prepare(q.countSql)
        .pluck()
        .get(...q.params) as number;
    };
    const broad = 'CS2';
    expect(exact(broad)).toBeGreaterThan(100);
    expect(listOrders(raw, input(broad, 0), 10)).toMatchObject({ total: 30, more: true });
    expect(listOrders(raw, input(broad, 40), 10)).toMatchObject({ total: 70, more: true });
    // Near the end the bound meets the real count, which is then exact.
    const last = listOrders(raw, input(broad, exact(broad) - 15), 10);
    expect(last.total).toBe(exact(broad));
    expect(last.more).toBeUndefined();
    expect(last.rows).toHaveLength(15);
    // A search with few matches says how many, exactly; no search is always exact.
    const name = customers()[3]!.customer!.slice(0, 3);
    const few = listOrders(raw, input(name, 0), 1000);
    expect(few).toMatchObject({ total: exact(name) });
    expect(few.more).toBeUndefined();
    const all = listOrders(
      raw,
      OrderListInput.parse({ filter: {}, sort: { field: 'amount', order: 'asc' }, offset: 0, limit: 5 }),
      0,
    );
    expect(all.total).toBe(raw.prepare('SELECT count(*) FROM orders').pluck().get());
    expect(all.more).toBeUndefined();
  });

  it('filters, sorts and pages exactly like the data', async () => {
    const completed = [...sandbox.data.orders()].filter((o) => o.status === 5);
    const input = (offset: number, limit: number) =>
      OrderListInput.parse({ filter: { status: [5] }, sort: { field: 'amount', order: 'desc' }, offset, limit });
    const all = await rig.db.run('orders.list', input(0, 500));
    expect(all.total).toBe(completed.length);
    expect(new Set(all.rows.map((r) => r.orderId))).toEqual(new Set(completed.map((o) => o.order_id)));
    const amounts = all.rows.map((r) => new Decimal(r.amountAfterDiscount!));
    amounts.slice(1).forEach((a, i) => expect(a.lte(amounts[i]!)).toBe(true));
    // Pages tile the full list without gaps or repeats.
    const pages = [await rig.db.run('orders.list', input(0, 7)), await rig.db.run('orders.list', input(7, 7))];
    expect(pages.flatMap((p) => p.rows.map((r) => r.orderId))).toEqual(all.rows.slice(0, 14).map((r) => r.orderId));
    // Amounts keep every decimal the API sent.
    const byId = new Map(completed.map((o) => [o.order_id, o]));
    for (const r of all.rows)
      expect(new Decimal(r.amountAfterDiscount!).equals(new Decimal(byId.get(r.orderId)!.amount_after_discount!))).toBe(
        true,
      );
  });
});
