import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DbRecovery } from '../../shared/app/schema';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { restoreDeferred } from './deferred';

/** A database written by a newer app: refused, and the file is not touched. */
export class DbTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`database schema version ${found} is newer than this app supports (${supported})`);
    this.name = 'DbTooNewError';
  }
}

export interface OpenResult {
  db: Database.Database;
  recovered: DbRecovery | null;
  migrated: number[];
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface ConnectionOptions {
  /** Where better-sqlite3's native addon lives (Electron's ABI build); default: the Node one. */
  nativeBinding?: string;
}

/** Pragmas every connection gets. WAL lets the reader connection read while the writer writes. */
export function configure(db: Database.Database, role: 'writer' | 'reader'): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (role === 'writer') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A sync commits hundreds of pages at a time into large indexes: a page cache of 8 MB
    // (2 MB by default) and a checkpoint every 64 MB of WAL (4 MB) write each hot index page
    // back far less often. The WAL file is cut back to 64 MB after a checkpoint.
    db.pragma('cache_size = -8000');
    db.pragma('wal_autocheckpoint = 16000');
    db.pragma('journal_size_limit = 67108864');
  }
}

/**
 * Checks an existing file before the app writes to it: a readable SQLite header, a schema
 * this app understands, and PRAGMA quick_check. Returns a reason when the file is damaged.
 * Throws DbTooNewError without modifying anything.
 */
function inspect(file: string, opts: ConnectionOptions): string | null {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  const read = fs.readSync(fd, header, 0, 16, 0);
  fs.closeSync(fd);
  if (read === 0) return null; // an empty file is a new database, not damage
  if (read < 16 || !header.equals(SQLITE_HEADER)) return 'not a SQLite database (bad header)';
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw new DbTooNewError(version, LATEST_SCHEMA_VERSION);
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.length ? `quick_check: ${problems.slice(0, 3).join('; ')}` : null;
  } catch (err) {
    if (err instanceof DbTooNewError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return `${code}: ${(err as Error).message}`;
    throw err;
  } finally {
    db?.close();
  }
}

/** Moves a damaged file and its WAL/SHM aside under a dated name. Nothing is deleted. */
function moveAside(file: string, reason: string): DbRecovery {
  const at = new Date().toISOString();
  const movedTo = `${file}.corrupt-${at.replace(/[:.]/g, '-')}`;
  fs.renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, movedTo + suffix);
  }
  return { movedTo, reason, at };
}

/** Opens (creating if needed), checks and migrates the writer connection. */
export function openWriter(file: string, opts: ConnectionOptions = {}): OpenResult {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let recovered: DbRecovery | null = null;
  if (fs.existsSync(file)) {
    const damage = inspect(file, opts);
    if (damage) recovered = moveAside(file, damage);
  }
  const db = new Database(file, { nativeBinding: opts.nativeBinding });
  try {
    configure(db, 'writer');
    // A bulk load killed part-way left indexes set aside: back first (the migrations expect them).
    db.transaction(() => restoreDeferred(db))();
    const migrated = migrate(db);
    return { db, recovered, migrated };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** A read-only connection to a database the writer has already opened and migrated. */
export function openReader(file: string, opts: ConnectionOptions = {}): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  configure(db, 'reader');
  return db;
}
