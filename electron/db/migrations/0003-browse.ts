import type { Migration } from './types';

/**
 * What the customer, order and dashboard screens read (issue 4): indexes for every list
 * filter and sort, trigram full-text search, a 1–2 character gram index (trigram needs
 * three), per-customer-and-cycle fee totals kept by the sync, and cached order details.
 */
export const m0003Browse: Migration = {
  version: 3,
  name: 'browse',
  up(db) {
    db.exec(`
      CREATE INDEX customers_name ON customers (name COLLATE NOCASE, customer_id);
      CREATE INDEX customers_account ON customers (account_name);
      CREATE INDEX customers_associated_on ON customers (associated_on, customer_id);
      CREATE INDEX customers_association_type ON customers (association_type, associated_on);
      CREATE INDEX customers_label ON customers (label, associated_on);
      CREATE INDEX customers_verified ON customers (verified_status, associated_on);
      CREATE INDEX customers_frozen ON customers (is_frozen, associated_on);
      CREATE INDEX customers_level ON customers (customer_level, associated_on);
      CREATE INDEX customers_manager ON customers (account_manager, associated_on);

      CREATE INDEX orders_payment_time ON orders (payment_time);
      CREATE INDEX orders_amount ON orders (amount_after_discount);
      CREATE INDEX orders_customer ON orders (customer_id, create_time);
      CREATE INDEX orders_status ON orders (status, create_time);
      CREATE INDEX orders_type ON orders (order_type, create_time);
      CREATE INDEX orders_service ON orders (service_type_code, create_time);

      -- Full-text search, Chinese and Latin, any part of a word (trigram, case-insensitive).
      CREATE VIRTUAL TABLE customers_fts USING fts5 (
        name, account_name, customer_id, content = 'customers', content_rowid = 'rowid', tokenize = 'trigram'
      );
      CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts (rowid, name, account_name, customer_id) VALUES (new.rowid, new.name, new.account_name, new.customer_id);
      END;
      CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, account_name, customer_id) VALUES ('delete', old.rowid, old.name, old.account_name, old.customer_id);
      END;
      CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, account_name, customer_id ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, account_name, customer_id) VALUES ('delete', old.rowid, old.name, old.account_name, old.customer_id);
        INSERT INTO customers_fts (rowid, name, account_name, customer_id) VALUES (new.rowid, new.name, new.account_name, new.customer_id);
      END;
      INSERT INTO customers_fts (customers_fts) VALUES ('rebuild');

      CREATE VIRTUAL TABLE orders_fts USING fts5 (
        order_id, service_type_name, content = 'orders', content_rowid = 'rowid', tokenize = 'trigram'
      );
      CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts (rowid, order_id, service_type_name) VALUES (new.rowid, new.order_id, new.service_type_name);
      END;
      CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN
        INSERT INTO orders_fts (orders_fts, rowid, order_id, service_type_name) VALUES ('delete', old.rowid, old.order_id, old.service_type_name);
      END;
      CREATE TRIGGER orders_fts_au AFTER UPDATE OF order_id, service_type_name ON orders BEGIN
        INSERT INTO orders_fts (orders_fts, rowid, order_id, service_type_name) VALUES ('delete', old.rowid, old.order_id, old.service_type_name);
        INSERT INTO orders_fts (rowid, order_id, service_type_name) VALUES (new.rowid, new.order_id, new.service_type_name);
      END;
      INSERT INTO orders_fts (orders_fts) VALUES ('rebuild');

      -- 1- and 2-character pieces of customer names and account names, rebuilt after each
      -- customer sync (the trigram index cannot answer queries shorter than 3 characters).
      CREATE TABLE customer_grams (
        gram        TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        PRIMARY KEY (gram, customer_id)
      ) STRICT, WITHOUT ROWID;

      -- Fee totals per customer and cycle, refreshed when that scope's records are stored:
      -- the dashboard and bills read these instead of summing a million rows.
      CREATE TABLE fee_totals (
        bill_cycle      TEXT NOT NULL,
        customer_id     TEXT NOT NULL,
        records         INTEGER NOT NULL,
        official_amount INTEGER NOT NULL,
        payment_amount  INTEGER NOT NULL,
        PRIMARY KEY (bill_cycle, customer_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO fee_totals
        SELECT bill_cycle, customer_id, count(*), coalesce(sum(official_amount), 0), coalesce(sum(payment_amount), 0)
        FROM fee_records GROUP BY bill_cycle, customer_id;
      CREATE INDEX fee_totals_customer ON fee_totals (customer_id, bill_cycle);

      -- §3 order details, fetched on demand and kept for offline use.
      CREATE TABLE order_details (
        order_id   TEXT PRIMARY KEY,
        fetched_at TEXT NOT NULL,
        order_info TEXT NOT NULL,
        line_items TEXT NOT NULL,
        total_line_items INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
