import type { Migration } from './types';

/**
 * Per customer and cycle, the sums the Bills screen reads (issue 5), so that one cycle's
 * totals and its customers never sum a million fee records. Every amount is summed per
 * record on the INTEGER units (10^-8 yuan): `settled` truncates each record toward zero to
 * the cent (SQLite's integer division truncates toward zero), `erase` (抹零) keeps each
 * record's remainder, so official = settled + erase holds record by record and in the sums.
 * Refunds are bill_detail_type 4/20/24, adjustments 9/16 (shared/bills/kinds.ts).
 */
export const BILL_TOTALS_SELECT = `
  SELECT bill_cycle, customer_id, count(*),
    coalesce(sum(official_amount), 0),
    coalesce(sum((official_amount / 1000000) * 1000000), 0),
    coalesce(sum(official_amount % 1000000), 0),
    count(CASE WHEN bill_detail_type IN (4, 20, 24) THEN 1 END),
    coalesce(sum(CASE WHEN bill_detail_type IN (4, 20, 24) THEN official_amount END), 0),
    count(CASE WHEN bill_detail_type IN (9, 16) THEN 1 END),
    coalesce(sum(CASE WHEN bill_detail_type IN (9, 16) THEN official_amount END), 0),
    count(CASE WHEN writeoff_amount != 0 THEN 1 END),
    coalesce(sum(writeoff_amount), 0)
  FROM fee_records`;

export const m0005Bills: Migration = {
  version: 5,
  name: 'bills',
  up(db) {
    db.exec(`
      CREATE TABLE bill_totals (
        bill_cycle          TEXT NOT NULL,
        customer_id         TEXT NOT NULL,
        records             INTEGER NOT NULL,
        official            INTEGER NOT NULL,
        settled             INTEGER NOT NULL,
        erase               INTEGER NOT NULL,
        refund_records      INTEGER NOT NULL,
        refund_official     INTEGER NOT NULL,
        adjustment_records  INTEGER NOT NULL,
        adjustment_official INTEGER NOT NULL,
        writeoff_records    INTEGER NOT NULL,
        writeoff_amount     INTEGER NOT NULL,
        PRIMARY KEY (bill_cycle, customer_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO bill_totals ${BILL_TOTALS_SELECT} GROUP BY bill_cycle, customer_id;
    `);
  },
};
