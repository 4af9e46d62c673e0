import type Database from 'better-sqlite3';

/** Prepared statements per connection, built once: hot paths (a synced page) must not re-prepare SQL. */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement cached under `key` for this connection; `sql` is called only the first time. */
export function stmt(db: Database.Database, key: string, sql: () => string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(key);
  if (!s) m.set(key, (s = db.prepare(sql())));
  return s;
}
