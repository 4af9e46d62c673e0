import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fromUnits, toUnits } from '../../shared/money/units';
import type { Sandbox } from '../../electron/sandbox';
import { billSumKey } from '../../electron/sync/mappers';

/** Canonical money text: the same value however the API spelled it. */
const money = (v: unknown) => (v === null || v === undefined ? null : fromUnits(toUnits(String(v))));
const units = (v: unknown) => (v === null || v === undefined ? null : fromUnits(BigInt(v as bigint)));
const s = (v: unknown) => (v === undefined ? null : v);

export interface Table {
  count: number;
  checksum: string;
}

function digest(rows: unknown[][]): Table {
  const lines = rows.map((r) => JSON.stringify(r)).sort();
  return {
    count: lines.length,
    checksum: crypto.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
  };
}

export type Snapshot = Record<'customers' | 'orders' | 'refund_infos' | 'bill_sums' | 'fee_records', Table>;

/** What the API holds (the sandbox's own records), in the columns the sync stores. */
export function sandboxSnapshot(sb: Sandbox, cycles: string[], skip: Set<string> = new Set()): Snapshot {
  const d = sb.data;
  const customers = d
    .customers()
    .filter((c) => !skip.has(c.customer_id))
    .map((c) => [
      c.customer_id,
      c.account_name,
      s(c.customer),
      s(c.associated_on),
      s(c.association_type),
      s(c.label),
      s(c.customer_level),
    ]);
  const orders: unknown[][] = [];
  for (const o of d.orders()) {
    if (skip.has(o.order_id!)) continue;
    orders.push([
      o.order_id,
      o.customer_id,
      s(o.status),
      s(o.order_type),
      money(o.amount_after_discount),
      money(o.official_amount),
      o.create_time,
      s(o.payment_time),
    ]);
  }
  const refunds = d
    .refundOrderIds()
    .flatMap((id) => d.refundInfos(id).map((r) => [r.id, id, money(r.amount), r.customer_id]));
  const sums = cycles.flatMap((cycle) =>
    (['1', '3'] as const).flatMap((mode) =>
      d.billSums(cycle, mode).map((b) => [
        cycle,
        mode,
        billSumKey({
          customer_id: b.customer_id!,
          cloud_service_type: s(b.cloud_service_type) as string | null,
          resource_type_code: s(b.resource_type_code) as string | null,
          bill_type: s(b.bill_type) as string | null,
        }),
        money(b.amount),
      ]),
    ),
  );
  const fees = cycles.flatMap((cycle) =>
    d.consumeSubCustomers(cycle).flatMap((customer) =>
      d
        .feeRecords(customer, cycle)
        .filter((f) => !skip.has(f.id!))
        .map((f) => [
          f.id,
          f.bill_cycle,
          f.customer_id,
          s(f.bill_detail_type),
          money(f.official_amount),
          money(f.payment_amount),
          s(f.trade_time),
        ]),
    ),
  );
  return {
    customers: digest(customers),
    orders: digest(orders),
    refund_infos: digest(refunds),
    bill_sums: digest(sums),
    fee_records: digest(fees),
  };
}

/** What the local cache holds, in the same shape. */
export function dbSnapshot(dataDir: string): Snapshot {
  const db = new Database(path.join(dataDir, 'workstation.db'), { readonly: true });
  db.defaultSafeIntegers(true);
  const all = (sql: string) =>
    (db.prepare(sql).raw().all() as unknown[][]).map((r) => r.map((v) => (typeof v === 'bigint' ? v : v)));
  const num = (v: unknown) => (v === null ? null : Number(v));
  const snap: Snapshot = {
    customers: digest(
      all(
        'SELECT customer_id, account_name, name, associated_on, association_type, label, customer_level FROM customers',
      ),
    ),
    orders: digest(
      all(
        'SELECT order_id, customer_id, status, order_type, amount_after_discount, official_amount, create_time, payment_time FROM orders',
      ).map((r) => [r[0], r[1], num(r[2]), num(r[3]), units(r[4]), units(r[5]), r[6], r[7]]),
    ),
    refund_infos: digest(
      all('SELECT id, order_id, amount, customer_id FROM refund_infos').map((r) => [r[0], r[1], units(r[2]), r[3]]),
    ),
    bill_sums: digest(
      all('SELECT bill_cycle, charge_mode, row_key, amount FROM bill_sums').map((r) => [r[0], r[1], r[2], units(r[3])]),
    ),
    fee_records: digest(
      all(
        'SELECT id, bill_cycle, customer_id, bill_detail_type, official_amount, payment_amount, trade_time FROM fee_records',
      ).map((r) => [r[0], r[1], r[2], num(r[3]), units(r[4]), units(r[5]), r[6]]),
    ),
  };
  db.close();
  return snap;
}

/** PRAGMA integrity_check of the data dir's database ('ok'), or 'absent' before it exists. */
export function integrityCheck(dataDir: string): string {
  if (!fs.existsSync(path.join(dataDir, 'workstation.db'))) return 'absent';
  const db = new Database(path.join(dataDir, 'workstation.db'), { readonly: true });
  const r = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return r;
}
