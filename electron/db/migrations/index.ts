import type Database from 'better-sqlite3';
import { m0001Settings } from './0001-settings';
import { m0002Cache } from './0002-cache';
import { m0003Browse } from './0003-browse';
import { m0004Invoices } from './0004-invoices';
import { m0005Bills } from './0005-bills';
import { m0006Qrcodes } from './0006-qrcodes';
import { m0007Certificates } from './0007-certificates';
import { m0008OrderSearch } from './0008-order-search';
import { m0009FeeRecordsKey } from './0009-fee-records-key';
import { m0010OrderSortKeys } from './0010-order-sort-keys';
import { m0011OrderDayCounts } from './0011-order-day-counts';
import { m0012SyncDeferred } from './0012-sync-deferred';
import type { Migration } from './types';

export type { Migration };

/** All migrations, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Settings,
  m0002Cache,
  m0003Browse,
  m0004Invoices,
  m0005Bills,
  m0006Qrcodes,
  m0007Certificates,
  m0008OrderSearch,
  m0009FeeRecordsKey,
  m0010OrderSortKeys,
  m0011OrderDayCounts,
  m0012SyncDeferred,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration above the file's user_version, each in its own transaction
 * together with its version bump, so a crash leaves the file at a whole version.
 * `upTo` exists for migration tests.
 */
export function migrate(db: Database.Database, upTo = LATEST_SCHEMA_VERSION): number[] {
  const applied: number[] = [];
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  for (const m of MIGRATIONS) {
    if (m.version > upTo || m.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
