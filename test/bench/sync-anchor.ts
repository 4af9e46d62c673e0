/**
 * The anchors of the ingest benchmark, built from the sandbox's own records (the same seed,
 * scale and clock as the sandbox process, so the same data) for the scopes of the same
 * full-sync plan, page by page as the API serves them (100 records, the sandbox's own JSON
 * writer). Three figures, interleaved page by page so machine noise lands on all alike:
 *
 *  - raw insert: the mapped rows (tasks.ts decodePage → the mappers, RESOURCES column
 *    order) inserted by one prepared plain INSERT per table, one transaction per 10k rows,
 *    into a fresh database migrated by openWriter (the app's pragmas): the floor of the disk
 *    side, the "same rows into the same schema" anchor;
 *  - decode: decodePage alone (parseLossless, zod validation, mapping) on one thread;
 *  - writer replay: the writer worker's very operation (`sync.ingestRaw` given the page as
 *    the reader prepares it: upsert, checkpoint, one transaction per page, reconciliation;
 *    the orders bulk-loaded as a first sync loads them, their index build included)
 *    called on this thread against another fresh database: what the writer worker could
 *    sustain if it never waited for a page, i.e. the ceiling of the app's pipeline.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { deferObjects, restoreDeferred } from '../../electron/db/deferred';
import { openWriter } from '../../electron/db/open';
import { ORDERS_BULK_LOAD } from '../../electron/sync/bulk-load';
import { startSandbox, type Scale } from '../../electron/sandbox';
import { toJson } from '../../electron/sandbox/json';
import { makePlan } from '../../electron/sync/plan';
import { syncOps } from '../../electron/sync/repository';
import { RESOURCES, type ResourceName } from '../../electron/sync/resources';
import { PAGE_SIZE, decodePage, taskSpecs, type TaskSpec } from '../../electron/sync/tasks';

const RAW_BATCH = 10_000;

export interface AnchorResult {
  rows: number;
  pages: number;
  rowsByResource: Record<string, number>;
  /** Seconds inside the raw-insert transactions only. */
  rawSeconds: number;
  /** Seconds inside decodePage only. */
  decodeSeconds: number;
  /** Seconds inside the sync.ingestRaw operation, on the decoded page (as the writer gets it). */
  replaySeconds: number;
  /** Seconds for the sandbox to produce the records and the JSON pages (not the app's). */
  generateSeconds: number;
}

