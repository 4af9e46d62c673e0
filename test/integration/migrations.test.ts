import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../electron/db/migrations';
import { DbTooNewError, openWriter } from '../../electron/db/open';
import { refreshBillTotals } from '../../electron/bills/totals';
import { listOrders, orderListSql } from '../../electron/orders/repository';
import { OrderListInput } from '../../shared/orders/schema';
import type { Core } from '../../electron/core/core';
import { call, testCore } from '../support/core';
import { tempDir } from '../support/temp';

/**
 * What each migration must leave behind. One entry per migration version: a migration
 * without an entry fails the "every migration is tested" test below.
 */
const EXPECT: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    const cols = db.prepare("SELECT name FROM pragma_table_info('settings')").all() as { name: string }[];
    expect(cols.map((c) => c.name)).toEqual(['key', 'value', 'updated_at']);
    db.prepare("INSERT INTO settings VALUES ('k', '\"v\"', 'now')").run();
    expect(() => db.prepare("INSERT INTO settings VALUES ('k', 'x', 'now')").run()).toThrow(/UNIQUE/);
  },
  2: (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'customers',
        'orders',
        'refund_infos',
        'bill_sums',
        'fee_records',
        'cycle_customers',
        'sync_checkpoints',
        'sync_runs',
        'sync_quarantine',
        'sync_state',
      ]),
    );
    // Money columns are exact integers (10^-8 yuan): a REAL or a fraction is refused by STRICT.
    const amountTypes = db
      .prepare("SELECT type FROM pragma_table_info('fee_records') WHERE name LIKE '%amount' AND name != 'usage_amount'")
      .pluck()
      .all();
    expect(new Set(amountTypes)).toEqual(new Set(['INTEGER']));
    expect(() =>
      db
        .prepare(
          "INSERT INTO orders (order_id, customer_id, create_time, official_amount, sync_gen, synced_at) VALUES ('o', 'c', 't', 1.5, 1, 't')",
        )
        .run(),
    ).toThrow(/cannot store REAL/);
    db.prepare(
      "INSERT INTO orders (order_id, customer_id, create_time, official_amount, sync_gen, synced_at) VALUES ('o', 'c', 't', ?, 1, 't')",
    ).run(123456789012345678n);
    db.defaultSafeIntegers(true);
    expect(db.prepare("SELECT official_amount FROM orders WHERE order_id = 'o'").pluck().get()).toBe(
      123456789012345678n,
    );
  },
  3: (db) => {
    db.defaultSafeIntegers(false);
    // A customer and fee records from before the migration are indexed and totalled by it…
    const match = (q: string) =>
      db.prepare('SELECT customer_id FROM customers_fts WHERE customers_fts MATCH ?').pluck().all(`"${q}"`);
    expect(match('华东云')).toEqual(['c1']);
    expect(db.prepare('SELECT records, payment_amount FROM fee_totals').get()).toEqual({
      records: 2,
      payment_amount: 300,
    });
    // …and later writes keep the search index current through the triggers.
    db.prepare(
      "INSERT INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES ('c2', 'acme-north', '北方极光科技', 1, 't')",
    ).run();
    db.prepare("UPDATE customers SET name = '华南星云' WHERE customer_id = 'c1'").run();
    expect(match('极光科')).toEqual(['c2']);
    expect(match('华东云')).toEqual([]);
    expect(match('ACME-NO')).toEqual(['c2']);
  },
  4: (db) => {
    const cols = (t: string) => (db.pragma(`table_info(${t})`) as { name: string; type: string }[]).map((c) => c);
    // Money columns exact: INTEGER units, never REAL.
    for (const t of ['invoices', 'invoice_lines'])
      for (const c of cols(t)) if (/amount/.test(c.name)) expect(c.type, `${t}.${c.name}`).toBe('INTEGER');
    const now = '2026-01-01T00:00:00Z';
    const draft = db.prepare(
      "INSERT INTO invoices (id, profile_id, customer_id, type, status, mode, created_at, updated_at) VALUES (?, 'p', 'c1', 'ordinary', 'draft', 'amount', ?, ?)",
    );
    draft.run('i1', now, now);
    // A draft has no number; an issued invoice must have one.
    expect(() => db.prepare("UPDATE invoices SET status = 'issued' WHERE id = 'i1'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE invoices SET status = 'issued', number = 'PW-1' WHERE id = 'i1'").run();
    draft.run('i2', now, now);
    expect(() => db.prepare("UPDATE invoices SET status = 'issued', number = 'PW-1' WHERE id = 'i2'").run()).toThrow(
      /UNIQUE/,
    );
    // The audit trail is append-only.
    db.prepare(
      "INSERT INTO invoice_audit (invoice_id, at, actor, action, detail) VALUES ('i1', ?, 'rep', 'issue', '{}')",
    ).run(now);
    expect(() => db.prepare('UPDATE invoice_audit SET actor = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM invoice_audit').run()).toThrow(/append-only/);
    // Lines go with their invoice.
    db.prepare(
      "INSERT INTO invoice_lines (invoice_id, line_no, item_id, kind, amount, item_amount, reason) VALUES ('i2', 1, 'f1', 'bill', 100, 100, 'oldestFirst')",
    ).run();
    db.prepare("DELETE FROM invoices WHERE id = 'i2'").run();
    expect(db.prepare('SELECT count(*) FROM invoice_lines').pluck().get()).toBe(0);
    // The fee records of one customer are read through the new index.
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM fee_records WHERE customer_id = 'c1' ORDER BY consume_time")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/fee_records_customer/);
  },
  5: (db) => {
    db.defaultSafeIntegers(true);
    const totals = () =>
      db.prepare("SELECT * FROM bill_totals WHERE bill_cycle = '2025-02' AND customer_id = 'b1'").get() as Record<
        string,
        unknown
      >;
    // Records already there are summed per record: settled truncates each toward zero to the
    // cent (-1.23456789 → -1.23), 抹零 keeps the rest, refunds and write-offs are counted.
    expect(totals()).toEqual({
      bill_cycle: '2025-02',
      customer_id: 'b1',
      records: 4n,
      official: 100000001n - 123456789n + 999999999n,
      settled: 100000000n - 123000000n + 999000000n,
      erase: 1n - 456789n + 999999n,
      refund_records: 1n,
      refund_official: -123456789n,
      adjustment_records: 1n,
      adjustment_official: 0n,
      writeoff_records: 1n,
      writeoff_amount: 5000000n,
    });
    const row = totals();
    expect((row.settled as bigint) + (row.erase as bigint)).toBe(row.official);
    // The sync's refresh keeps the table in step with a stored scope.
    db.prepare(
      "INSERT INTO fee_records (id, bill_cycle, customer_id, official_amount, bill_detail_type, sync_gen) VALUES ('b5', '2025-02', 'b1', 250000000, 5, 1)",
    ).run();
    refreshBillTotals(db, '2025-02', 'b1');
    expect(totals()).toMatchObject({ records: 5n, settled: 976000000n + 250000000n });
    // A cycle's reconciliation drops the customers without spend in it any more.
    refreshBillTotals(db, '2025-02', '*');
    expect(totals()).toBeUndefined();
    db.defaultSafeIntegers(false);
  },
  6: (db) => {
    const now = '2026-01-01T00:00:00Z';
    const code = db.prepare(
      "INSERT INTO qr_codes (id, profile_id, name, tag, association_type, created_at, updated_at) VALUES (?, 'p', 'Expo', ?, ?, ?, ?)",
    );
    code.run('q1', 'EXPO-001', 'referral', now, now);
    expect(() => code.run('q2', 'EXPO-002', 'partner', now, now)).toThrow(/CHECK/);
    // Attribution is read through the customers' label index (0003), joined on the code's tag.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT q.id, c.customer_id FROM qr_codes q JOIN customers c ON c.label = q.tag WHERE q.profile_id = 'p'",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/customers_label/);
    db.prepare("INSERT INTO qr_links (profile_id, link, updated_at) VALUES ('p', 'https://x/{tag}', ?)").run(now);
    db.prepare(
      "INSERT INTO qr_layouts (id, profile_id, name, spec, updated_at) VALUES ('current:p', 'p', '', '{}', ?)",
    ).run(now);
  },
  7: (db) => {
    const now = '2026-01-01T00:00:00Z';
    const cert = db.prepare(
      "INSERT INTO certificates (id, scope, kind, name, number, status, account, created_at, updated_at) VALUES (?, ?, ?, 'x', 'N1', 'passed', ?, ?, ?)",
    );
    cert.run('c1', 'personal', 'HCIP', 'acct-a', now, now);
    // A kind must fit its scope, and only personal certificates are bound to an account.
    expect(() => cert.run('c2', 'company', 'HCIP', null, now, now)).toThrow(/CHECK/);
    expect(() => cert.run('c3', 'company', 'cloudSoftware', 'acct-a', now, now)).toThrow(/CHECK/);
    // The history is append-only; a reminder is given once per threshold and expiry date.
    db.prepare(
      "INSERT INTO certificate_history (certificate_id, at, on_date, actor, action) VALUES ('c1', ?, '2026-01-01', 'rep', 'bind')",
    ).run(now);
    expect(() => db.prepare('DELETE FROM certificate_history').run()).toThrow(/append-only/);
    const reminder = db.prepare(
      "INSERT INTO certificate_reminders (id, certificate_id, threshold, expiry_date, created_at, updated_at) VALUES (?, 'c1', 30, '2026-02-01', ?, ?)",
    );
    reminder.run('r1', now, now);
    expect(() => reminder.run('r2', now, now)).toThrow(/UNIQUE/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM certificates WHERE account = 'acct-a' AND number = 'N1'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/certificates_account_number/);
  },
  8: (db) => {
    // The orders from before are indexed again: the id without its first character, and the
    // service name; an id's start is the prefix index's.
    const match = (q: string) =>
      db
        .prepare(
          // A row left behind by a delete would show as '#rowid'.
          "SELECT coalesce(o.order_id, '#' || orders_fts.rowid) FROM orders_fts LEFT JOIN orders o ON o.rowid = orders_fts.rowid WHERE orders_fts MATCH ? ORDER BY 1",
        )
        .pluck()
        .all(`"${q}"`);
    expect(match('2501')).toEqual(['CS2501010101AAAA']);
    expect(match('S250')).toEqual(['CS2501010101AAAA']);
    expect(match('CS25')).toEqual([]);
    expect(match('云服务')).toEqual(['CS2501010101AAAA']);
    expect(match('rds')).toEqual(['CS2602020202BBBB']);
    // The list's search finds what it found before: any part of the id, in either case, the
    // service name, the customer's name.
    const search = (text: string) =>
      listOrders(
        db,
        OrderListInput.parse({
          filter: { search: text },
          sort: { field: 'createTime', order: 'desc' },
          offset: 0,
          limit: 50,
        }),
      ).rows.map((r) => r.orderId);
    expect(search('CS25')).toEqual(['CS2501010101AAAA']);
    expect(search('cs2')).toEqual(['CS2602020202BBBB', 'CS2501010101AAAA']);
    expect(search('0101aa')).toEqual(['CS2501010101AAAA']);
    expect(search('数据库')).toEqual(['CS2602020202BBBB']);
    expect(search('华东云')).toEqual(['CS2602020202BBBB', 'CS2501010101AAAA']);
    // Later writes keep the index current: insert, update (id or name), the sync's upsert of
    // an unchanged order, delete.
    const upsert = db.prepare(
      `INSERT INTO orders (order_id, customer_id, service_type_name, create_time, sync_gen, synced_at)
       VALUES (?, 'c1', ?, '2026-03-03T03:03:03Z', 2, 't')
       ON CONFLICT (order_id) DO UPDATE SET service_type_name = excluded.service_type_name, sync_gen = excluded.sync_gen`,
    );
    upsert.run('CS2603030303CCCC', 'NAT网关');
    expect(match('NAT网')).toEqual(['CS2603030303CCCC']);
    expect(match('0303cc')).toEqual(['CS2603030303CCCC']);
    db.prepare("UPDATE orders SET service_type_name = '云硬盘' WHERE order_id = 'CS2501010101AAAA'").run();
    expect(match('云服务')).toEqual([]);
    expect(match('云硬盘')).toEqual(['CS2501010101AAAA']);
    upsert.run('CS2602020202BBBB', '云数据库 RDS');
    expect(match('rds')).toEqual(['CS2602020202BBBB']);
    db.prepare("UPDATE orders SET order_id = 'CS2604040404DDDD' WHERE order_id = 'CS2603030303CCCC'").run();
    expect(match('0303CC')).toEqual([]);
    expect(match('0404DD')).toEqual(['CS2604040404DDDD']);
    db.prepare("DELETE FROM orders WHERE order_id = 'CS2602020202BBBB'").run();
    expect(match('rds')).toEqual([]);
    expect(match('S26')).toEqual(['CS2604040404DDDD']);
    db.prepare("INSERT INTO orders_fts (orders_fts, rank) VALUES ('integrity-check', 0)").run();
    // A prefix's newest orders come from the prefix index alone.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT rowid FROM orders WHERE upper(order_id) >= 'CS25' AND upper(order_id) < 'CS26' ORDER BY create_time DESC LIMIT 50",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX orders_id_search/);
  },
  9: (db) => {
    db.defaultSafeIntegers(true);
    // Every record is carried over as it was, column for column.
    expect(feeRows(db)).toEqual(feeRowsBefore9);
    expect(feeRowsBefore9.map((r) => r.slice(0, 3))).toEqual([
      ['k1', '2025-03', 'c1'],
      ['k2', '2025-03', 'c2'],
      ['k3', '2025-04', 'c1'],
    ]);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fee_records' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['fee_records_customer', 'fee_records_key']);
    // The key is the scope and the id: the sync's upsert matches on it.
    const upsert = db.prepare(
      `INSERT INTO fee_records (id, bill_cycle, customer_id, official_amount, sync_gen) VALUES (?, ?, ?, ?, 2)
       ON CONFLICT (bill_cycle, customer_id, id) DO UPDATE SET official_amount = excluded.official_amount, sync_gen = excluded.sync_gen`,
    );
    upsert.run('k1', '2025-03', 'c1', 7n);
    expect(db.prepare("SELECT official_amount, sync_gen FROM fee_records WHERE id = 'k1'").raw().all()).toEqual([
      [7n, 2n],
    ]);
    expect(() =>
      db
        .prepare("INSERT INTO fee_records (id, bill_cycle, customer_id, sync_gen) VALUES ('k2', '2025-03', 'c2', 3)")
        .run(),
    ).toThrow(/UNIQUE/);
    // One customer × cycle is read from the key, one customer's records from their index.
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(
      plan("SELECT * FROM fee_records WHERE bill_cycle = '2025-03' AND customer_id = 'c1' ORDER BY trade_time"),
    ).toMatch(/fee_records_key/);
    expect(plan("SELECT id FROM fee_records WHERE customer_id = 'c1' ORDER BY consume_time")).toMatch(
      /fee_records_customer/,
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  },
  10: (db) => {
    // Equal amounts (and equal paid times) list newest first, then by rowid, from an index in
    // exactly that order: alone, and after a status.
    const ids = (sort: 'amount' | 'paymentTime', order: 'asc' | 'desc', filter = {}) =>
      listOrders(db, OrderListInput.parse({ filter, sort: { field: sort, order }, offset: 0, limit: 50 })).rows.map(
        (r) => r.orderId,
      );
    expect(ids('amount', 'desc')).toEqual(['CS2503', 'CS2502', 'CS2501', 'CS2504']);
    expect(ids('amount', 'asc')).toEqual(['CS2504', 'CS2501', 'CS2502', 'CS2503']);
    // (The list counts a status from migration 11's table; the page's own query is version 10's.)
    const q = orderListSql(
      OrderListInput.parse({
        filter: { status: [5] },
        sort: { field: 'paymentTime', order: 'desc' },
        offset: 0,
        limit: 50,
      }),
    );
    expect(
      db
        .prepare(q.sql)
        .all(...q.params, 50, 0)
        .map((r) => (r as { order_id: string }).order_id),
    ).toEqual(['CS2502', 'CS2501', 'CS2504']);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    const cases: [string, RegExp][] = [
      ['ORDER BY amount_after_discount DESC, create_time DESC, rowid DESC', /orders_amount/],
      ['ORDER BY payment_time ASC, create_time ASC, rowid ASC', /orders_payment_time/],
      [
        "WHERE status = 5 AND create_time >= '2025' ORDER BY amount_after_discount DESC, create_time DESC, rowid DESC",
        /COVERING INDEX orders_status_amount/,
      ],
      [
        "WHERE status = 5 AND create_time >= '2025' ORDER BY payment_time DESC, create_time DESC, rowid DESC",
        /COVERING INDEX orders_status_paid/,
      ],
    ];
    for (const [tail, index] of cases) {
      const p = plan(`SELECT rowid FROM orders INDEXED BY ${index.source.split(' ').pop()} ${tail} LIMIT 50`);
      expect(p).toMatch(index);
      expect(p).not.toMatch(/TEMP B-TREE/);
    }
  },
  11: (db) => {
    // The orders from before are counted; later inserts, updates and deletes keep the counts.
    const counts = (basis = 'c') =>
      db
        .prepare('SELECT day, status, n FROM orders_day_counts WHERE basis = ? AND n > 0 ORDER BY day, status')
        .raw()
        .all(basis);
    const truth = (time = 'create_time') =>
      db
        .prepare(
          `SELECT substr(${time}, 1, 10), coalesce(status, -1), count(*) FROM orders WHERE ${time} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        .raw()
        .all();
    expect(counts()).toEqual([
      ['2025-01-01', 5, 2],
      ['2025-01-02', -1, 1],
    ]);
    expect(counts('p')).toEqual([['2025-02-01', 5, 1]]);
    const insert = db.prepare(
      "INSERT INTO orders (order_id, customer_id, status, create_time, sync_gen, synced_at) VALUES (?, 'c1', ?, ?, 2, 't')",
    );
    insert.run('D4', 5, '2025-01-01T23:59:59Z');
    insert.run('D5', 2, '2025-01-03T00:00:00Z');
    db.prepare("UPDATE orders SET status = 2 WHERE order_id = 'D1'").run();
    db.prepare("UPDATE orders SET create_time = '2025-01-03T10:00:00Z' WHERE order_id = 'D3'").run();
    db.prepare("UPDATE orders SET service_type_name = 'x' WHERE order_id = 'D2'").run();
    db.prepare("DELETE FROM orders WHERE order_id = 'D4'").run();
    // The sync's upsert of a stored order sets every column again.
    db.prepare(
      `INSERT INTO orders (order_id, customer_id, status, create_time, sync_gen, synced_at) VALUES ('D2', 'c1', 5, '2025-01-01T08:00:00Z', 3, 't')
       ON CONFLICT (order_id) DO UPDATE SET status = excluded.status, create_time = excluded.create_time, sync_gen = excluded.sync_gen`,
    ).run();
    db.prepare("UPDATE orders SET payment_time = '2025-02-03T00:00:00Z' WHERE order_id IN ('D3', 'D5')").run();
    db.prepare("UPDATE orders SET payment_time = NULL WHERE order_id = 'D1'").run();
    expect(counts()).toEqual(truth());
    expect(counts('p')).toEqual(truth('payment_time'));
    expect(counts('p')).toEqual([
      ['2025-02-03', -1, 1],
      ['2025-02-03', 2, 1],
    ]);
    expect(counts()).toEqual([
      ['2025-01-01', 2, 1],
      ['2025-01-01', 5, 1],
      ['2025-01-03', -1, 1],
      ['2025-01-03', 2, 1],
    ]);
  },
  12: (db) => {
    // Empty: nothing is set aside until a bulk load (test/integration/deferred.test.ts).
    const cols = db.prepare("SELECT name FROM pragma_table_info('sync_deferred')").pluck().all();
    expect(cols).toEqual(['seq', 'tbl', 'name', 'sql']);
    expect(db.prepare('SELECT count(*) FROM sync_deferred').pluck().get()).toBe(0);
  },
};

/** Every fee record, every column, exact integers. */
const feeRows = (db: Database.Database) =>
  db.prepare('SELECT * FROM fee_records ORDER BY id').raw().safeIntegers(true).all() as unknown[][];
let feeRowsBefore9: unknown[][] = [];

const seedCustomer = (db: Database.Database) =>
  db
    .prepare(
      "INSERT INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES ('c1', 'east', '华东云计算', 1, 't')",
    )
    .run();

/** Rows a migration finds already there (written by the previous version), keyed by the migration that must carry them. */
const SEED: Record<number, (db: Database.Database) => void> = {
  3: (db) => {
    seedCustomer(db);
    const fee = db.prepare(
      "INSERT INTO fee_records (id, bill_cycle, customer_id, payment_amount, sync_gen) VALUES (?, '2025-01', 'c1', ?, 1)",
    );
    fee.run('f1', 100);
    fee.run('f2', 200);
  },
  5: (db) => {
    const fee = db.prepare(
      "INSERT INTO fee_records (id, bill_cycle, customer_id, official_amount, bill_detail_type, writeoff_amount, sync_gen) VALUES (?, '2025-02', 'b1', ?, ?, ?, 1)",
    );
    fee.run('b1', 100000001, 5, 5000000);
    fee.run('b2', -123456789, 4, 0);
    fee.run('b3', 999999999, 1, null);
    fee.run('b4', null, 16, null);
  },
  8: (db) => {
    seedCustomer(db);
    const order = db.prepare(
      "INSERT INTO orders (order_id, customer_id, service_type_name, create_time, sync_gen, synced_at) VALUES (?, 'c1', ?, ?, 1, 't')",
    );
    order.run('CS2501010101AAAA', '弹性云服务器', '2025-01-01T01:01:01Z');
    order.run('CS2602020202BBBB', '云数据库 RDS', '2026-02-02T02:02:02Z');
  },
  9: (db) => {
    const fee = db.prepare(
      'INSERT INTO fee_records (id, bill_cycle, customer_id, service_type_code, official_amount, sync_gen) VALUES (?, ?, ?, ?, ?, 1)',
    );
    fee.run('k3', '2025-04', 'c1', null, null);
    fee.run('k1', '2025-03', 'c1', 'hws.service.type.ebs', 123456789);
    fee.run('k2', '2025-03', 'c2', null, -5);
    feeRowsBefore9 = feeRows(db);
  },
  10: (db) => {
    seedCustomer(db);
    const order = db.prepare(
      "INSERT INTO orders (order_id, customer_id, status, amount_after_discount, create_time, payment_time, sync_gen, synced_at) VALUES (?, 'c1', ?, ?, ?, ?, 1, 't')",
    );
    // Three equal amounts and two equal paid times, inserted out of time order.
    order.run('CS2502', 5, 700000000, '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z');
    order.run('CS2504', 5, 100, '2025-04-01T00:00:00Z', null);
    order.run('CS2501', 5, 700000000, '2025-01-01T00:00:00Z', '2025-03-01T00:00:00Z');
    order.run('CS2503', 2, 700000000, '2025-03-01T00:00:00Z', null);
  },
  11: (db) => {
    seedCustomer(db);
    const order = db.prepare(
      "INSERT INTO orders (order_id, customer_id, status, create_time, sync_gen, synced_at) VALUES (?, 'c1', ?, ?, 1, 't')",
    );
    order.run('D1', 5, '2025-01-01T00:00:00Z');
    order.run('D2', 5, '2025-01-01T08:00:00Z');
    db.prepare("UPDATE orders SET payment_time = '2025-02-01T09:00:00Z' WHERE order_id = 'D1'").run();
    order.run('D3', null, '2025-01-02T23:59:59Z');
  },
};

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

describe('migrations', () => {
  it('are numbered 1..N and each has a test', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS)
      expect(EXPECT[m.version], `test for migration ${m.version} ${m.name}`).toBeTypeOf('function');
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))(
    'migration %i (%s) applies on top of the previous one',
    (version) => {
      const db = new Database(path.join(tempDir(), 'm.db'));
      migrate(db, version - 1);
      SEED[version]?.(db);
      expect(schemaVersion(db)).toBe(version - 1);
      expect(migrate(db, version)).toEqual([version]);
      expect(schemaVersion(db)).toBe(version);
      EXPECT[version]!(db);
      db.close();
    },
  );

  it('brings an empty database to the latest version and is idempotent', () => {
    const file = path.join(tempDir(), 'workstation.db');
    const first = openWriter(file);
    expect(first.migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(first.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.db.pragma('foreign_keys', { simple: true })).toBe(1);
    first.db.close();
    const again = openWriter(file);
    expect(again.migrated).toEqual([]);
    again.db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const broken = {
      version: 1,
      name: 'broken',
      up: (d: Database.Database) => {
        d.exec('CREATE TABLE t (a)');
        d.exec('NOT SQL');
      },
    };
    expect(() =>
      db.transaction(() => {
        broken.up(db);
        db.pragma('user_version = 1');
      })(),
    ).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
  });

  it('refuses a database written by a newer app and leaves the file untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workstation.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    db.close();
    const before = sha(file);
    const listing = fs.readdirSync(dir).sort();

    expect(() => openWriter(file)).toThrow(DbTooNewError);
    core = await testCore(dir, { language: 'en-US' });
    const status = await call(core, 'db.status');
    expect(status).toMatchObject({ ok: true, value: { state: 'too-new', schemaVersion: LATEST_SCHEMA_VERSION + 7 } });
    if (status.ok) expect(status.value.message).toMatch(/newer Partner Workstation.*has not been changed/);
    // Writes are refused with a clear error; nothing is written.
    const set = await core.dispatcher.dispatch('settings.set', { theme: 'dark' });
    expect(set).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
    await core.close();
    core = null;
    expect(sha(file)).toBe(before);
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f !== 'logs')
        .sort(),
    ).toEqual(listing);
  });
});
