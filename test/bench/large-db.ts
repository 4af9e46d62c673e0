/**
 * A synced database of the large sandbox preset (≈ 5k customers, 200k orders, 1M fee
 * records) for the browse benchmarks. A full sync takes minutes, so the first one is kept
 * under test/.output/bench-cache/, named for the schema version and the seed; later runs
 * copy that file into their own data directory. A cache from an older schema version is
 * copied and migrated forward, as the app upgrades a user's file (the later migrations add
 * local-only tables, which a sync does not fill); a newer one is never used. Old files are
 * left for `rm -r test/.output/bench-cache` to clear.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrate } from '../../electron/db/migrations';
import { loadAverage } from './proc';
import { APP_CONCURRENCY, SEED, cliSync } from './sync-rig';
import { benchNow, startSandboxProcess } from './sandbox-process';
import { ROOT } from './support';

const SCALE = 'large';
const CACHE_DIR = path.join(ROOT, 'test/.output/bench-cache');
const cacheFile = (version: number) => path.join(CACHE_DIR, `${SCALE}-v${version}-${SEED}.db`);
export const LARGE_DB_FILE = cacheFile(LATEST_SCHEMA_VERSION);

/** The newest cache at this schema version or below. */
function newestCache(): string | null {
  for (let v = LATEST_SCHEMA_VERSION; v >= 1; v--) if (fs.existsSync(cacheFile(v))) return cacheFile(v);
  return null;
}

export interface LargeDb {
  /** The data directory holding the copy (workstation.db). */
  dataDir: string;
  file: string;
  /** How the copy was made: from the cache, or by a sync run now (and its time). */
  source: 'cache' | 'sync';
  syncSeconds: number | null;
}

/** One full sync of the large preset from an unthrottled sandbox process into `dataDir`; the file is left checkpointed. */
async function syncLarge(dataDir: string, log: (m: string) => void): Promise<number> {
  const sb = await startSandboxProcess({ scale: SCALE, seed: SEED, ratePerSec: 0, now: benchNow() });
  try {
    log(`large-db: syncing the ${SCALE} preset (a few minutes; load average ${loadAverage().toFixed(2)})…`);
    const outcome = await cliSync(dataDir, sb, APP_CONCURRENCY);
    log(`large-db: synced ${outcome.records} records in ${outcome.seconds.toFixed(0)} s`);
    const db = new Database(path.join(dataDir, 'workstation.db'));
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return outcome.seconds;
  } finally {
    await sb.close();
  }
}

/**
 * Puts a synced large database at `<dataDir>/workstation.db`: a copy of the cache, or a
 * new sync that then fills the cache (written under a temporary name and renamed, so a
 * run stopped half-way never leaves a partial cache).
 */
export async function largeDb(dataDir: string, log: (m: string) => void): Promise<LargeDb> {
  const file = path.join(dataDir, 'workstation.db');
  fs.mkdirSync(dataDir, { recursive: true });
  const cached = newestCache();
  if (cached) {
    fs.copyFileSync(cached, file);
    if (cached !== LARGE_DB_FILE) {
      const db = new Database(file);
      try {
        migrate(db);
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    }
    log(`large-db: copied the cached ${path.relative(ROOT, cached)}${cached === LARGE_DB_FILE ? '' : ', migrated'}`);
    return { dataDir, file, source: 'cache', syncSeconds: null };
  }
  log(`large-db: no cache at ${path.relative(ROOT, LARGE_DB_FILE)}`);
  const seconds = await syncLarge(dataDir, log);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${LARGE_DB_FILE}.${process.pid}.part`;
  fs.copyFileSync(file, tmp);
  fs.renameSync(tmp, LARGE_DB_FILE);
  log(`large-db: cached as ${path.relative(ROOT, LARGE_DB_FILE)}`);
  return { dataDir, file, source: 'sync', syncSeconds: seconds };
}
