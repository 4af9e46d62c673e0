import type Database from 'better-sqlite3';
import { readOp, writeOp } from '../db/operation';
import { stmt } from '../db/statements';
import { RESOURCES, VISIBLE_RESOURCES, type ResourceName } from './resources';
import { PAGE_SIZE, decodePage, type DecodedPage, type TaskSpec } from './tasks';
import { refreshDerived } from './derived';
import { deferObjects, restoreDeferred } from '../db/deferred';
import { ORDERS_BULK_LOAD } from './bulk-load';

export interface RunRow {
  id: number;
  kind: 'full' | 'incremental';
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'finished' | 'failed' | 'cancelled' | 'abandoned';
  plan: string;
  requests: number;
  records: number;
  error: string | null;
}

export interface Checkpoint {
  gen: number;
  next_offset: number;
  total: number | null;
  done: number;
  records: number;
}

export interface PageInput {
  resource: ResourceName;
  scope: string;
  gen: number;
  /** The offset this page was fetched at; a page that does not continue the checkpoint is ignored. */
  offset: number;
  rows: unknown[][];
  quarantine: { key: string; reason: string; payload: string }[];
  /** Keys of the page's valid records: they leave the quarantine if they were in it. */
  validKeys: string[];
  nextOffset: number;
  total: number | null;
  done: boolean;
  now: string;
}

