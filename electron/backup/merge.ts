import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ImportReport, TableChange } from '../../shared/backup/schema';
import { writeOp } from '../db/operation';
import { restoreBlobs } from './blobs';
import { inspectImport, type ImportRefusal } from './inspect';
import { LOCAL_TABLES, type LocalTable } from './tables';

export interface MergeInput {
  /** The private copy of the file (never the user's original). */
  file: string;
  fileName: string;
  bytes: number;
  latestSchema: number;
  /** The local data's fingerprint at preview time; the import is refused if it changed since. */
  expectFingerprint: string | null;
  now: string;
  actor: string;
  /** Where the certificate file store is: files the file carries are restored into it. */
  dataDir?: string;
}

export type MergeOutcome = { report: ImportReport; fingerprint: string } | ImportRefusal;

class Rollback extends Error {}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A digest of the local-only data: every invoice change bumps a revision and appends to
 * the audit trail, every setting write stamps updated_at, so any change moves it.
 */
export function localFingerprint(db: Database.Database): string {
  const parts = [
    db
      .prepare("SELECT count(*), coalesce(sum(revision), 0), coalesce(max(updated_at), '') FROM main.invoices")
      .raw()
      .get(),
    db.prepare('SELECT count(*), coalesce(max(id), 0) FROM main.invoice_audit').raw().get(),
    db
      .prepare(
        "SELECT group_concat(profile_id || ':' || prefix || ':' || next_number, ',') FROM (SELECT * FROM main.invoice_sequences ORDER BY profile_id)",
      )
      .raw()
      .get(),
    db.prepare("SELECT count(*), coalesce(max(updated_at), '') FROM main.settings").raw().get(),
    db
      .prepare("SELECT count(*), coalesce(sum(revision), 0), coalesce(max(updated_at), '') FROM main.certificates")
      .raw()
      .get(),
    db.prepare('SELECT count(*), coalesce(max(id), 0) FROM main.certificate_history').raw().get(),
    db.prepare("SELECT count(*), coalesce(max(updated_at), '') FROM main.certificate_reminders").raw().get(),
  ];
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function localColumns(db: Database.Database, table: string) {
  return (
    db.pragma(`main.table_info(${q(table)})`) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: unknown;
      pk: number;
    }[]
  ).map((c) => ({
    name: c.name,
    required: (c.notnull === 1 && c.dflt_value === null) || (c.pk > 0 && c.type.toUpperCase() !== 'INTEGER'),
  }));
}

/**
 * Bill items that issued invoices and drafts together take more than their amount of. An
 * item is found through its invoice's customer (fee_records_customer): fee records have no
 * index on the id alone (migration 9).
 */
function overInvoiced(db: Database.Database): number {
  return db
    .prepare(
      `SELECT count(*) FROM (
         SELECT i.customer_id, l.item_id, sum(l.amount) AS taken FROM main.invoice_lines l JOIN main.invoices i ON i.id = l.invoice_id
         WHERE i.status != 'voided' GROUP BY i.customer_id, l.item_id) t
       JOIN main.fee_records f ON f.customer_id = t.customer_id AND f.id = t.item_id
       WHERE f.cash_amount > 0 AND t.taken > (f.cash_amount / 1000000) * 1000000`,
    )
    .pluck()
    .get() as number;
}

/**
 * Merges a file's local-only tables into this database by the rules of tables.ts: nothing
 * local is deleted or taken back to an older version. Runs in one transaction in the
 * writer; a preview runs exactly the same statements and rolls them back, so what the
 * preview says is what the import does (as long as the fingerprint still matches).
 */
function merge(db: Database.Database, input: MergeInput, dryRun: boolean): MergeOutcome {
  const inspected = inspectImport(input.file, input.latestSchema, (t) => localColumns(db, t));
  if ('refused' in inspected) return inspected;
  const fingerprint = localFingerprint(db);
  if (input.expectFingerprint !== null && input.expectFingerprint !== fingerprint) return { refused: 'changed' };

  db.prepare('ATTACH DATABASE ? AS pwsrc').run(input.file);
  try {
    let report: ImportReport | null = null;
    try {
      db.transaction(() => {
        report = mergeTables(
          db,
          input,
          inspected.tables,
          {
            kind: inspected.kind,
            createdAt: inspected.meta.createdAt ?? null,
            appVersion: inspected.meta.appVersion ?? null,
            schemaVersion: inspected.schemaVersion,
          },
          dryRun,
        );
        if (dryRun) throw new Rollback();
      })();
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
    }
    return { report: report!, fingerprint };
  } finally {
    db.exec('DETACH DATABASE pwsrc');
  }
}

