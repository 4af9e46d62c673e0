import type Database from 'better-sqlite3';
import { fromUnits } from '../../shared/money/units';
import type { Attribution } from '../../shared/qrcodes/schema';

/**
 * Attribution is read, not stored: a customer is linked to a code when the customer's
 * label (the expansion tag the partner center reports, synced into customers.label) equals
 * the code's tag. Reading it through the customers_label index on every list means it is
 * always what the last sync brought — nothing to refresh after a sync, nothing to go stale
 * after an import. Orders and spend count the customer's orders created on or after the
 * day they were associated (orders_customer index), spend being the amount after discount.
 */
export const NO_ATTRIBUTION: Attribution = {
  customers: 0,
  firstAssociatedOn: null,
  lastAssociatedOn: null,
  orders: 0,
  spend: '0',
};

export function attributionOf(db: Database.Database, codeIds: readonly string[]): Map<string, Attribution> {
  const out = new Map<string, Attribution>();
  if (codeIds.length === 0) return out;
  const rows = db
    .prepare(
      `WITH linked AS (
         SELECT q.id AS code_id, c.customer_id, c.associated_on
         FROM qr_codes q JOIN customers c ON c.label = q.tag
         WHERE q.id IN (SELECT value FROM json_each(?))
       )
       SELECT l.code_id AS id, count(DISTINCT l.customer_id) AS customers,
              min(l.associated_on) AS first, max(l.associated_on) AS last,
              count(o.order_id) AS orders, coalesce(sum(o.amount_after_discount), 0) AS spend
       FROM linked l
       LEFT JOIN orders o ON o.customer_id = l.customer_id AND o.create_time >= coalesce(l.associated_on, '')
       GROUP BY l.code_id`,
    )
    .safeIntegers(true)
    .all(JSON.stringify(codeIds)) as {
    id: string;
    customers: bigint;
    first: string | null;
    last: string | null;
    orders: bigint;
    spend: bigint;
  }[];
  for (const r of rows)
    out.set(r.id, {
      customers: Number(r.customers),
      firstAssociatedOn: r.first,
      lastAssociatedOn: r.last,
      orders: Number(r.orders),
      spend: fromUnits(r.spend),
    });
  return out;
}

/** Customers associated per month (YYYY-MM of associated_on) for each code. */
export function timelineOf(
  db: Database.Database,
  codes: readonly { id: string; tag: string }[],
): { months: string[]; series: { id: string; tag: string; counts: number[] }[] } {
  if (codes.length === 0) return { months: [], series: [] };
  const rows = db
    .prepare(
      `SELECT q.id AS id, substr(c.associated_on, 1, 7) AS month, count(*) AS n
       FROM qr_codes q JOIN customers c ON c.label = q.tag
       WHERE q.id IN (SELECT value FROM json_each(?)) AND c.associated_on IS NOT NULL
       GROUP BY q.id, month ORDER BY month`,
    )
    .all(JSON.stringify(codes.map((c) => c.id))) as { id: string; month: string; n: number }[];
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const at = new Map(months.map((m, i) => [m, i]));
  const series = codes.map((c) => ({ ...c, counts: months.map(() => 0) }));
  const byId = new Map(series.map((s) => [s.id, s]));
  for (const r of rows) byId.get(r.id)!.counts[at.get(r.month)!] = r.n;
  return { months, series: series.filter((s) => s.counts.some((n) => n > 0)) };
}
