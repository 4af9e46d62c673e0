import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deferObjects, restoreDeferred } from '../../electron/db/deferred';
import { openWriter } from '../../electron/db/open';
import { ORDERS_BULK_LOAD } from '../../electron/sync/bulk-load';
import { tempDir } from '../support/temp';

/** Orders with ids, services (Chinese and not), statuses and paid times that vary. */
function insertOrders(db: Database.Database, from: number, to: number) {
  db.prepare(
    "INSERT OR IGNORE INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES ('c1', 'east', '华东云计算', 1, 't')",
  ).run();
  const insert = db.prepare(
    `INSERT INTO orders (order_id, customer_id, service_type_name, status, order_type, amount_after_discount, create_time, payment_time, sync_gen, synced_at)
     VALUES (?, 'c1', ?, ?, ?, ?, ?, ?, 1, 't')`,
  );
  const services = ['弹性云服务器', '云数据库 RDS', 'Object Storage', null];
  db.transaction(() => {
    for (let i = from; i < to; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      insert.run(
        `CS25${String(i).padStart(8, '0')}X${i % 7}`,
        services[i % 4],
        i % 5 === 0 ? null : 1 + (i % 6),
        1 + (i % 4),
        (i * 7919) % 100_000,
        `2025-0${1 + (i % 9)}-${day}T0${i % 10}:00:00Z`,
        i % 3 ? `2025-0${1 + (i % 9)}-${day}T1${i % 10}:00:00Z` : null,
      );
    }
  })();
}

const schemaOf = (db: Database.Database) =>
  db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .raw()
    .all();

/** What the order search and the list's counts read: rowids per search term, and the per-day counts. */
function searchAndCounts(db: Database.Database) {
  const match = db.prepare('SELECT rowid FROM orders_fts WHERE orders_fts MATCH ? ORDER BY rowid').pluck();
  return {
    search: ['"云服务"', '"RDS"', '"bject"', '"0000012"', '"0X3"'].map((q) => match.all(q)),
    counts: db.prepare('SELECT * FROM orders_day_counts ORDER BY basis, day, status').raw().all(),
  };
}

/** A temp dir per test (removed after it by test/support/temp.ts). */
let dir: string;
const open = (name: string) => openWriter(path.join(dir, name)).db;

describe('bulk load of the orders (secondary indexes and search triggers built once, at the end)', () => {
  it('leaves the same schema, search index and counts as orders inserted one by one', () => {
    dir = tempDir('deferred-');
    const normal = open('normal.db');
    insertOrders(normal, 0, 3000);

    const bulk = open('bulk.db');
    const before = schemaOf(bulk);
    expect(bulk.transaction(() => deferObjects(bulk, ORDERS_BULK_LOAD))()).toBe(true);
    // Only the creation-time index and the day counts' triggers stay meanwhile.
    const during = bulk
      .prepare("SELECT type, name FROM sqlite_master WHERE tbl_name = 'orders' AND sql IS NOT NULL ORDER BY type, name")
      .raw()
      .all();
    expect(during).toEqual([
      ['index', 'orders_create_time'],
      ['table', 'orders'],
      ['trigger', 'orders_day_counts_ad'],
      ['trigger', 'orders_day_counts_ai'],
      ['trigger', 'orders_day_counts_au'],
    ]);
    insertOrders(bulk, 0, 3000);
    expect(bulk.transaction(() => restoreDeferred(bulk))()).toBeGreaterThan(8);

    expect(schemaOf(bulk)).toEqual(before);
    expect(schemaOf(bulk)).toEqual(schemaOf(normal));
    expect(bulk.prepare('SELECT count(*) FROM sync_deferred').pluck().get()).toBe(0);
    const got = searchAndCounts(bulk);
    expect(got).toEqual(searchAndCounts(normal));
    expect(got.search.every((rowids) => rowids.length > 0)).toBe(true);
    expect(bulk.pragma('integrity_check', { simple: true })).toBe('ok');
    bulk.prepare("INSERT INTO orders_fts (orders_fts, rank) VALUES ('integrity-check', 0)").run();

    // The triggers work again: an order changed afterwards is found by its new service only.
    for (const db of [normal, bulk]) {
      db.prepare("UPDATE orders SET service_type_name = '对象存储' WHERE order_id = 'CS2500000012X5'").run();
    }
    expect(searchAndCounts(bulk)).toEqual(searchAndCounts(normal));
    normal.close();
    bulk.close();
  });

  it('sets nothing aside when the orders table has rows or a load is already under way', () => {
    dir = tempDir('deferred-');
    const db = open('a.db');
    insertOrders(db, 0, 1);
    expect(db.transaction(() => deferObjects(db, ORDERS_BULK_LOAD))()).toBe(false);
    db.prepare('DELETE FROM orders').run();
    expect(db.transaction(() => deferObjects(db, ORDERS_BULK_LOAD))()).toBe(true);
    expect(db.transaction(() => deferObjects(db, ORDERS_BULK_LOAD))()).toBe(false);
    expect(db.transaction(() => restoreDeferred(db))()).toBeGreaterThan(0);
    expect(db.transaction(() => restoreDeferred(db))()).toBe(0);
    db.close();
  });

  it('a load that never finished (the process died) is put back when the writer opens the file', () => {
    dir = tempDir('deferred-');
    const normal = open('normal.db');
    insertOrders(normal, 0, 500);
    const file = path.join(dir, 'killed.db');
    const first = open('killed.db');
    first.transaction(() => deferObjects(first, ORDERS_BULK_LOAD))();
    insertOrders(first, 0, 500);
    first.close(); // no restoreDeferred: what a killed sync leaves

    const reopened = openWriter(file).db;
    expect(reopened.prepare('SELECT count(*) FROM sync_deferred').pluck().get()).toBe(0);
    expect(schemaOf(reopened)).toEqual(schemaOf(normal));
    expect(searchAndCounts(reopened)).toEqual(searchAndCounts(normal));
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    normal.close();
  });
});
