import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readOp, writeOp } from '../db/operation';
import { writeBlobs } from './blobs';
import { LOCAL_TABLES } from './tables';

/** `PRAGMA application_id` of a .pwbackup file ('PWB1'), so tools and the import can tell it from any SQLite file. */
export const PWBACKUP_APPLICATION_ID = 0x50574231;
export const PWBACKUP_FORMAT = 'partner-workstation-backup';
export const PWBACKUP_FORMAT_VERSION = 1;

/** Row counts of the local-only tables that exist in `schema` (main or an attached file). */
export function localCounts(db: Database.Database, schema = 'main'): Record<string, number> {
  const present = new Set(
    (db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).pluck().all() as string[]).map(String),
  );
  const out: Record<string, number> = {};
  for (const t of LOCAL_TABLES) {
    if (present.has(t.name))
      out[t.name] = db.prepare(`SELECT count(*) FROM ${schema}."${t.name}"`).pluck().get() as number;
  }
  return out;
}

/**
 * Database operations of the backups, in the writer worker.
 *
 * `backups.snapshot` is the SQLite online backup API (better-sqlite3's `db.backup()`): it
 * copies 100 pages per turn of the worker's event loop, so other writes run in between
 * (SQLite carries writes made on this same connection into the copy as it goes), and the
 * main thread only waits for one message. The copy goes to `<file>.part`, is switched to a
 * rollback journal (one self-contained file, no -wal to lose) and is renamed into place
 * only when complete: a backup that is interrupted never looks finished.
 */
export const backupOps = {
  'backups.snapshot': writeOp(
    async (db, input: { file: string; dataDir?: string }) => {
      const tmp = `${input.file}.part`;
      await fs.promises.rm(tmp, { force: true });
      const progress = await db.backup(tmp);
      const copy = new Database(tmp);
      try {
        copy.pragma('journal_mode = DELETE');
        // The certificate files the copy's rows name go into the copy (they live beside the database).
        if (input.dataDir) {
          const dataDir = input.dataDir;
          copy.transaction(() => writeBlobs(copy, 'main', dataDir))();
        }
      } finally {
        copy.close();
      }
      await fs.promises.rename(tmp, input.file);
      const { size } = await fs.promises.stat(input.file);
      return { bytes: size, pages: progress.totalPages };
      // The online backup returns a promise (it copies across turns of the event loop).
    },
    { atomic: false },
  ),

  /** Whether there is any local-only data worth an automatic backup. */
  'backups.localCounts': readOp((db, _input: undefined) => localCounts(db)),

  /**
   * The local-only tables into a new .pwbackup file (see docs/backups.md): each table
   * created with this database's own CREATE TABLE statement (types, CHECKs, STRICT), its
   * rows copied in one transaction (a consistent snapshot), plus a `pwbackup_meta` table.
   */
  'backups.exportLocal': writeOp(
    (db, input: { file: string; appVersion: string; createdAt: string; dataDir?: string }) => {
      fs.rmSync(input.file, { force: true });
      db.prepare('ATTACH DATABASE ? AS pwexport').run(input.file);
      try {
        db.pragma('pwexport.journal_mode = DELETE');
        db.pragma(`pwexport.application_id = ${PWBACKUP_APPLICATION_ID}`);
        db.pragma(`pwexport.user_version = ${Number(db.pragma('main.user_version', { simple: true }))}`);
        const counts = db.transaction(() => {
          const tables: string[] = [];
          for (const t of LOCAL_TABLES) {
            const sql = db
              .prepare("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?")
              .pluck()
              .get(t.name) as string | undefined;
            if (!sql) continue;
            db.exec(
              sql.replace(/^CREATE TABLE\s+("?)(\w+)\1/i, (_m, _q, name: string) => `CREATE TABLE pwexport."${name}"`),
            );
            db.exec(`INSERT INTO pwexport."${t.name}" SELECT * FROM main."${t.name}" ORDER BY ${t.order}`);
            tables.push(t.name);
          }
          const counts = localCounts(db, 'pwexport');
          if (input.dataDir) {
            const blobs = writeBlobs(db, 'pwexport', input.dataDir);
            if (tables.includes('certificates')) counts.certificate_file_blobs = blobs.files;
          }
          db.exec('CREATE TABLE pwexport.pwbackup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
          const put = db.prepare('INSERT INTO pwexport.pwbackup_meta (key, value) VALUES (?, ?)');
          put.run('format', PWBACKUP_FORMAT);
          put.run('formatVersion', String(PWBACKUP_FORMAT_VERSION));
          put.run('appVersion', input.appVersion);
          put.run('schemaVersion', String(db.pragma('main.user_version', { simple: true })));
          put.run('createdAt', input.createdAt);
          put.run('tables', JSON.stringify(tables));
          put.run('counts', JSON.stringify(counts));
          return counts;
        })();
        return counts;
      } finally {
        db.exec('DETACH DATABASE pwexport');
      }
    },
    // ATTACH cannot run inside a transaction; the copy opens its own after attaching.
    { atomic: false },
  ),
};