/** `sync_gen` is the last column of every cache table. */
function insertSql(resource: ResourceName): string {
  const spec = RESOURCES[resource];
  const cols = [...spec.columns, 'sync_gen'];
  return `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
}

function* chunks<T>(list: readonly T[], size = PAGE_SIZE): Generator<T[]> {
  if (list.length === 0) yield [];
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/**
 * Builds the pages and measures the three anchors into two fresh databases under `dir`.
 * `log` gets a progress line now and then (the large preset takes minutes).
 */
export async function measureAnchors(opts: {
  dir: string;
  scale: Scale;
  seed: number | string;
  now: Date;
  /** the plan is made from the real clock, as the engine makes it */
  planNow: number;
  log: (message: string) => void;
}): Promise<AnchorResult> {
  const sb = await startSandbox({ port: 0, scale: opts.scale, seed: opts.seed, ratePerSec: 0, now: opts.now });
  const raw = openWriter(path.join(opts.dir, 'raw.db')).db;
  const replay = openWriter(path.join(opts.dir, 'replay.db')).db;
  const out: AnchorResult = {
    rows: 0,
    pages: 0,
    rowsByResource: {},
    rawSeconds: 0,
    decodeSeconds: 0,
    replaySeconds: 0,
    generateSeconds: 0,
  };
  const statements = new Map<ResourceName, Database.Statement>();
  const pending = new Map<ResourceName, unknown[][]>();
  const flush = (resource: ResourceName) => {
    const rows = pending.get(resource);
    if (!rows?.length) return;
    let stmt = statements.get(resource);
    if (!stmt) statements.set(resource, (stmt = raw.prepare(insertSql(resource))));
    const insert = stmt;
    const t0 = performance.now();
    raw.transaction(() => {
      for (const row of rows) insert.run(...row, 1);
    })();
    out.rawSeconds += (performance.now() - t0) / 1000;
    rows.length = 0;
  };
  const ingestRaw = syncOps['sync.ingestRaw'];
  // Each page in a transaction of its own, as the writer worker runs every write operation
  // (made once: db.transaction() builds its wrappers on every call).
  const replayPage = replay.transaction((input: Parameters<typeof ingestRaw.run>[1]) => ingestRaw.run(replay, input));
  const iso = new Date().toISOString();
  let lastLog = performance.now();

  /** One scope, served as the API pages it: decode, replay, raw-insert its rows. */
  const scope = (task: TaskSpec, pages: Iterable<object>) => {
    let offset = 0;
    let t = performance.now();
    for (const body of pages) {
      const text = toJson(body);
      out.generateSeconds += (performance.now() - t) / 1000;

      const t0 = performance.now();
      const page = decodePage(task, text, offset, iso);
      const t1 = performance.now();
      const result = replayPage({ task, gen: 1, offset, page, now: iso });
      const t2 = performance.now();
      out.decodeSeconds += (t1 - t0) / 1000;
      out.replaySeconds += (t2 - t1) / 1000;
      if (!result.applied || page.bad.length)
        throw new Error(`anchor page not stored cleanly: ${task.scope}@${offset}`);

      out.pages++;
      out.rows += page.rows.length;
      out.rowsByResource[task.resource] = (out.rowsByResource[task.resource] ?? 0) + page.rows.length;
      const batch = pending.get(task.resource) ?? [];
      pending.set(task.resource, batch);
      for (const row of page.rows) {
        batch.push(row);
        if (batch.length >= RAW_BATCH) flush(task.resource);
      }
      offset = result.nextOffset;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        opts.log(`  anchors: ${out.rows} rows, ${out.pages} pages…`);
      }
      t = performance.now();
    }
    out.generateSeconds += (performance.now() - t) / 1000;
  };
  /** The sandbox's own records of a scope, with the time it takes counted as generation. */
  const produce = <T>(make: () => T): T => {
    const t0 = performance.now();
    const v = make();
    out.generateSeconds += (performance.now() - t0) / 1000;
    return v;
  };

  try {
    const d = sb.data;
    const plan = makePlan('full', opts.planNow);

    const customers = produce(() => d.customers());
    scope(
      taskSpecs.customers(),
      [...chunks(customers)].map((list) => ({ count: customers.length, customer_infos: list })),
    );

    const allOrders = produce(() => [...d.orders()]);
    // The replay fills its empty orders table as the sync's phase A does (bulk-load.ts):
    // the indexes set aside meanwhile are built after the orders, and the build is timed.
    const timedReplay = (fn: () => unknown) => {
      const t0 = performance.now();
      replay.transaction(fn)();
      out.replaySeconds += (performance.now() - t0) / 1000;
    };
    timedReplay(() => deferObjects(replay, ORDERS_BULK_LOAD));
    for (const [from, to] of plan.orderWindows) {
      const list = allOrders.filter((o) => o.create_time! >= from && o.create_time! < to);
      scope(
        taskSpecs.orders(from, to),
        [...chunks(list)].map((page) => ({ total_count: list.length, order_infos: page })),
      );
    }
    timedReplay(() => restoreDeferred(replay));
    for (const cycle of plan.cycles) {
      const consumers = produce(() => d.consumeSubCustomers(cycle));
      scope(
        taskSpecs.cycleCustomers(cycle),
        [...chunks(consumers)].map((ids) => ({
          total_count: consumers.length,
          sub_customers: ids.map((customer_id) => ({ customer_id })),
        })),
      );
      for (const mode of ['1', '3'] as const) {
        const sums = produce(() => d.billSums(cycle, mode));
        scope(
          taskSpecs.billSums(cycle, mode),
          [...chunks(sums)].map((page) => ({ count: sums.length, currency: 'CNY', bill_sums: page })),
        );
      }
    }
    for (const cycle of plan.cycles) {
      for (const customer of produce(() => d.consumeSubCustomers(cycle))) {
        const fees = produce(() => d.feeRecords(customer, cycle));
        scope(
          taskSpecs.feeRecords(cycle, customer),
          [...chunks(fees)].map((page) => ({ total_count: fees.length, currency: 'CNY', fee_records: page })),
        );
      }
    }
    // One request per order that may carry refund amounts, as sync.refundOrders picks them.
    for (const o of allOrders) {
      if (![3, 4, 10].includes(Number(o.order_type))) continue;
      const infos = produce(() => d.refundInfos(o.order_id!));
      scope(taskSpecs.refundInfos(o.order_id!, o.customer_id!), [{ total_count: infos.length, refund_infos: infos }]);
    }
    for (const resource of pending.keys()) flush(resource);
    return out;
  } finally {
    raw.close();
    replay.close();
    await sb.close();
  }
}
