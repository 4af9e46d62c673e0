import type { DeferSpec } from '../db/deferred';

/**
 * The first full sync fills an empty orders table (200k orders on the large preset): its
 * secondary indexes and its search-index triggers are set aside meanwhile and built once
 * when the orders are in (electron/db/deferred.ts). Kept: the creation-time index, which the
 * order list's default sort and each order window's reconciliation use while the sync
 * runs, and the per-day counts' triggers, which the list's counts read. Until the load ends,
 * other sorts of the order list scan, and search does not see the orders still loading.
 */
export const ORDERS_BULK_LOAD: DeferSpec = {
  table: 'orders',
  keepIndexes: ['orders_create_time'],
  triggerPrefix: 'orders_fts_',
  // What orders_fts_ai (migration 8) writes for each order, for every order at once.
  refill: [
    "INSERT INTO orders_fts (orders_fts) VALUES ('delete-all')",
    `INSERT INTO orders_fts (rowid, id_tail, service_type_name)
       SELECT rowid, substr(order_id, 2), service_type_name FROM orders ORDER BY rowid`,
  ],
};