function upsertSql(resource: ResourceName): string {
  const spec = RESOURCES[resource];
  const cols = [...spec.columns, 'sync_gen'];
  const keys: readonly string[] = spec.key;
  const updates = cols.filter((c) => !keys.includes(c)).map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
          ON CONFLICT (${spec.key.join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
}

function getCheckpoint(db: Database.Database, resource: string, scope: string): Checkpoint | null {
  return (
    (stmt(
      db,
      'cp.get',
      () => 'SELECT gen, next_offset, total, done, records FROM sync_checkpoints WHERE resource = ? AND scope = ?',
    ).get(resource, scope) as Checkpoint | undefined) ?? null
  );
}

/**
 * Stores one page: its rows (upserted with the run's generation), its quarantined records,
 * and the checkpoint that says where to continue. On the last page of a scope, rows of that
 * scope this run did not see are deleted (reconciliation). A page that does not continue the
 * checkpoint (a duplicate) changes nothing. All or nothing: the writer runs every write
 * operation in a transaction of its own (a savepoint inside a group commit), so this opens
 * none itself (a nested one was two more statements per page).
 */
function storePage(db: Database.Database, p: PageInput): { applied: boolean; deleted: number } {
  const cp = getCheckpoint(db, p.resource, p.scope);
  const expected = cp && cp.gen === p.gen ? cp.next_offset : 0;
  if (p.offset !== expected || (cp && cp.gen === p.gen && cp.done)) return { applied: false, deleted: 0 };
  const upsert = stmt(db, `up.${p.resource}`, () => upsertSql(p.resource));
  for (const row of p.rows) upsert.run(...row, p.gen);
  const quarantine = stmt(
    db,
    'q.up',
    () => `INSERT INTO sync_quarantine (resource, record_key, reason, payload, seen_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (resource, record_key) DO UPDATE SET reason = excluded.reason, payload = excluded.payload, seen_at = excluded.seen_at`,
  );
  for (const q of p.quarantine) quarantine.run(p.resource, q.key, q.reason, q.payload, p.now);
  if (
    p.validKeys.length &&
    stmt(db, 'q.any', () => 'SELECT 1 FROM sync_quarantine WHERE resource = ? LIMIT 1').get(p.resource)
  ) {
    const release = stmt(db, 'q.del', () => 'DELETE FROM sync_quarantine WHERE resource = ? AND record_key = ?');
    for (const key of p.validKeys) release.run(p.resource, key);
  }
  const records = (cp && cp.gen === p.gen ? cp.records : 0) + p.rows.length;
  stmt(
    db,
    'cp.put',
    () => `INSERT INTO sync_checkpoints (resource, scope, gen, next_offset, total, done, records, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (resource, scope) DO UPDATE SET gen = excluded.gen, next_offset = excluded.next_offset, total = excluded.total,
           done = excluded.done, records = excluded.records, updated_at = excluded.updated_at`,
  ).run(p.resource, p.scope, p.gen, p.nextOffset, p.total, p.done ? 1 : 0, records, p.now);
  let deleted = 0;
  if (p.done) {
    const spec = RESOURCES[p.resource];
    const where = spec.scopeWhere(p.scope);
    deleted = stmt(
      db,
      `rec.${p.resource}.${where.sql}`,
      () => `DELETE FROM ${spec.table} WHERE (${where.sql}) AND sync_gen < ?`,
    ).run(...where.params, p.gen).changes;
    refreshDerived(db, p.resource, p.scope);
    stmt(
      db,
      'state.put',
      () => `INSERT INTO sync_state (resource, last_synced_at) VALUES (?, ?)
             ON CONFLICT (resource) DO UPDATE SET last_synced_at = excluded.last_synced_at`,
    ).run(p.resource, p.now);
  }
  return { applied: true, deleted };
}

const utf8 = new TextDecoder();

interface IngestInput {
  task: TaskSpec;
  gen: number;
  offset: number;
  /** The response body, until the page is decoded. */
  body?: Uint8Array | string;
  page?: DecodedPage;
  now: string;
}

/** Where a scope goes on after a decoded page, and what the page holds: known before it is stored. */
export interface PageOutcome {
  nextOffset: number;
  total: number | null;
  done: boolean;
  records: number;
  quarantined: number;
}

function pageOutcome(task: TaskSpec, offset: number, page: DecodedPage): PageOutcome {
  const nextOffset = offset + page.fetched;
  const done = !task.paged || page.fetched < PAGE_SIZE || (page.total !== null && nextOffset >= page.total);
  return { nextOffset, total: page.total, done, records: page.rows.length, quarantined: page.bad.length };
}

/** Decodes the body into the page (throws PageDecodeError for a body that is not the API's). */
function preparePage(input: IngestInput): IngestInput {
  if (input.page) return input;
  const text = typeof input.body === 'string' ? input.body : utf8.decode(input.body);
  return {
    task: input.task,
    gen: input.gen,
    offset: input.offset,
    now: input.now,
    page: decodePage(input.task, text, input.offset, input.now),
  };
}

export const syncOps = {
  /** The unfinished run to resume, or a new one with this plan. */
  'sync.openRun': writeOp((db, input: { kind: 'full' | 'incremental'; plan: string; now: string; resume: boolean }) => {
    const open = db.prepare("SELECT * FROM sync_runs WHERE status = 'running' ORDER BY id DESC LIMIT 1").get() as
      RunRow | undefined;
    if (open && input.resume && (open.kind === input.kind || open.kind === 'full')) return { run: open, resumed: true };
    if (open)
      db.prepare("UPDATE sync_runs SET status = 'abandoned', finished_at = ? WHERE id = ?").run(input.now, open.id);
    const id = db
      .prepare("INSERT INTO sync_runs (kind, started_at, status, plan) VALUES (?, ?, 'running', ?)")
      .run(input.kind, input.now, input.plan).lastInsertRowid;
    return { run: db.prepare('SELECT * FROM sync_runs WHERE id = ?').get(id) as RunRow, resumed: false };
  }),

  'sync.finishRun': writeOp(
    (
      db,
      input: {
        id: number;
        status: RunRow['status'];
        error: string | null;
        requests: number;
        records: number;
        now: string;
        kind: string;
      },
    ) => {
      db.transaction(() => {
        db.prepare(
          'UPDATE sync_runs SET status = ?, error = ?, requests = requests + ?, records = records + ?, finished_at = ? WHERE id = ?',
        ).run(input.status, input.error, input.requests, input.records, input.now, input.id);
        if (input.status === 'finished' && input.kind === 'full') {
          for (const r of VISIBLE_RESOURCES) {
            db.prepare(
              'INSERT INTO sync_state (resource, last_full_at) VALUES (?, ?) ON CONFLICT (resource) DO UPDATE SET last_full_at = excluded.last_full_at',
            ).run(r, input.now);
          }
        }
      })();
    },
  ),

  /** Adds to a running run's counters (so a resumed run keeps its totals). */
  'sync.countRun': writeOp((db, input: { id: number; requests: number; records: number }) => {
    db.prepare('UPDATE sync_runs SET requests = requests + ?, records = records + ? WHERE id = ?').run(
      input.requests,
      input.records,
      input.id,
    );
  }),

  'sync.checkpoint': readOp((db, input: { resource: ResourceName; scope: string }) =>
    getCheckpoint(db, input.resource, input.scope),
  ),

  /** All checkpoints of one run generation, to know which scopes are done. */
  'sync.runCheckpoints': readOp((db, gen: number) => {
    return db
      .prepare('SELECT resource, scope, next_offset, total, done, records FROM sync_checkpoints WHERE gen = ?')
      .all(gen) as {
      resource: ResourceName;
      scope: string;
      next_offset: number;
      total: number | null;
      done: number;
      records: number;
    }[];
  }),

  /**
   * One fetched page, as the response body: decoded, validated and mapped (`prepare`, on the
   * reader thread when it is up: the main thread only does HTTP, the writer only writes),
   * then stored by ingest(). Called with the body alone, the writer decodes it itself.
   */
  'sync.ingestRaw': writeOp(
    (db, input: IngestInput) => {
      const page = preparePage(input).page!;
      const outcome = pageOutcome(input.task, input.offset, page);
      const { nextOffset, done } = outcome;
      const result = storePage(db, {
        resource: input.task.resource,
        scope: input.task.scope,
        gen: input.gen,
        offset: input.offset,
        rows: page.rows,
        quarantine: page.bad,
        validKeys: page.keys,
        nextOffset,
        total: page.total,
        done,
        now: input.now,
      });
      return { ...result, ...outcome };
    },
    {
      groupCommit: true,
      prepare: preparePage,
      preview: (input): PageOutcome => pageOutcome(input.task, input.offset, input.page!),
    },
  ),

  /** Sets the orders' secondary indexes and search triggers aside if the table is empty (bulk-load.ts); whether it did. */
  'sync.bulkLoadBegin': writeOp((db, _input: undefined) => deferObjects(db, ORDERS_BULK_LOAD)),

  /** Builds what bulkLoadBegin set aside (seconds on a large account: one sort per index). */
  'sync.bulkLoadEnd': writeOp((db, _input: undefined) => restoreDeferred(db)),

  'sync.cycleCustomers': readOp((db, cycle: string) => {
    return db
      .prepare('SELECT customer_id FROM cycle_customers WHERE bill_cycle = ? ORDER BY customer_id')
      .pluck()
      .all(cycle) as string[];
  }),

  /**
   * Orders that may carry refund amounts (§4, one request each): unsubscribes (4),
   * subscription-to-on-demand (10) and changes (3, which may be downgrades — only §4 tells).
   * Asked for when never fetched, and again while recent (their details can still change).
   */
  'sync.refundOrders': readOp((db, input: { recentFrom: string }) => {
    return db
      .prepare(
        `SELECT o.order_id, o.customer_id FROM orders o
         WHERE o.order_type IN (3, 4, 10)
           AND (o.create_time >= ? OR NOT EXISTS (
                 SELECT 1 FROM sync_checkpoints c WHERE c.resource = 'refund_infos' AND c.scope = o.order_id AND c.done = 1))
         ORDER BY o.create_time DESC`,
      )
      .all(input.recentFrom) as { order_id: string; customer_id: string }[];
  }),

  /** Orders in a state that can still change, created before `before` (outside the trailing window). */
  'sync.openOrders': readOp((db, input: { before: string }) => {
    return db
      .prepare(
        'SELECT order_id FROM orders WHERE status IN (1, 2, 3, 6, 9, 10, 11, 12, 13) AND create_time < ? ORDER BY create_time',
      )
      .pluck()
      .all(input.before) as string[];
  }),

  /** What the Sync screen shows per resource. */
  'sync.summary': readOp((db, _input: undefined) => {
    const state = new Map(
      (
        db.prepare('SELECT resource, last_synced_at, last_full_at FROM sync_state').all() as {
          resource: string;
          last_synced_at: string | null;
          last_full_at: string | null;
        }[]
      ).map((r) => [r.resource, r]),
    );
    const quarantined = new Map(
      (
        db.prepare('SELECT resource, count(*) n FROM sync_quarantine GROUP BY resource').all() as {
          resource: string;
          n: number;
        }[]
      ).map((r) => [r.resource, r.n]),
    );
    const resources = VISIBLE_RESOURCES.map((r) => ({
      resource: r,
      rows: (db.prepare(`SELECT count(*) FROM ${RESOURCES[r].table}`).pluck().get() as number) ?? 0,
      quarantined: quarantined.get(r) ?? 0,
      lastSyncedAt: state.get(r)?.last_synced_at ?? null,
      lastFullAt: state.get(r)?.last_full_at ?? null,
    }));
    const lastRun =
      (db.prepare('SELECT * FROM sync_runs ORDER BY id DESC LIMIT 1').get() as RunRow | undefined) ?? null;
    return { resources, lastRun };
  }),

  'sync.quarantineList': readOp((db, input: { offset: number; limit: number }) => {
    const total = db.prepare('SELECT count(*) FROM sync_quarantine').pluck().get() as number;
    const rows = db
      .prepare(
        'SELECT resource, record_key, reason, payload, seen_at FROM sync_quarantine ORDER BY seen_at DESC, resource, record_key LIMIT ? OFFSET ?',
      )
      .all(input.limit, input.offset) as {
      resource: string;
      record_key: string;
      reason: string;
      payload: string;
      seen_at: string;
    }[];
    return { total, rows };
  }),
};
