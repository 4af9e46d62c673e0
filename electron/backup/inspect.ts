import fs from 'node:fs';
import Database from 'better-sqlite3';
import { PWBACKUP_APPLICATION_ID, PWBACKUP_FORMAT } from './snapshot';
import { LOCAL_TABLES } from './tables';

/** Why a file cannot be imported; the service says it in the user's language. Nothing was changed. */
export type ImportRefusal =
  | { refused: 'notSqlite' }
  | { refused: 'damaged'; detail: string }
  | { refused: 'foreign' }
  | { refused: 'tooNew'; found: number; supported: number }
  | { refused: 'incompatible'; table: string; column: string }
  | { refused: 'changed' };

export interface Inspected {
  kind: 'export' | 'database';
  schemaVersion: number;
  meta: Record<string, string>;
  /** The local-only tables the file has, with their columns. */
  tables: Map<string, string[]>;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Checks a private copy of a file before anything is read from it into the database:
 * a SQLite header, then — opened read-only — what it is (a .pwbackup export by its
 * application id and meta table, or a workstation database by its settings table and
 * schema version), a schema this app knows, each local-only table intact
 * (`PRAGMA integrity_check(table)`: only what would be imported must be sound, so a big
 * database copy is checked quickly) and its columns fitting this database's tables.
 * A WAL-mode file is switched to a rollback journal in the copy's header first, so it
 * opens read-only without -wal/-shm files (a copied database never has its -wal).
 */
export function inspectImport(
  file: string,
  latestSchema: number,
  localColumns: (table: string) => { name: string; required: boolean }[],
): Inspected | ImportRefusal {
  const fd = fs.openSync(file, 'r+');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) return { refused: 'notSqlite' };
    if (header[18] === 2 || header[19] === 2) fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    fs.closeSync(fd);
  }
  let src: Database.Database | null = null;
  try {
    src = new Database(file, { readonly: true, fileMustExist: true });
    const names = new Set(src.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const schemaVersion = Number(src.pragma('user_version', { simple: true }));
    const appId = Number(src.pragma('application_id', { simple: true }));
    let kind: Inspected['kind'];
    let meta: Record<string, string> = {};
    if (appId === PWBACKUP_APPLICATION_ID && names.has('pwbackup_meta')) {
      meta = Object.fromEntries(
        (src.prepare('SELECT key, value FROM pwbackup_meta').all() as { key: string; value: string }[]).map((r) => [
          r.key,
          r.value,
        ]),
      );
      if (meta.format !== PWBACKUP_FORMAT) return { refused: 'foreign' };
      kind = 'export';
    } else if (appId === 0 && names.has('settings') && schemaVersion >= 1) {
      kind = 'database';
    } else return { refused: 'foreign' };
    if (schemaVersion > latestSchema) return { refused: 'tooNew', found: schemaVersion, supported: latestSchema };

    const tables = new Map<string, string[]>();
    for (const t of LOCAL_TABLES) {
      if (!names.has(t.name)) continue;
      const problems = (src.pragma(`integrity_check("${t.name}")`) as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .filter((r) => r !== 'ok');
      if (problems.length) return { refused: 'damaged', detail: problems.slice(0, 2).join('; ').slice(0, 200) };
      // Reading every row once proves the pages are there (a truncated file fails here).
      src.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get();
      const columns = (src.pragma(`table_info("${t.name}")`) as { name: string }[]).map((c) => c.name);
      for (const c of localColumns(t.name)) {
        if (c.required && !columns.includes(c.name)) return { refused: 'incompatible', table: t.name, column: c.name };
      }
      tables.set(t.name, columns);
    }
    if (kind === 'database' && !tables.has('invoices') && !tables.has('settings')) return { refused: 'foreign' };
    return { kind, schemaVersion, meta, tables };
  } catch (err) {
    const code = String((err as { code?: string }).code ?? '');
    if (/^SQLITE_(CORRUPT|NOTADB|CANTOPEN|IOERR)/.test(code) || /malformed|not a database/i.test(String(err)))
      return { refused: 'damaged', detail: String((err as Error).message ?? err).slice(0, 200) };
    throw err;
  } finally {
    src?.close();
  }
}
