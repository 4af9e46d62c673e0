import type Database from 'better-sqlite3';

/** How many counts each connection keeps: a rep's recent filters, not every one typed. */
const SIZE = 32;

interface Entry {
  /** The database's state the count was taken in: commits by others, then this connection's changes. */
  version: string;
  count: number;
}

const caches = new WeakMap<Database.Database, Map<string, Entry>>();

/** Other connections' commits (data_version) and this connection's own changes since it opened. */
function stateOf(db: Database.Database): string {
  const other = db.pragma('data_version', { simple: true }) as number;
  const own = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${other}:${own}`;
}

/**
 * `SELECT count(*) …` answered again without running while the database is unchanged.
 * Why: the order list asks for its count with every page, and a broad filter's count is an
 * index walk over most of the table (131k entries, ~9 ms on the large preset) where the
 * page itself is an index seek; scrolling one filter would count the same rows again for
 * each page. Any commit (the sync's, from the writer) or change on this connection makes
 * every entry stale. Call it inside a transaction that also reads the page, so both see
 * one snapshot (PRAGMA data_version starts the read).
 */
export function cachedCount(db: Database.Database, sql: string, params: readonly unknown[]): number {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${sql}\u0000${JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;
  const version = stateOf(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(key);
    cache.set(key, hit);
    return hit.count;
  }
  const count = db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
  cache.delete(key);
  cache.set(key, { version, count });
  if (cache.size > SIZE) cache.delete(cache.keys().next().value!);
  return count;
}
