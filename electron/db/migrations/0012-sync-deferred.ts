import type { Migration } from './types';

/**
 * Indexes, triggers and refill statements a bulk load set aside (electron/db/deferred.ts):
 * the first full sync fills an empty orders table without its secondary indexes and search
 * triggers and builds them once at the end. Kept in the database, in the transaction that
 * dropped them, so a process killed mid-load leaves the exact statements to put them back
 * (openWriter does, before anything else touches the file).
 */
export const m0012SyncDeferred: Migration = {
  version: 12,
  name: 'sync-deferred',
  up(db) {
    db.exec(`
      CREATE TABLE sync_deferred (
        seq  INTEGER PRIMARY KEY,
        tbl  TEXT NOT NULL,
        name TEXT,
        sql  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
