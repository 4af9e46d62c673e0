import type { Migration } from './types';

/**
 * Orders counted per day and status, kept by triggers (issue 4): per creation day
 * (`basis` 'c') and per payment day ('p', paid orders only). The order list shows a count
 * of its matches with every page; the commonest filters, a status and a created or paid
 * range, were counted by walking an index over every match: 131k entries, ~9-12 ms of a
 * page's 10 ms budget on the large preset. Summed from this table they are a range of a few
 * hundred rows. The sync stores times as `yyyy-MM-ddTHH:mm:ssZ` (its schema refuses others),
 * so an order is within the list's [day 00:00:00Z, day 23:59:59Z] bounds exactly when its
 * day is. A NULL status is counted under -1, which no status filter asks for.
 *
 * Keyed by basis and day first (a range, with or without a status, is one range of the
 * key), and indexed by status (a status alone). Days whose count falls to 0 stay as 0
 * (harmless to a sum; the sync rarely deletes).
 */
export const m0011OrderDayCounts: Migration = {
  version: 11,
  name: 'order-day-counts',
  up(db) {
    const add = (basis: string, time: string, row: string) => `
        INSERT INTO orders_day_counts (basis, day, status, n)
          SELECT '${basis}', substr(${row}.${time}, 1, 10), coalesce(${row}.status, -1), 1 WHERE ${row}.${time} IS NOT NULL
          ON CONFLICT (basis, day, status) DO UPDATE SET n = n + 1;`;
    const remove = (basis: string, time: string) => `
        UPDATE orders_day_counts SET n = n - 1
          WHERE basis = '${basis}' AND day = substr(old.${time}, 1, 10) AND status = coalesce(old.status, -1);`;
    db.exec(`
      CREATE TABLE orders_day_counts (
        basis  TEXT NOT NULL CHECK (basis IN ('c', 'p')),
        day    TEXT NOT NULL,
        status INTEGER NOT NULL,
        n      INTEGER NOT NULL,
        PRIMARY KEY (basis, day, status)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX orders_day_counts_status ON orders_day_counts (basis, status, day, n);

      INSERT INTO orders_day_counts (basis, day, status, n)
        SELECT 'c', substr(create_time, 1, 10), coalesce(status, -1), count(*) FROM orders GROUP BY 2, 3;
      INSERT INTO orders_day_counts (basis, day, status, n)
        SELECT 'p', substr(payment_time, 1, 10), coalesce(status, -1), count(*) FROM orders
        WHERE payment_time IS NOT NULL GROUP BY 2, 3;

      CREATE TRIGGER orders_day_counts_ai AFTER INSERT ON orders BEGIN
        ${add('c', 'create_time', 'new')}
        ${add('p', 'payment_time', 'new')}
      END;
      CREATE TRIGGER orders_day_counts_ad AFTER DELETE ON orders BEGIN
        ${remove('c', 'create_time')}
        ${remove('p', 'payment_time')}
      END;
      CREATE TRIGGER orders_day_counts_au AFTER UPDATE OF status, create_time, payment_time ON orders
        WHEN old.status IS NOT new.status OR old.create_time IS NOT new.create_time
          OR old.payment_time IS NOT new.payment_time BEGIN
        ${remove('c', 'create_time')}
        ${remove('p', 'payment_time')}
        ${add('c', 'create_time', 'new')}
        ${add('p', 'payment_time', 'new')}
      END;
    `);
  },
};
