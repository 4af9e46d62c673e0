import type { DbClient } from '../db/client';
import type { BssClient } from './bss-client';
import type { SyncPlan } from './plan';
import type { ProgressTracker } from './progress';
import { backoffMs } from './backoff';
import type { Checkpoint } from './repository';
import { CommitWindow } from './commit-window';
import { Slots } from './slots';
import { PAGE_SIZE, pageRequest, taskSpecs as tasks, type TaskSpec } from './tasks';

/**
 * Scopes under way per request slot of an API. A scope waits for each page's preview (the
 * reader decoding it) before it asks for the next or ends, and most scopes are one page:
 * with one scope per slot the HTTP slots sat idle while pages were decoded. More scopes
 * than slots keep the slots busy; the slots still bound the requests in flight.
 */
const SCOPES_PER_SLOT = 16;

/**
 * Pages (and bytes of their bodies) handed to the database and not yet committed, at most.
 * Deep enough that the writer's groups fill (it commits up to 256 at once) while the next
 * pages are decoded. Bodies waiting to be decoded and decoded pages waiting for the writer
 * are held in the workers: a shallow window bounds them (the app's peak RSS in a large sync
 * was 285 MB with this window, 290 MB with 1024 pages / 16 MB, budget 300 MB).
 */
const UNSTORED_PAGES = 256;
const UNSTORED_BYTES = 4 * 1024 * 1024;

export interface RunContext {
  db: DbClient;
  client: BssClient;
  plan: SyncPlan;
  /** The run id is the generation every row written by this run carries. */
  gen: number;
  progress: ProgressTracker;
  signal: AbortSignal;
  /** Requests in flight at most, across all scopes and pages read ahead. */
  concurrency: number;
  onPage?: () => void;
}

interface TaskContext extends RunContext {
  /** Requests in flight per API: one API's pages read ahead never hold up another API's. */
  slots: (api: string) => Slots;
  /** Pages handed to the writer whose commit is still to come. */
  unstored: CommitWindow;
}

export interface RunTotals {
  records: number;
  quarantined: number;
  pages: number;
}

/** Runs tasks with at most `n` at once, pulled from `items` as they are needed; the first failure stops the rest. */
async function pool<T>(
  items: Iterable<T>,
  n: number,
  signal: AbortSignal,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const it = items[Symbol.iterator]();
  let failure: unknown = null;
  const worker = async () => {
    while (failure === null) {
      signal.throwIfAborted();
      const next = it.next();
      if (next.done) return;
      try {
        await fn(next.value);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, n) }, worker));
  if (failure !== null) throw failure;
}

/**
 * Executes one sync run in three phases. A: the lists that define everything else
 * (customers, order windows, customers with spend per cycle, monthly sums). B: what those
 * lists point at (fee records per customer and cycle, refund details, open orders).
 * C: local reconciliation of each cycle's fee records. Every page is committed with its
 * checkpoint, so calling this again for the same run continues where it stopped.
 *
 * Phase B of a large account has a hundred thousand scopes: they are made one at a time
 * from id lists as the pool pulls them, never held as a list of task objects.
 */
