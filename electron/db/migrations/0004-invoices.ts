import type { Migration } from './types';

/**
 * Invoices (issue 5): local-only data — it exists nowhere else, so the writes are durable
 * and the tables are in every backup. Amounts are INTEGER units of 10^-8 yuan like the
 * cache (invoice amounts are whole cents, i.e. multiples of 10^6 units).
 *
 * - invoices: one per invoice, draft → issued → voided; `number` is given at issue from
 *   the profile's sequence and never reused; `revision` guards against a stale save.
 * - invoice_lines: what the invoice takes from which invoiceable item (a fee record).
 *   Lines of drafts and issued invoices reduce an item's remaining amount; voided ones don't.
 * - invoice_audit: append-only trail of every change (who, when, what).
 * - invoice_sequences: per partner profile, the number prefix and the next number.
 * - fee_records_customer: the invoiceable items of one customer, oldest first.
 */
export const m0004Invoices: Migration = {
  version: 4,
  name: 'invoices',
  up(db) {
    db.exec(`
      CREATE TABLE invoices (
        id               TEXT PRIMARY KEY,
        profile_id       TEXT NOT NULL,
        customer_id      TEXT NOT NULL,
        customer_name    TEXT,
        type             TEXT NOT NULL CHECK (type IN ('ordinary', 'special')),
        status           TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'voided')),
        number           TEXT UNIQUE,
        mode             TEXT NOT NULL CHECK (mode IN ('amount', 'pick')),
        requested_amount INTEGER,
        total_amount     INTEGER NOT NULL DEFAULT 0,
        buyer_name       TEXT NOT NULL DEFAULT '',
        buyer_credit_code TEXT NOT NULL DEFAULT '',
        buyer_address    TEXT NOT NULL DEFAULT '',
        buyer_phone      TEXT NOT NULL DEFAULT '',
        buyer_bank       TEXT NOT NULL DEFAULT '',
        buyer_account    TEXT NOT NULL DEFAULT '',
        note             TEXT NOT NULL DEFAULT '',
        revision         INTEGER NOT NULL DEFAULT 1,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        issued_at        TEXT,
        voided_at        TEXT,
        void_reason      TEXT,
        CHECK ((status = 'draft') = (number IS NULL))
      ) STRICT;
      CREATE INDEX invoices_status ON invoices (status, updated_at);
      CREATE INDEX invoices_customer ON invoices (customer_id, updated_at);

      CREATE TABLE invoice_lines (
        invoice_id  TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        line_no     INTEGER NOT NULL,
        item_id     TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('refund', 'adjustment', 'bill')),
        item_time   TEXT,
        amount      INTEGER NOT NULL,
        item_amount INTEGER NOT NULL,
        reason      TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (invoice_id, line_no)
      ) STRICT;
      CREATE INDEX invoice_lines_item ON invoice_lines (item_id);

      CREATE TABLE invoice_audit (
        id         INTEGER PRIMARY KEY,
        invoice_id TEXT NOT NULL,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        detail     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX invoice_audit_invoice ON invoice_audit (invoice_id, id);
      CREATE TRIGGER invoice_audit_append_only_u BEFORE UPDATE ON invoice_audit
        BEGIN SELECT RAISE(ABORT, 'invoice_audit is append-only'); END;
      CREATE TRIGGER invoice_audit_append_only_d BEFORE DELETE ON invoice_audit
        BEGIN SELECT RAISE(ABORT, 'invoice_audit is append-only'); END;

      CREATE TABLE invoice_sequences (
        profile_id  TEXT PRIMARY KEY,
        prefix      TEXT NOT NULL,
        next_number INTEGER NOT NULL CHECK (next_number >= 1)
      ) STRICT;

      CREATE INDEX fee_records_customer ON fee_records (customer_id, consume_time);
    `);
  },
};
