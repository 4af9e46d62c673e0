import type Database from 'better-sqlite3';
import { readVerifiedSync, writeBlobSync } from '../certificates/store';

/**
 * Certificate files in backups. The files live in the content-addressed store beside the
 * database (`<dataDir>/certificates/`), so a copy of the database alone would lose them:
 * every backup — the automatic whole-database copies and the `.pwbackup` export — carries
 * the files its certificates name in one more table, `certificate_file_blobs` (sha256 →
 * bytes). An import writes back, crash-safely and hash-checked, those the store lacks,
 * before the rows that name them are committed.
 */
export const BLOB_TABLE = 'certificate_file_blobs';

const CREATE = (schema: string) =>
  `CREATE TABLE IF NOT EXISTS ${schema}.${BLOB_TABLE} (
     sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
     bytes  INTEGER NOT NULL,
     data   BLOB NOT NULL
   ) STRICT`;

function hasTable(db: Database.Database, schema: string, name: string): boolean {
  return Boolean(
    db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(name),
  );
}

/**
 * Copies into `schema` (a backup or export being written) the stored file of every
 * certificate `schema` itself holds, each hashed again on the way. A file missing or changed
 * on disk is left out (it could not be restored from this backup either way) and counted.
 */
export function writeBlobs(db: Database.Database, schema: string, dataDir: string): { files: number; missing: number } {
  if (!hasTable(db, schema, 'certificates')) return { files: 0, missing: 0 };
  db.exec(CREATE(schema));
  const refs = db
    .prepare(`SELECT DISTINCT file_sha256 FROM ${schema}.certificates WHERE file_sha256 IS NOT NULL ORDER BY 1`)
    .pluck()
    .all() as string[];
  const put = db.prepare(`INSERT OR REPLACE INTO ${schema}.${BLOB_TABLE} (sha256, bytes, data) VALUES (?, ?, ?)`);
  let files = 0;
  let missing = 0;
  for (const sha of refs) {
    const data = readVerifiedSync(dataDir, sha);
    if (!data) {
      missing++;
      continue;
    }
    put.run(sha, data.length, data);
    files++;
  }
  return { files, missing };
}

/**
 * After an import's rows are merged (same transaction, not yet committed): the files the
 * merged certificates name that the store lacks, from the source's blob table. `dryRun`
 * (the preview) only counts. A blob whose bytes do not hash to its name is not written.
 */
export function restoreBlobs(
  db: Database.Database,
  source: string,
  dataDir: string | undefined,
  dryRun: boolean,
): { table: string; inFile: number; added: number; updated: number; unchanged: number; keptLocal: number } | null {
  if (!dataDir || !hasTable(db, source, BLOB_TABLE) || !hasTable(db, 'main', 'certificates')) return null;
  const inFile = db.prepare(`SELECT count(*) FROM ${source}.${BLOB_TABLE}`).pluck().get() as number;
  const wanted = db
    .prepare(
      `SELECT b.sha256 FROM ${source}.${BLOB_TABLE} b
       WHERE b.sha256 IN (SELECT file_sha256 FROM main.certificates WHERE file_sha256 IS NOT NULL) ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
  const blob = db.prepare(`SELECT data FROM ${source}.${BLOB_TABLE} WHERE sha256 = ?`).pluck();
  let added = 0;
  let unchanged = 0;
  for (const sha of wanted) {
    if (readVerifiedSync(dataDir, sha)) {
      unchanged++;
      continue;
    }
    if (dryRun) added++;
    else if (writeBlobSync(dataDir, sha, blob.get(sha) as Buffer)) added++;
  }
  return { table: BLOB_TABLE, inFile, added, updated: 0, unchanged, keptLocal: inFile - added - unchanged };
}
