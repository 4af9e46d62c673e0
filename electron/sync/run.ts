import type { DbClient } from '../db/client';
import type { BssClient } from './bss-client';
import type { SyncPlan } from './plan';
import type { ProgressTracker } from './progress';
import type { Checkpoint } from './repository';
import { reasonOf } from './wire';
import { PAGE_SIZE, tasks, type Task } from './tasks';

export interface RunContext {
  db: DbClient;
  client: BssClient;
  plan: SyncPlan;
  /** The run id is the generation every row written by this run carries. */
  gen: number;
  progress: ProgressTracker;
  signal: AbortSignal;
  concurrency: number;
  onPage?: () => void;
}

export interface RunTotals {
  records: number;
  quarantined: number;
  pages: number;
}

/** Runs tasks with at most `n` in flight; the first failure stops the rest. */
async function pool<T>(items: T[], n: number, signal: AbortSignal, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      signal.throwIfAborted();
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  if (failure !== null) throw failure;
}

/**
 * Executes one sync run in three phases. A: the lists that define everything else
 * (customers, order windows, customers with spend per cycle, monthly sums). B: what those
 * lists point at (fee records per customer and cycle, refund details, open orders).
 * C: local reconciliation of each cycle's fee records. Every page is committed with its
 * checkpoint, so calling this again for the same run continues where it stopped.
 */
export async function executeRun(ctx: RunContext): Promise<RunTotals> {
  const totals: RunTotals = { records: 0, quarantined: 0, pages: 0 };
  const cps = new Map<string, Checkpoint>();
  for (const cp of await ctx.db.run('sync.runCheckpoints', ctx.gen))
    cps.set(`${cp.resource}|${cp.scope}`, { ...cp, gen: ctx.gen });
  const isDone = (t: Task) => cps.get(`${t.resource}|${t.scope}`)?.done === 1;
  const plan = (list: Task[]) => {
    for (const t of list) ctx.progress.planned(t.resource, t.scope, isDone(t));
    return list.filter((t) => !isDone(t));
  };
  const run = (t: Task) => runTask(ctx, t, cps.get(`${t.resource}|${t.scope}`) ?? null, totals);

  const { plan: p } = ctx;
  const phaseA = plan([
    tasks.customers(),
    ...p.orderWindows.map(([from, to]) => tasks.orders(from, to)),
    ...p.cycles.map((c) => tasks.cycleCustomers(c)),
    ...p.cycles.flatMap((c) => [tasks.billSums(c, '1'), tasks.billSums(c, '3')]),
  ]);
  await pool(phaseA, ctx.concurrency, ctx.signal, run);

  const feeTasks: Task[] = [];
  for (const cycle of p.cycles) {
    for (const customer of await ctx.db.run('sync.cycleCustomers', cycle))
      feeTasks.push(tasks.feeRecords(cycle, customer));
  }
  const refunds = (await ctx.db.run('sync.refundOrders', { recentFrom: p.refundsFrom })).map((o) =>
    tasks.refundInfos(o.order_id, o.customer_id),
  );
  const open = p.openOrdersBefore
    ? (await ctx.db.run('sync.openOrders', { before: p.openOrdersBefore })).map((id) => tasks.order(id))
    : [];
  // Interleave so the fee-record, refund and order APIs (each with its own flow-control budget) run side by side.
  const phaseB = plan(interleave([feeTasks, refunds, open]));
  await pool(phaseB, ctx.concurrency, ctx.signal, run);

  const phaseC = plan(p.cycles.map((c) => tasks.feeCycleReconcile(c)));
  await pool(phaseC, 1, ctx.signal, run);
  return totals;
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const max = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < max; i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** Lists one scope to its end from its checkpoint, one committed page at a time. */
async function runTask(ctx: RunContext, task: Task, cp: Checkpoint | null, totals: RunTotals): Promise<void> {
  let offset = cp && !cp.done ? cp.next_offset : 0;
  for (;;) {
    ctx.signal.throwIfAborted();
    const page = await task.fetchPage(ctx.client, offset, PAGE_SIZE);
    const now = new Date().toISOString();
    let rows: unknown[][] = [];
    let bad: { key: string; reason: string; payload: string }[] = [];
    let keys: string[] = [];
    if (task.plainRows) ({ rows, bad, keys } = task.plainRows(page.items));
    else if (task.mapper) {
      const m = task.mapper;
      page.items.forEach((raw, i) => {
        const key = m.keyOf(raw, task.scope, offset + i);
        const parsed = m.schema.safeParse(raw);
        if (parsed.success) {
          rows.push(m.toRow(parsed.data, { scope: task.scope, now }));
          keys.push(key);
        } else bad.push({ key, reason: reasonOf(parsed.error), payload: JSON.stringify(raw).slice(0, 20_000) });
      });
    }
    const fetched = page.fetched ?? page.items.length;
    const nextOffset = offset + fetched;
    const done = !task.paged || fetched < PAGE_SIZE || (page.total !== null && nextOffset >= page.total);
    const result = await ctx.db.run('sync.ingestPage', {
      resource: task.resource,
      scope: task.scope,
      gen: ctx.gen,
      offset,
      rows,
      quarantine: bad,
      validKeys: keys,
      nextOffset,
      total: page.total,
      done,
      now,
    });
    if (result.applied) {
      totals.records += rows.length;
      totals.quarantined += bad.length;
      totals.pages++;
    }
    ctx.progress.page(task.resource, task.scope, {
      records: rows.length,
      quarantined: bad.length,
      nextOffset,
      total: page.total,
      done,
      pageSize: PAGE_SIZE,
    });
    ctx.onPage?.();
    if (done) return;
    offset = nextOffset;
  }
}
