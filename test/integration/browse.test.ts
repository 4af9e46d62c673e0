import path from 'node:path';
import Decimal from 'decimal.js';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerListSql } from '../../electron/customers/repository';
import { migrate } from '../../electron/db/migrations';
import {
  firstPagesByProbe,
  listOrders,
  orderDayCountSql,
  orderListSql,
  orderSearchCountSql,
  orderSearchPageSql,
  searchPage,
  toOrderRow,
} from '../../electron/orders/repository';
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
function expectIndexed(sql: string, params: unknown[], db = raw) {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
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

/** The synced order in the middle of the id order: its id, whole and in pieces, is searched below. */
const midId = () => {
  const ids = raw.prepare('SELECT order_id FROM orders ORDER BY order_id').pluck().all() as string[];
  return ids[Math.floor(ids.length / 2)]!;
};

/** A filter, or one made from the synced data (known only once the tests run). */
type Case = object | (() => object);
const filterOf = (c: Case) => (typeof c === 'function' ? (c as () => object)() : c);

const orderCases: Record<string, Case> = {
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
  searchCS2: { search: 'CS2' },
  searchService: { search: '数据库' },
  searchServiceLower: { search: 'rds' },
  searchIdPrefix: () => ({ search: midId().slice(0, 7) }),
  searchIdLower: () => ({ search: midId().slice(0, 9).toLowerCase() }),
  searchFullId: () => ({ search: midId() }),
  searchMidId: () => ({ search: midId().slice(5, 11) }),
  searchIdStatus: () => ({ search: midId().slice(0, 5), status: [5] }),
};

describe('order list queries use indexes', () => {
  for (const [name, filter] of Object.entries(orderCases)) {
    for (const field of ['createTime', 'paymentTime', 'amount'] as const) {
      it(`${name}, sorted by ${field}`, () => {
        const input = OrderListInput.parse({
          filter: filterOf(filter),
          sort: { field, order: 'desc' },
          offset: 0,
          limit: 50,
        });
        const q = orderListSql(input);
        expectIndexed(q.sql, [...q.params, 50, 0]);
        expectIndexed(q.countSql, q.params);
        expectIndexed(q.cappedCountSql, [...q.params, 1000]);
        if (input.filter.search)
          for (const order of ['asc', 'desc'] as const)
            for (const offset of [0, 100]) {
              const page = orderSearchPageSql({ ...input, sort: { field, order }, offset });
              expectIndexed(page.sql, page.params);
            }
        if (input.filter.search) {
          const count = orderSearchCountSql(input, 1000);
          expectIndexed(count.sql, count.params);
        }
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
          const f = filterOf(filter);
          for (const [offset, window] of [
            [0, 60],
            [20, 150],
            [0, 400],
            [100, 400],
          ] as const) {
            const input = OrderListInput.parse({ filter: f, sort: { field, order }, offset, limit: 20 });
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

/** The filter's page by the plain query (every match collected and sorted): what a page must be. */
function plainRows(db: Database.Database, input: ReturnType<typeof OrderListInput.parse>) {
  const q = orderListSql(input);
  return (
    db
      .prepare(q.sql)
      .safeIntegers(true)
      .all(...q.params, input.limit, input.offset) as never[]
  ).map(toOrderRow);
}

/**
 * Every search's page, each alternative's first rows united (orderSearchPageSql), and the
 * list's own answer (probe or that), against the plain query: same rows, same order, at
 * every sort and at offsets from the first page to past the last row; and the probe's, when
 * it answers, with a window of `window` rows.
 */
function expectSearchPagesPlain(db: Database.Database, searches: object[], window?: number) {
  let compared = 0;
  for (const filter of searches)
    for (const field of ['createTime', 'paymentTime', 'amount'] as const)
      for (const order of ['asc', 'desc'] as const) {
        const all = orderListSql(OrderListInput.parse({ filter, sort: { field, order }, offset: 0, limit: 1 }));
        const total = db
          .prepare(all.countSql)
          .pluck()
          .get(...all.params) as number;
        const pages = (
          [
            [0, 20],
            [0, 50],
            [7, 20],
            [50, 20],
            [130, 50],
            [total - 25, 20],
            [total - 3, 50],
            [total + 5, 20],
          ] as [number, number][]
        ).filter(([offset]) => offset >= 0);
        for (const [offset, limit] of pages) {
          const input = OrderListInput.parse({ filter, sort: { field, order }, offset, limit });
          const want = plainRows(db, input);
          const where = `${JSON.stringify(filter)} ${field} ${order} offset ${offset} limit ${limit}`;
          expect(searchPage(db, input).map(toOrderRow), where).toEqual(want);
          // The list's own answer, counted 10 past the page: exact within, else the bound.
          const cap = offset + limit + 10;
          const listed = listOrders(db, input, 10);
          expect(listed.rows, where).toEqual(want);
          expect({ total: listed.total, more: listed.more }, where).toEqual(
            total > cap ? { total: cap, more: true } : { total, more: undefined },
          );
          const probed = window === undefined ? null : firstPagesByProbe(db, input, window);
          if (probed) expect(probed.map(toOrderRow), `${where} (probe)`).toEqual(want);
          compared += want.length;
        }
      }
  expect(compared).toBeGreaterThan(0);
}

describe('order search pages', () => {
  it('equal the plain query on the synced orders (every search × sort × offset)', () => {
    const id = midId();
    const customer = sandbox.data.customers()[3]!.customer!;
    const searches = [
      'C',
      'CS',
      'CS2',
      id.slice(0, 4),
      id.slice(0, 5),
      id.slice(0, 6),
      id.slice(0, 8),
      id.slice(0, 10).toLowerCase(),
      id,
      id.slice(1, 9),
      id.slice(6, 12),
      id.slice(-4),
      id.slice(-4).toLowerCase(),
      '云服务器',
      'rds',
      '数据库',
      '弹性',
      customer.slice(0, 2),
      customer.slice(0, 4),
    ].map((search) => ({ search }));
    expectSearchPagesPlain(raw, [
      ...searches,
      { search: id.slice(0, 5), status: [5] },
      { search: '数据', orderType: [1] },
    ]);
  });

  it('equal the plain query where ids do not follow creation times (ties, NULL times and amounts)', () => {
    // The id-prefix part bounds its sort key by rows taken in id order: that must hold when
    // ids and times are unrelated, when many rows share a time, and with NULLs at both ends.
    const db = new Database(path.join(tempDir('pw-search-'), 'w.db'));
    migrate(db);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const insertCustomer = db.prepare(
      "INSERT INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES (?, ?, ?, 1, 't')",
    );
    for (let c = 0; c < 8; c++)
      insertCustomer.run(`cust${c}`, `acct-${c}`, ['华东云科技', '北方数据', 'CS2 Labs'][c % 3]);
    const insertOrder = db.prepare(
      `INSERT INTO orders (order_id, customer_id, service_type_name, status, amount_after_discount, create_time,
       payment_time, sync_gen, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 't')`,
    );
    const day = (d: number) => `2025-0${1 + (d % 9)}-1${d % 10}T0${d % 7}:00:00Z`;
    for (let i = 0; i < 700; i++) {
      const id = `CS2${rnd(3)}${String(rnd(100000)).padStart(5, '0')}${'ABCDEFGH'[rnd(8)]}${i}`;
      insertOrder.run(
        rnd(5) === 0 ? id.toLowerCase() : id,
        `cust${rnd(8)}`,
        ['弹性云服务器', '云数据库 RDS', 'CS25 网关', null][rnd(4)],
        rnd(3) + 4,
        rnd(10) === 0 ? null : BigInt(rnd(40)) * 100000000n,
        day(rnd(30)),
        rnd(3) === 0 ? null : day(rnd(30)),
      );
    }
    expectSearchPagesPlain(
      db,
      [
        ...[
          'CS2',
          'cs20',
          'CS21',
          'CS221',
          'CS2209',
          'CS25',
          '25',
          'A1',
          'b12',
          'rds',
          '云服务',
          'Labs',
          '北方数据',
        ].map((search) => ({ search })),
        ...['CS2', 'cs21', 'rds'].map((search) => ({ search, status: [5] })),
        { search: 'S21' },
      ],
      200,
    );
    // Broad searches whose case differs from the data (a service name, lower-case ids) are
    // answered by the probe's own check of each row, not only by the index.
    for (const search of ['rds', 'S21']) {
      const input = OrderListInput.parse({
        filter: { search },
        sort: { field: 'amount', order: 'desc' },
        offset: 0,
        limit: 20,
      });
      expect(firstPagesByProbe(db, input, 200)?.map(toOrderRow), search).toEqual(plainRows(db, input));
    }
    db.close();
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
    // An id's start, in either case, and the whole id (the prefix index, not the trigram one).
    for (const search of [order.order_id!.slice(0, 9).toLowerCase(), order.order_id!]) {
      const found = await rig.db.run(
        'orders.list',
        OrderListInput.parse({ filter: { search }, sort: { field: 'amount', order: 'asc' }, offset: 0, limit: 500 }),
      );
      expect(found.rows.map((r) => r.orderId)).toContain(order.order_id);
    }
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

describe('order list pages past the middle and counts', () => {
  /** Orders with many equal amounts, times and paid times, and NULLs, inserted in no order. */
  function tiedOrders(n: number) {
    const file = path.join(tempDir('pw-ends-'), 'w.db');
    const db = new Database(file);
    migrate(db);
    db.prepare(
      "INSERT INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES ('c1', 'a', '华东云科技', 1, 't')",
    ).run();
    const insert = db.prepare(
      `INSERT INTO orders (order_id, customer_id, status, amount_after_discount, create_time, payment_time, sync_gen, synced_at)
       VALUES (?, 'c1', ?, ?, ?, ?, 1, 't')`,
    );
    let seed = 11;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * k);
    };
    const day = (d: number) => `2025-0${1 + (d % 9)}-1${d % 10}T00:00:00Z`;
    for (let i = 0; i < n; i++)
      insert.run(
        `CS${String(rnd(1e6)).padStart(6, '0')}-${i}`,
        [2, 5, 5, 6][rnd(4)],
        rnd(8) === 0 ? null : BigInt(rnd(12)) * 1000000n,
        day(rnd(20)),
        rnd(3) === 0 ? null : day(rnd(20)),
      );
    return { db, file };
  }

  it('read from the far end equal the pages read forward, at every depth', () => {
    const { db } = tiedOrders(600);
    const filters = [{}, { status: [5] }, { status: [5], createdFrom: '2025-03-01' }, { paidTo: '2025-06-30' }];
    for (const filter of filters)
      for (const field of ['createTime', 'paymentTime', 'amount'] as const)
        for (const order of ['asc', 'desc'] as const) {
          const input = (offset: number) => OrderListInput.parse({ filter, sort: { field, order }, offset, limit: 37 });
          const total = listOrders(db, input(0)).total;
          expect(total).toBeGreaterThan(100);
          for (const offset of [
            0,
            40,
            total / 2 - 20,
            total / 2,
            total / 2 + 3,
            total - 37,
            total - 5,
            total,
            total + 9,
          ]) {
            const at = input(Math.max(0, Math.floor(offset)));
            const got = listOrders(db, at);
            expect(got.total).toBe(total);
            expect(got.rows, `${JSON.stringify(filter)} ${field} ${order} @${at.offset}`).toEqual(plainRows(db, at));
          }
        }
    db.close();
  });

  it('of a status and a created range are summed from the day counts, equal to counting the rows', () => {
    const { db } = tiedOrders(400);
    const filters = [
      { status: [5] },
      { status: [2, 6] },
      { status: [9] },
      { createdFrom: '2025-03-01' },
      { createdTo: '2025-03-15' },
      { status: [5], createdFrom: '2025-02-10', createdTo: '2025-06-11' },
      { createdFrom: '2025-05-13', createdTo: '2025-05-13' },
      { paidFrom: '2025-03-01' },
      { status: [5, 6], paidFrom: '2025-02-10', paidTo: '2025-06-11' },
      { status: [2], paidTo: '2025-04-19' },
    ];
    for (const filter of filters) {
      const parsed = OrderListInput.parse({ filter, sort: { field: 'amount', order: 'desc' }, offset: 0, limit: 5 });
      const days = orderDayCountSql(parsed.filter);
      expect(days, JSON.stringify(filter)).not.toBeNull();
      expectIndexed(days!.sql, days!.params, db);
      const q = orderListSql(parsed);
      const rows = db
        .prepare(q.countSql)
        .pluck()
        .get(...q.params) as number;
      expect(listOrders(db, parsed).total, JSON.stringify(filter)).toBe(rows);
    }
    // Any other filter is counted from the rows.
    expect(orderDayCountSql({ status: [5], paidFrom: '2025-01-01', createdTo: '2025-05-01' })).toBeNull();
    expect(orderDayCountSql({ status: [5], orderType: [1] })).toBeNull();
    expect(orderDayCountSql({ search: '华东' })).toBeNull();
    expect(orderDayCountSql({})).toBeNull();
    db.close();
  });

  it('are counted again after any change to the orders, by this connection or another', () => {
    const { db, file } = tiedOrders(150);
    const other = new Database(file);
    const input = OrderListInput.parse({
      filter: { status: [5] },
      sort: { field: 'amount', order: 'desc' },
      offset: 0,
      limit: 10,
    });
    const count = () => db.prepare('SELECT count(*) FROM orders WHERE status = 5').pluck().get() as number;
    const before = listOrders(db, input).total;
    expect(before).toBe(count());
    const add = (on: Database.Database, id: string) =>
      on
        .prepare(
          `INSERT INTO orders (order_id, customer_id, status, create_time, sync_gen, synced_at) VALUES (?, 'c1', 5, '2026-01-01T00:00:00Z', 1, 't')`,
        )
        .run(id);
    add(other, 'X1');
    expect(listOrders(db, input).total).toBe(before + 1);
    add(db, 'X2');
    expect(listOrders(db, input).total).toBe(before + 2);
    other.prepare("UPDATE orders SET status = 2 WHERE order_id IN ('X1', 'X2')").run();
    expect(listOrders(db, input).total).toBe(before);
    expect(listOrders(db, input).rows.map((r) => r.orderId)).toEqual(plainRows(db, input).map((r) => r.orderId));
    other.close();
    db.close();
  });
});
