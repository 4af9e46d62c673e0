import type Database from 'better-sqlite3';
import { stmt } from '../db/statements';
import { BILL_TOTALS_SELECT } from '../db/migrations/0005-bills';

/**
 * Keeps `bill_totals` (migration 5) in step with the fee records of one stored scope, inside
 * the sync's transaction: one customer × cycle is summed again; `customer` '*' (the cycle's
 * reconciliation) drops the customers that no longer had spend in the cycle.
 */
export function refreshBillTotals(db: Database.Database, cycle: string, customer: string): void {
  if (customer === '*') {
    stmt(
      db,
      'bills.totals.prune',
      () =>
        'DELETE FROM bill_totals WHERE bill_cycle = ? AND customer_id NOT IN (SELECT customer_id FROM cycle_customers WHERE bill_cycle = ?)',
    ).run(cycle, cycle);
    return;
  }
  stmt(db, 'bills.totals.del', () => 'DELETE FROM bill_totals WHERE bill_cycle = ? AND customer_id = ?').run(
    cycle,
    customer,
  );
  stmt(
    db,
    'bills.totals.put',
    () =>
      `INSERT INTO bill_totals ${BILL_TOTALS_SELECT} WHERE bill_cycle = ? AND customer_id = ? GROUP BY bill_cycle, customer_id`,
  ).run(cycle, customer);
}