function mergeTables(
  db: Database.Database,
  input: MergeInput,
  fileTables: Map<string, string[]>,
  source: Omit<ImportReport['source'], 'fileName' | 'bytes'>,
  dryRun: boolean,
): ImportReport {
  const overBefore = overInvoiced(db);
  const changes: TableChange[] = [];
  const conflicts: ImportReport['conflicts'] = [];
  /** Invoice ids brought in (added or replaced), and those refused. */
  const imported = new Map<string, 'added' | 'updated'>();
  const skipped = new Set<string>();
  const numbers: string[] = [];

  const common = (t: LocalTable) => {
    const local = localColumns(db, t.name).map((c) => c.name);
    const file = fileTables.get(t.name)!;
    return local.filter((c) => file.includes(c));
  };

  for (const t of LOCAL_TABLES) {
    if (!fileTables.has(t.name)) continue;
    const cols = common(t);
    const list = cols.map(q).join(', ');
    const change: TableChange = { table: t.name, inFile: 0, added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
    change.inFile = db
      .prepare(`SELECT count(*) FROM pwsrc.${q(t.name)}`)
      .pluck()
      .get() as number;
    const rule = t.merge;

    if (rule.kind === 'invoice') {
      const rows = db.prepare(`SELECT id, revision, updated_at, number FROM pwsrc.invoices ORDER BY id`).all() as {
        id: string;
        revision: number;
        updated_at: string;
        number: string | null;
      }[];
      const local = db.prepare('SELECT revision, updated_at FROM main.invoices WHERE id = ?');
      const taken = db.prepare('SELECT 1 FROM main.invoices WHERE number = ? AND id != ?').pluck();
      const insert = db.prepare(`INSERT INTO main.invoices (${list}) SELECT ${list} FROM pwsrc.invoices WHERE id = ?`);
      for (const r of rows) {
        const here = local.get(r.id) as { revision: number; updated_at: string } | undefined;
        if (here && r.revision < here.revision) {
          change.keptLocal++;
          continue;
        }
        if (here && r.revision === here.revision) {
          if (r.updated_at === here.updated_at) change.unchanged++;
          else {
            change.keptLocal++;
            conflicts.push({ table: t.name, key: r.number ?? r.id, reason: 'diverged' });
          }
          continue;
        }
        if (r.number !== null && taken.get(r.number, r.id)) {
          if (here) change.keptLocal++;
          skipped.add(r.id);
          conflicts.push({ table: t.name, key: r.number, reason: 'numberTaken' });
          continue;
        }
        if (here) {
          db.prepare('DELETE FROM main.invoice_lines WHERE invoice_id = ?').run(r.id);
          db.prepare('DELETE FROM main.invoices WHERE id = ?').run(r.id);
        }
        insert.run(r.id);
        imported.set(r.id, here ? 'updated' : 'added');
        if (here) change.updated++;
        else change.added++;
        if (r.number && numbers.length < 20) numbers.push(r.number);
      }
    } else if (rule.kind === 'childOf') {
      const insert = db.prepare(
        `INSERT INTO main.${q(t.name)} (${list}) SELECT ${list} FROM pwsrc.${q(t.name)} WHERE ${q(rule.parentKey)} = ?`,
      );
      for (const [id, how] of imported) {
        const n = insert.run(id).changes;
        if (how === 'added') change.added += n;
        else change.updated += n;
      }
      change.unchanged = change.inFile - change.added - change.updated;
    } else if (rule.kind === 'appendOnly' && rule.ref) {
      change.added = mergeWithRefs(db, t.name, cols, rule.parentKey, rule.ref, skipped);
      change.unchanged = change.inFile - change.added;
    } else if (rule.kind === 'appendOnly') {
      const identity = cols.filter((c) => c !== 'id');
      const same = identity.map((c) => `m.${q(c)} IS s.${q(c)}`).join(' AND ');
      const skip = [...skipped];
      const idList = identity.map(q).join(', ');
      const sList = identity.map((c) => `s.${q(c)}`).join(', ');
      const added = db
        .prepare(
          `INSERT INTO main.${q(t.name)} (${idList})
           SELECT ${sList} FROM pwsrc.${q(t.name)} s
           WHERE s.${q(rule.parentKey)} NOT IN (SELECT value FROM json_each(?))
             AND NOT EXISTS (SELECT 1 FROM main.${q(t.name)} m WHERE ${same})
           ORDER BY s.rowid`,
        )
        .run(JSON.stringify(skip)).changes;
      change.added = added;
      change.unchanged = change.inFile - added;
    } else if (rule.kind === 'sequence') {
      const rows = db.prepare(`SELECT ${q(rule.key)} AS k, ${q(rule.counter)} AS n FROM pwsrc.${q(t.name)}`).all() as {
        k: string;
        n: number;
      }[];
      const local = db.prepare(`SELECT ${q(rule.counter)} FROM main.${q(t.name)} WHERE ${q(rule.key)} = ?`).pluck();
      for (const r of rows) {
        const here = local.get(r.k) as number | undefined;
        if (here === undefined) {
          db.prepare(
            `INSERT INTO main.${q(t.name)} (${list}) SELECT ${list} FROM pwsrc.${q(t.name)} WHERE ${q(rule.key)} = ?`,
          ).run(r.k);
          change.added++;
        } else if (r.n > here) {
          db.prepare(`UPDATE main.${q(t.name)} SET ${q(rule.counter)} = ? WHERE ${q(rule.key)} = ?`).run(r.n, r.k);
          change.updated++;
        } else change.unchanged++;
      }
    } else {
      const rows = db.prepare(`SELECT ${q(rule.key)} AS k, ${q(rule.newer)} AS v FROM pwsrc.${q(t.name)}`).all() as {
        k: string;
        v: string;
      }[];
      const local = db.prepare(`SELECT ${q(rule.newer)} FROM main.${q(t.name)} WHERE ${q(rule.key)} = ?`).pluck();
      const same = db
        .prepare(
          `SELECT 1 FROM main.${q(t.name)} m JOIN pwsrc.${q(t.name)} s ON s.${q(rule.key)} = m.${q(rule.key)}
           WHERE m.${q(rule.key)} = ? AND ${cols
             .filter((c) => c !== rule.newer)
             .map((c) => `m.${q(c)} IS s.${q(c)}`)
             .join(' AND ')}`,
        )
        .pluck();
      const put = db.prepare(
        `INSERT OR REPLACE INTO main.${q(t.name)} (${list}) SELECT ${list} FROM pwsrc.${q(t.name)} WHERE ${q(rule.key)} = ?`,
      );
      for (const r of rows) {
        const here = local.get(r.k) as string | undefined;
        if (here === undefined) {
          put.run(r.k);
          change.added++;
        } else if (same.get(r.k)) change.unchanged++;
        else if (r.v > here) {
          put.run(r.k);
          change.updated++;
        } else change.keptLocal++;
      }
    }
    changes.push(change);
  }

  // Certificate files the merged rows name, written into the store before the rows commit.
  const files = restoreBlobs(db, 'pwsrc', input.dataDir, dryRun);
  if (files) changes.push(files);

  // Every invoice the import brought in says so in its own trail.
  const note = db.prepare(
    'INSERT INTO main.invoice_audit (invoice_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [id, how] of imported)
    note.run(id, input.now, input.actor, 'import', JSON.stringify({ from: input.fileName, how }));

  const span = fileTables.has('invoices')
    ? (db
        .prepare(
          'SELECT min(coalesce(issued_at, created_at)) AS a, max(coalesce(issued_at, created_at)) AS b FROM pwsrc.invoices',
        )
        .get() as {
        a: string | null;
        b: string | null;
      })
    : { a: null, b: null };
  const overAfter = overInvoiced(db);
  return {
    source: { ...source, fileName: input.fileName, bytes: input.bytes },
    tables: changes,
    conflicts,
    invoiceNumbers: numbers,
    invoicesFrom: span.a,
    invoicesTo: span.b,
    overInvoicedItems: Math.max(0, overAfter - overBefore),
    nothingToDo: changes.every((c) => c.added === 0 && c.updated === 0),
  };
}

export const mergeOps = {
  /** What an import would change: the merge run and rolled back. */
  // ATTACH cannot run inside a transaction: merge() opens its own after attaching.
  'backups.previewMerge': writeOp((db, input: MergeInput): MergeOutcome => merge(db, input, true), { atomic: false }),
  /** The import itself, durable: one transaction, all or nothing. */
  'backups.merge': writeOp((db, input: MergeInput): MergeOutcome => merge(db, input, false), {
    durable: true,
    atomic: false,
  }),
};

/**
 * Append-only rows where one names an earlier one by id (an undo and the entry it undoes).
 * Ids are renumbered as rows join the local table, so each reference is translated to the
 * local id of the row it named — found again by its content or just inserted — before the
 * row itself is compared and added. Rows come in id order: a reference always points back.
 */
function mergeWithRefs(
  db: Database.Database,
  table: string,
  cols: string[],
  parentKey: string,
  ref: string,
  skipped: Iterable<string>,
): number {
  const skip = new Set(skipped);
  const identity = cols.filter((c) => c !== 'id');
  const rows = db.prepare(`SELECT * FROM pwsrc.${q(table)} ORDER BY id`).all() as Record<string, unknown>[];
  const find = db
    .prepare(`SELECT id FROM main.${q(table)} WHERE ${identity.map((c) => `${q(c)} IS ?`).join(' AND ')}`)
    .pluck();
  const insert = db.prepare(
    `INSERT INTO main.${q(table)} (${identity.map(q).join(', ')}) VALUES (${identity.map(() => '?').join(', ')})`,
  );
  const local = new Map<unknown, number | bigint>();
  let added = 0;
  for (const r of rows) {
    if (skip.has(String(r[parentKey]))) continue;
    const values = identity.map((c) => (c === ref && r[c] !== null ? (local.get(r[c]) ?? r[c]) : r[c]));
    const here = find.get(...values) as number | undefined;
    if (here !== undefined) local.set(r.id, here);
    else {
      local.set(r.id, insert.run(...values).lastInsertRowid);
      added++;
    }
  }
  return added;
}
