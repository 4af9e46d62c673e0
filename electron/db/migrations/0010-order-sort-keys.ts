import type { Migration } from './types';

/**
 * Order list sorts by amount and by paid time break ties by creation time, then rowid
 * (issue 4: equal amounts list newest first), and each has an index in exactly that order,
 * alone and after the status:
 *
 * - orders_amount and orders_payment_time gain create_time, so the unfiltered sort and the
 *   first-pages probe still walk an index with no sort step.
 * - orders_status_amount and orders_status_paid: a status filter (most of the orders, for
 *   "completed") sorted by amount or paid time. Without them SQLite read every match
 *   through orders_status and sorted it: 131k orders of the large preset, 66 ms for the
 *   first page and 212 ms for one 118k rows deep. The index carries create_time, so the
 *   created-range filter is checked in it and the rows OFFSET skips are never read (with the
 *   list's reversal past the middle, that deep page: 2 ms).
 */
export const m0010OrderSortKeys: Migration = {
  version: 10,
  name: 'order-sort-keys',
  up(db) {
    db.exec(`
      DROP INDEX orders_amount;
      DROP INDEX orders_payment_time;
      CREATE INDEX orders_amount ON orders (amount_after_discount, create_time);
      CREATE INDEX orders_payment_time ON orders (payment_time, create_time);
      CREATE INDEX orders_status_amount ON orders (status, amount_after_discount, create_time);
      CREATE INDEX orders_status_paid ON orders (status, payment_time, create_time);
    `);
  },
};
