import { readOp, writeOp } from '../db/operation';

/** Raw settings rows; the service validates values against the shared schema. */
export const settingsOps = {
  'settings.readAll': readOp((db, _input: undefined) => {
    return db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  }),
  'settings.write': writeOp(
    (db, entries: { key: string; value: string }[]) => {
      const upsert = db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      );
      const now = new Date().toISOString();
      db.transaction(() => entries.forEach((e) => upsert.run(e.key, e.value, now)))();
    },
    { durable: true },
  ),
};
