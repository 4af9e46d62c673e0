import type { Migration } from './types';

/**
 * The API cache: everything here can be rebuilt by a full sync. Amounts are INTEGER units
 * of 10^-8 yuan (never REAL). Each row carries `sync_gen`, the generation of the scope
 * listing that last saw it: when a scope (all customers, an order window, a bill cycle…)
 * has been listed completely, rows of that scope with an older generation were deleted
 * upstream and are removed (reconciliation).
 */
export const m0002Cache: Migration = {
  version: 2,
  name: 'cache',
  up(db) {
    db.exec(`
      CREATE TABLE customers (
        customer_id      TEXT PRIMARY KEY,
        account_name     TEXT NOT NULL,
        name             TEXT,
        associated_on    TEXT,
        association_type TEXT,
        label            TEXT,
        telephone        TEXT,
        verified_status  TEXT,
        country_code     TEXT,
        customer_type    INTEGER,
        is_frozen        INTEGER,
        account_manager  TEXT,
        xaccount_id      TEXT,
        xaccount_type    TEXT,
        customer_level   TEXT,
        email            TEXT,
        sync_gen         INTEGER NOT NULL,
        synced_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE orders (
        order_id              TEXT PRIMARY KEY,
        customer_id           TEXT NOT NULL,
        service_type_code     TEXT,
        service_type_name     TEXT,
        source_type           INTEGER,
        status                INTEGER,
        order_type            INTEGER,
        amount_after_discount INTEGER,
        official_amount       INTEGER,
        measure_id            INTEGER,
        create_time           TEXT NOT NULL,
        payment_time          TEXT,
        currency              TEXT,
        contract_id           TEXT,
        amount_info           TEXT,
        enterprise_projects   TEXT,
        sub_order_infos       TEXT,
        sync_gen              INTEGER NOT NULL,
        synced_at             TEXT NOT NULL
      ) STRICT;
      CREATE INDEX orders_create_time ON orders (create_time);

      CREATE TABLE refund_infos (
        id                 TEXT PRIMARY KEY,
        order_id           TEXT NOT NULL,
        amount             INTEGER NOT NULL,
        measure_id         TEXT NOT NULL,
        customer_id        TEXT NOT NULL,
        resource_type_code TEXT NOT NULL,
        service_type_code  TEXT NOT NULL,
        resource_type_name TEXT,
        service_type_name  TEXT,
        region_code        TEXT NOT NULL,
        base_order_id      TEXT,
        sync_gen           INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX refund_infos_order ON refund_infos (order_id);

      CREATE TABLE bill_sums (
        bill_cycle              TEXT NOT NULL,
        charge_mode             TEXT NOT NULL,
        row_key                 TEXT NOT NULL,
        customer_id             TEXT NOT NULL,
        cloud_service_type      TEXT,
        cloud_service_type_name TEXT,
        bill_type               TEXT,
        amount                  INTEGER NOT NULL,
        debt_amount             INTEGER,
        adjustment_amount       INTEGER,
        discount_amount         INTEGER,
        measure_id              INTEGER,
        account_details         TEXT,
        resource_type_code      TEXT,
        resource_type_name      TEXT,
        sync_gen                INTEGER NOT NULL,
        PRIMARY KEY (bill_cycle, charge_mode, row_key)
      ) STRICT;

      CREATE TABLE fee_records (
        id                          TEXT PRIMARY KEY,
        bill_cycle                  TEXT NOT NULL,
        customer_id                 TEXT NOT NULL,
        association_type            TEXT,
        service_type_code           TEXT,
        resource_type_code          TEXT,
        service_type_name           TEXT,
        resource_type_name          TEXT,
        charging_mode               INTEGER,
        trade_time                  TEXT,
        trade_id                    TEXT,
        bill_detail_type            INTEGER,
        resource_id                 TEXT,
        resource_name               TEXT,
        product_spec_desc           TEXT,
        region_code                 TEXT,
        region_name                 TEXT,
        product_id                  TEXT,
        product_name                TEXT,
        resource_tag                TEXT,
        consume_time                TEXT,
        usage_type                  TEXT,
        usage_amount                TEXT,
        usage_measure_id            INTEGER,
        official_amount             INTEGER,
        official_discount_amount    INTEGER,
        payment_amount              INTEGER,
        cash_amount                 INTEGER,
        credit_amount               INTEGER,
        coupon_amount               INTEGER,
        flexipurchase_coupon_amount INTEGER,
        stored_value_card_amount    INTEGER,
        debt_amount                 INTEGER,
        writeoff_amount             INTEGER,
        period_type                 INTEGER,
        account_manager_id          TEXT,
        partner_id                  TEXT,
        sync_gen                    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX fee_records_scope ON fee_records (bill_cycle, customer_id);

      -- §8: which customers had spend in a cycle (drives the fee-record requests).
      CREATE TABLE cycle_customers (
        bill_cycle  TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        sync_gen    INTEGER NOT NULL,
        PRIMARY KEY (bill_cycle, customer_id)
      ) STRICT;

      -- Where each scope's listing stands: the next offset to fetch, committed in the
      -- same transaction as the page it follows, so a killed sync resumes exactly.
      CREATE TABLE sync_checkpoints (
        resource   TEXT NOT NULL,
        scope      TEXT NOT NULL,
        gen        INTEGER NOT NULL,
        next_offset INTEGER NOT NULL,
        total      INTEGER,
        done       INTEGER NOT NULL DEFAULT 0,
        records    INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (resource, scope)
      ) STRICT;

      -- Per resource: when it was last complete, and how many rows it has.
      CREATE TABLE sync_state (
        resource       TEXT PRIMARY KEY,
        last_synced_at TEXT,
        last_full_at   TEXT,
        row_count      INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE sync_runs (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        status      TEXT NOT NULL,
        plan        TEXT NOT NULL,
        requests    INTEGER NOT NULL DEFAULT 0,
        records     INTEGER NOT NULL DEFAULT 0,
        error       TEXT
      ) STRICT;

      -- Records that failed validation: kept with the reason and the raw payload, shown in
      -- the UI; one row per record (a record bad again on the next sync updates its row).
      CREATE TABLE sync_quarantine (
        resource   TEXT NOT NULL,
        record_key TEXT NOT NULL,
        reason     TEXT NOT NULL,
        payload    TEXT NOT NULL,
        seen_at    TEXT NOT NULL,
        PRIMARY KEY (resource, record_key)
      ) STRICT;
    `);
  },
};
