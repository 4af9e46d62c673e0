import { readOp } from './operation';

/** Facts about the open database file itself, for the About view and db.status. */
export const dbInfoOps = {
  'db.info': readOp((db, _input: undefined) => ({
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
  })),
  /** A trivial indexed read, used by the worker round-trip benchmark and health checks. */
  'db.ping': readOp((db, key: string) => {
    return (
      (db.prepare('SELECT key, value FROM settings WHERE key = ?').get(key) as
        { key: string; value: string } | undefined) ?? null
    );
  }),
};
