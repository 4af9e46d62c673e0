import type { Migration } from './types';

/**
 * Order search by id prefix (issue 4). Order ids are `CS` + yymmddhhmm + a suffix, so a
 * typed prefix such as "CS25" is inside every 2025 order's id: the trigram index over the
 * whole id answered it with a 90k-row doclist, read in full before any page was cut.
 *
 * - orders_fts now indexes the id without its first character (`id_tail`) beside the service
 *   name. An id contains a text exactly when it starts with it or its tail contains it, and
 *   the start is the prefix range below, so the index no longer holds the long runs every
 *   id shares at its start: "CS25" is found in no tail at all. The table is contentless
 *   (the orders table has no id_tail column to read back) with contentless_delete, so the
 *   triggers delete by rowid and never need the old values. The sync's upsert sets every
 *   column of a stored order again; only a changed id or service name is indexed again.
 * - orders_id_search: the prefix range, case-folded like the trigram index (ids are ASCII,
 *   where SQLite's upper() is the same fold), carrying the sort columns, so the newest 50 of
 *   90k matching ids are picked from the index without reading a row.
 */
export const m0008OrderSearch: Migration = {
  version: 8,
  name: 'order-search',
  up(db) {
    db.exec(`
      DROP TRIGGER orders_fts_ai;
      DROP TRIGGER orders_fts_ad;
      DROP TRIGGER orders_fts_au;
      DROP TABLE orders_fts;

      CREATE VIRTUAL TABLE orders_fts USING fts5 (
        id_tail, service_type_name, content = '', contentless_delete = 1, tokenize = 'trigram'
      );
      CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts (rowid, id_tail, service_type_name)
          VALUES (new.rowid, substr(new.order_id, 2), new.service_type_name);
      END;
      CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN
        DELETE FROM orders_fts WHERE rowid = old.rowid;
      END;
      CREATE TRIGGER orders_fts_au AFTER UPDATE OF order_id, service_type_name ON orders
        WHEN old.order_id IS NOT new.order_id OR old.service_type_name IS NOT new.service_type_name
          OR old.rowid IS NOT new.rowid BEGIN
        DELETE FROM orders_fts WHERE rowid = old.rowid;
        INSERT INTO orders_fts (rowid, id_tail, service_type_name)
          VALUES (new.rowid, substr(new.order_id, 2), new.service_type_name);
      END;
      INSERT INTO orders_fts (rowid, id_tail, service_type_name)
        SELECT rowid, substr(order_id, 2), service_type_name FROM orders ORDER BY rowid;
      INSERT INTO orders_fts (orders_fts) VALUES ('optimize');

      CREATE INDEX orders_id_search ON orders (upper(order_id), create_time, payment_time, amount_after_discount);
    `);
  },
};
