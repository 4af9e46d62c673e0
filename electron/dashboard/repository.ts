import { fromUnits } from '../../shared/money/units';
import { readOp } from '../db/operation';

/** The home screen's figures, each from an index or the fee_totals table (never a 1M-row scan). */
export const dashboardOps = {
  'dashboard.summary': readOp((db, input: { sinceCycle: string; sinceMonth: string }) => {
    const spendByMonth = (
      db
        .prepare(
          `SELECT bill_cycle AS cycle, sum(official_amount) AS official, sum(payment_amount) AS payment
           FROM fee_totals WHERE bill_cycle >= ? GROUP BY bill_cycle ORDER BY bill_cycle`,
        )
        .safeIntegers(true)
        .all(input.sinceCycle) as { cycle: string; official: bigint; payment: bigint }[]
    ).map((r) => ({ cycle: r.cycle, official: fromUnits(r.official), payment: fromUnits(r.payment) }));
    const ordersByStatus = db
      .prepare('SELECT status, count(*) AS count FROM orders GROUP BY status ORDER BY count DESC')
      .all() as {
      status: number | null;
      count: number;
    }[];
    const topCustomers = (
      db
        .prepare(
          `SELECT t.customer_id AS customerId, c.name, sum(t.payment_amount) AS payment
           FROM fee_totals t LEFT JOIN customers c ON c.customer_id = t.customer_id
           WHERE t.bill_cycle >= ? GROUP BY t.customer_id ORDER BY payment DESC LIMIT 10`,
        )
        .safeIntegers(true)
        .all(input.sinceCycle) as { customerId: string; name: string | null; payment: bigint }[]
    ).map((r) => ({ ...r, payment: fromUnits(r.payment) }));
    const newCustomersByMonth = db
      .prepare(
        `SELECT substr(associated_on, 1, 7) AS month, count(*) AS count FROM customers
         WHERE associated_on >= ? GROUP BY month ORDER BY month`,
      )
      .all(`${input.sinceMonth}-01T00:00:00Z`) as { month: string; count: number }[];
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      spendByMonth,
      ordersByStatus,
      topCustomers,
      newCustomersByMonth,
      totals: { customers: count('customers'), orders: count('orders'), feeRecords: count('fee_records') },
    };
  }),
};
