import type Database from 'better-sqlite3';

/**
 * Bulk loading an empty table: its secondary indexes and some of its triggers are dropped
 * while it fills, then built once. An index built by CREATE INDEX over a full table is one
 * sort; kept up to date row by row it is a random B-tree insert per row and index. On the
 * large preset's 198k orders: 109-114 µs an order inserted with everything in place, 19 µs
 * without the secondary indexes and search triggers plus 2.3-2.5 s to build them after.
 *
 * What was dropped is written to sync_deferred (migration 12) in the same transaction, with
 * the statements that refill what the triggers would have filled. restoreDeferred() runs
 * them all and empties the table, in one transaction: at the end of the load, and when the
 * writer opens a file a killed load left behind.
 */
export interface DeferSpec {
  table: string;
  /** Indexes the load itself needs (its upsert's key is the table's own) or that keep the app's default views fast meanwhile. */
  keepIndexes: readonly string[];
  /** Triggers to drop, by name prefix. */
  triggerPrefix: string;
  /** What the dropped triggers would have written, as statements over the filled table. */
  refill: readonly string[];
}

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/**
 * Sets aside `spec`'s indexes and triggers if its table is empty and nothing is set aside
 * already; returns whether it did. Run inside a transaction.
 */
export function deferObjects(db: Database.Database, spec: DeferSpec): boolean {
  if (db.prepare('SELECT 1 FROM sync_deferred LIMIT 1').get()) return false;
  if (db.prepare(`SELECT 1 FROM ${spec.table} LIMIT 1`).get()) return false;
  const objects = (
    db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE tbl_name = ? AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND substr(name, 1, ?) = ?))
         ORDER BY type, name`,
      )
      .all(spec.table, spec.triggerPrefix.length, spec.triggerPrefix) as { type: string; name: string; sql: string }[]
  )
    // A unique index is a rule, not a shortcut: it stays.
    .filter((o) => o.type === 'trigger' || (!spec.keepIndexes.includes(o.name) && !/^CREATE UNIQUE/i.test(o.sql)));
  if (objects.length === 0) return false;
  const note = db.prepare('INSERT INTO sync_deferred (tbl, name, sql) VALUES (?, ?, ?)');
  // Indexes first, then the refill, then the triggers: the refill never fires a trigger twice.
  for (const o of objects.filter((x) => x.type === 'index')) note.run(spec.table, o.name, o.sql);
  if (objects.some((o) => o.type === 'trigger')) for (const sql of spec.refill) note.run(spec.table, null, sql);
  for (const o of objects.filter((x) => x.type === 'trigger')) note.run(spec.table, o.name, o.sql);
  for (const o of objects) db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} ${o.name}`);
  return true;
}

/** Puts back whatever is set aside (building the indexes, refilling, recreating the triggers); returns how many statements ran. */
export function restoreDeferred(db: Database.Database): number {
  if (!hasTable(db, 'sync_deferred')) return 0;
  const rows = db.prepare('SELECT seq, sql FROM sync_deferred ORDER BY seq').all() as { seq: number; sql: string }[];
  for (const r of rows) db.exec(r.sql);
  if (rows.length) db.prepare('DELETE FROM sync_deferred').run();
  return rows.length;
}
