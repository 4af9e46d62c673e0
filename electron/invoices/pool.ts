import type Database from 'better-sqlite3';
import { recordKind } from '../../shared/bills/kinds';
import { fromUnits } from '../../shared/money/units';
import { stmt } from '../db/statements';

export type ItemKind = 'refund' | 'adjustment' | 'bill';

/** One invoiceable item of a customer: a fee record's settled cash amount, less what other invoices take. */
export interface PoolItem {
  id: string;
  kind: ItemKind;
  /** Consumption time (the deduction time when the record has none). */
  time: string;
  /** The item's invoiceable amount: its cash amount settled to the cent (decimal text). */
  amount: string;
  /** What is left after the lines of other drafts and issued invoices (decimal text, cents). */
  available: string;
  cycle: string;
  description: string;
}

/**
 * A customer's invoiceable items with what remains of each. Invoiceable is what the customer
 * paid in cash, settled to the cent per record (truncated toward zero, like the bill), so a
 * refund is negative. Lines of voided invoices do not count; `exceptInvoice` leaves out the
 * invoice being edited (its own lines are about to be replaced).
 */
export function readPool(db: Database.Database, customerId: string, exceptInvoice: string | null): PoolItem[] {
  const rows = stmt(
    db,
    'invoices.pool',
    () => `
      SELECT f.id, f.bill_detail_type AS type, coalesce(f.consume_time, f.trade_time, f.bill_cycle || '-01T00:00:00Z') AS time,
             (f.cash_amount / 1000000) * 1000000 AS settled, f.bill_cycle AS cycle,
             coalesce(f.service_type_name, '') || CASE WHEN f.resource_name IS NULL THEN '' ELSE ' · ' || f.resource_name END AS description,
             coalesce((SELECT sum(l.amount) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                       WHERE l.item_id = f.id AND i.status != 'voided' AND i.id IS NOT ?), 0) AS taken
      FROM fee_records f
      WHERE f.customer_id = ? AND f.cash_amount IS NOT NULL
      ORDER BY time, f.id`,
  )
    .safeIntegers(true)
    .all(exceptInvoice, customerId) as {
    id: string;
    type: bigint | null;
    time: string;
    settled: bigint;
    cycle: string;
    description: string;
    taken: bigint;
  }[];
  const out: PoolItem[] = [];
  for (const r of rows) {
    const available = r.settled - r.taken;
    // Nothing left, or less than nothing (a re-sync lowered the item under what invoices took:
    // issuing those invoices reports the conflict).
    if (r.settled > 0n ? available <= 0n : available >= 0n) continue;
    // Refunds and adjustments by bill_detail_type, as the bills screen marks them; the rest are bill items.
    const k = recordKind(r.type === null ? null : Number(r.type));
    const kind: ItemKind = k === 'charge' ? 'bill' : k;
    out.push({
      id: r.id,
      kind,
      time: r.time,
      amount: fromUnits(r.settled),
      available: fromUnits(available),
      cycle: r.cycle,
      description: r.description,
    });
  }
  return out;
}