export async function executeRun(ctx: RunContext): Promise<RunTotals> {
  const totals: RunTotals = { records: 0, quarantined: 0, pages: 0 };
  const cps = new Map<string, Checkpoint>();
  for (const cp of await ctx.db.run('sync.runCheckpoints', ctx.gen))
    cps.set(`${cp.resource}|${cp.scope}`, { ...cp, gen: ctx.gen });
  const isDone = (t: TaskSpec) => cps.get(`${t.resource}|${t.scope}`)?.done === 1;
  /** Counts a phase's scopes into the progress, then yields the ones still to do. */
  const plan = (make: () => Iterable<TaskSpec>): Iterable<TaskSpec> => {
    for (const t of make()) ctx.progress.planned(t.resource, isDone(t));
    return filter(make(), (t) => !isDone(t));
  };
  const slots = new Map<string, Slots>();
  const unstored = new CommitWindow(UNSTORED_PAGES, UNSTORED_BYTES);
  const tctx: TaskContext = {
    ...ctx,
    slots: (api) => slots.get(api) ?? slots.set(api, new Slots(ctx.concurrency)).get(api)!,
    unstored,
  };
  /**
   * Flow control is per API: each API's scopes get a pool of their own and all pools run at
   * once, so every API works at its own limit for as long as it has scopes. A phase ends
   * when its pages are committed (the next one reads what it stored); one that fails still
   * waits for the pages already handed on, so the run's totals count every page stored.
   */
  const byApi = async (lists: Iterable<TaskSpec>[]) => {
    try {
      await Promise.all(lists.map((list) => pool(list, ctx.concurrency * SCOPES_PER_SLOT, ctx.signal, run)));
    } catch (err) {
      await unstored.drain().catch(() => {});
      throw err;
    }
    await unstored.drain();
  };
  const run = (t: TaskSpec) => runTask(tctx, t, cps.get(`${t.resource}|${t.scope}`) ?? null, totals);

  const { plan: p } = ctx;
  // A first sync fills an empty orders table: its secondary indexes are built once the orders
  // are in (bulk-load.ts), before phase B reads them. Put back whether phase A ends or fails.
  const bulkLoad = await ctx.db.run('sync.bulkLoadBegin', undefined);
  try {
    await byApi([
      plan(() => [tasks.customers()]),
      plan(() => p.orderWindows.map(([from, to]) => tasks.orders(from, to))),
      plan(() => p.cycles.map((c) => tasks.cycleCustomers(c))),
      plan(() => p.cycles.flatMap((c) => [tasks.billSums(c, '1'), tasks.billSums(c, '3')])),
    ]);
  } catch (err) {
    if (bulkLoad) await ctx.db.run('sync.bulkLoadEnd', undefined).catch(() => {}); // else: at the next open
    throw err;
  }
  if (bulkLoad) await ctx.db.run('sync.bulkLoadEnd', undefined);

  const customersByCycle: Array<[string, string[]]> = [];
  for (const cycle of p.cycles) customersByCycle.push([cycle, await ctx.db.run('sync.cycleCustomers', cycle)]);
  const refunds = await ctx.db.run('sync.refundOrders', { recentFrom: p.refundsFrom });
  const open = p.openOrdersBefore ? await ctx.db.run('sync.openOrders', { before: p.openOrdersBefore }) : [];
  function* feeTasks() {
    for (const [cycle, customers] of customersByCycle)
      for (const customer of customers) yield tasks.feeRecords(cycle, customer);
  }
  function* refundTasks() {
    for (const o of refunds) yield tasks.refundInfos(o.order_id, o.customer_id);
  }
  function* openTasks() {
    for (const id of open) yield tasks.order(id);
  }
  await byApi([plan(feeTasks), plan(refundTasks), plan(openTasks)]);

  const phaseC = plan(() => p.cycles.map((c) => tasks.feeCycleReconcile(c)));
  try {
    await pool(phaseC, 1, ctx.signal, run);
  } finally {
    await unstored.drain();
  }
  return totals;
}

function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * Lists one scope to its end from its checkpoint. Once a page has told the total, the next
 * pages are fetched ahead (the API pages by offset), but they are stored strictly in
 * order, each committed with its checkpoint: a crash still resumes at the first page not
 * stored, and a page read ahead is never stored out of turn.
 */
async function runTask(ctx: TaskContext, task: TaskSpec, cp: Checkpoint | null, totals: RunTotals): Promise<void> {
  let offset = cp && !cp.done ? cp.next_offset : 0;
  const fetchPage = (at: number): Promise<Uint8Array> => {
    const req = pageRequest(task, at);
    return req ? ctx.slots(req.api).use(() => ctx.client.fetchBytes(req)) : Promise.resolve(new Uint8Array(0));
  };
  const ahead = new Map<number, Promise<Uint8Array>>();
  const readAhead = (from: number, total: number | null) => {
    if (!task.paged || total === null) return;
    for (let at = from, n = 0; at < total && n < ctx.concurrency; at += PAGE_SIZE, n++) {
      if (ahead.has(at)) continue;
      const p = fetchPage(at);
      p.catch(() => {}); // a page read ahead may never be awaited (the scope ended, the run failed)
      ahead.set(at, p);
    }
  };
  try {
    for (let badPages = 0; ;) {
      ctx.signal.throwIfAborted();
      const pending = ahead.get(offset);
      ahead.delete(offset);
      const body = await (pending ?? fetchPage(offset));
      const bytes = body.byteLength;
      await ctx.unstored.admit(bytes);
      // The body's buffer moves to the database workers (no copy); the main thread never decodes page text.
      const staged = ctx.db.runStaged(
        'sync.ingestRaw',
        { task, gen: ctx.gen, offset, body, now: new Date().toISOString() },
        bytes ? [body.buffer as ArrayBuffer] : [],
      );
      let page;
      try {
        page = await staged.preview;
      } catch (err) {
        // A truncated or garbled body: fetch the same page again, a few times, with backoff.
        if ((err as Error).name !== 'PageDecodeError' || ++badPages > 6) throw err;
        await new Promise((r) => setTimeout(r, backoffMs(badPages)));
        continue;
      }
      badPages = 0;
      // Counted when committed; the writer stores a scope's pages in the order they were sent.
      ctx.unstored.track(
        bytes,
        staged.stored.then((result) => {
          if (result.applied) {
            totals.records += result.records;
            totals.quarantined += result.quarantined;
            totals.pages++;
          }
          ctx.progress.page(task.resource, task.scope, { ...result, pageSize: PAGE_SIZE });
          ctx.onPage?.();
        }),
      );
      if (page.done) return;
      offset = page.nextOffset;
      readAhead(offset + PAGE_SIZE, page.total);
    }
  } finally {
    ahead.clear();
  }
}
