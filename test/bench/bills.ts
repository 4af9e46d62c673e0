/**
 * The Bills screen on the large preset (≈ 1M fee records in the cache), for the cycle with
 * the most records: its totals (`bills.totals`, target ≤ 200 ms), its first rows
 * (`bills.cycle`, the first page of 100 customers by official amount, ≤ 500 ms), the
 * 18-cycle view the screen opens with, and the first page of its largest customer's fee
 * records. Each is timed through the browser host's WebSocket (as the renderer asks) and
 * inside the database worker, beside the same operation on a direct connection in this
 * thread; the totals also beside the naive per-record SUM over fee_records that the
 * derived `bill_totals` table (migration 5) saves.
 */
import type Database from 'better-sqlite3';
import { BILL_CYCLES } from '../../electron/bills/handlers';
import { operations } from '../../electron/db/operations';
import { cycleOf } from '../../electron/sync/plan';
import { channels } from '../../shared/ipc/contract';
import { rigRows, timedDbClient, withBrowseRig } from './browse-rig';
import { row, type Benchmark, type Row } from './report';
import { measureInterleaved, summarize } from './stats';

const BENCH = 'bills';
const PAGE = 100;
const TOTALS_MS = 200;
const FIRST_ROWS_MS = 500;
const MAX_SAMPLES = 200;

type BillsOp = 'bills.totals' | 'bills.cycle' | 'bills.records' | 'bills.cycles';

interface Case {
  name: string;
  /** The channel the renderer calls, and what it sends. */
  channel: BillsOp;
  input: unknown;
  /** The worker operation and its input (the handler's, for bills.cycles). */
  opInput: unknown;
  target: number | null;
}

/** The naive way: every fee record of the cycle settled and summed per record, on a direct connection. */
const NAIVE_TOTALS = `SELECT count(*), coalesce(sum(official_amount), 0), coalesce(sum((official_amount / 1000000) * 1000000), 0),
  coalesce(sum(official_amount % 1000000), 0) FROM fee_records WHERE bill_cycle = ?`;

function cases(direct: Database.Database): { cycle: string; records: number; customers: number; list: Case[] } {
  const top = direct
    .prepare(
      'SELECT bill_cycle AS cycle, sum(records) AS records, count(*) AS customers FROM bill_totals GROUP BY bill_cycle ORDER BY records DESC LIMIT 1',
    )
    .get() as { cycle: string; records: number; customers: number } | undefined;
  if (!top) throw new Error('the large database has no bill_totals rows');
  const biggest = direct
    .prepare('SELECT customer_id FROM bill_totals WHERE bill_cycle = ? ORDER BY records DESC LIMIT 1')
    .pluck()
    .get(top.cycle) as string;
  const parse = (channel: BillsOp, input: unknown) => channels[channel].input.parse(input);
  const totals = { cycle: top.cycle, filter: {} };
  const firstRows = {
    cycle: top.cycle,
    filter: {},
    sort: { field: 'official', order: 'desc' },
    offset: 0,
    limit: PAGE,
  };
  const records = {
    cycle: top.cycle,
    customerId: biggest,
    sort: { field: 'tradeTime', order: 'desc' },
    offset: 0,
    limit: PAGE,
  };
  // The 18 cycles up to the newest one with data (the handler counts back from now).
  const newest = direct.prepare('SELECT max(bill_cycle) FROM bill_totals').pluck().get() as string;
  const now = Date.parse(`${newest}-15T00:00:00+08:00`);
  const span = { from: cycleOf(now, BILL_CYCLES - 1), to: cycleOf(now) };
  return {
    ...top,
    list: [
      {
        name: 'cycle totals',
        channel: 'bills.totals',
        input: totals,
        opInput: parse('bills.totals', totals),
        target: TOTALS_MS,
      },
      {
        name: `first rows (${PAGE} customers by official amount)`,
        channel: 'bills.cycle',
        input: firstRows,
        opInput: parse('bills.cycle', firstRows),
        target: FIRST_ROWS_MS,
      },
      { name: 'the 18-cycle view', channel: 'bills.cycles', input: undefined, opInput: span, target: TOTALS_MS },
      {
        name: `first ${PAGE} fee records of the largest customer`,
        channel: 'bills.records',
        input: records,
        opInput: parse('bills.records', records),
        target: FIRST_ROWS_MS,
      },
    ],
  };
}

export const billsBench: Benchmark = {
  name: BENCH,
  summary: 'Bills for the largest cycle of the large DB: totals (≤ 200 ms) and first rows (≤ 500 ms) via the host',
  run: (options) =>
    withBrowseRig(BENCH, options, async (rig) => {
      const timed = await timedDbClient(rig.large.file);
      const rows: Row[] = rigRows(BENCH, rig);
      const samples = Math.min(options.samples, MAX_SAMPLES);
      try {
        const c = cases(rig.direct);
        rows.push(
          row(BENCH, `cycle ${c.cycle}: fee records`, c.records, '', 1),
          row(BENCH, `cycle ${c.cycle}: customers`, c.customers, '', 1),
        );
        const first: Record<string, number> = {};
        // The first call of each after the host started (its reader's caches cold).
        for (const k of c.list) {
          const t0 = performance.now();
          await rig.client.call(k.channel, k.input);
          first[k.name] = performance.now() - t0;
        }
        const naive = rig.direct.prepare(NAIVE_TOTALS);
        for (const k of c.list) {
          const run = operations[k.channel].run as (db: Database.Database, input: unknown) => unknown;
          const contenders: Record<string, () => unknown> = {
            ipc: () => rig.client.call(k.channel, k.input),
            worker: () => timed.db.run(k.channel, k.opInput as never),
            direct: () => run(rig.direct, k.opInput),
          };
          if (k.channel === 'bills.totals') contenders.naive = () => naive.get(c.cycle);
          const s = await measureInterleaved(contenders, { warmup: 5, samples, blocks: 4 });
          const inWorker = summarize(await timed.lastTimes(k.channel, samples));
          const [ipc, direct] = [summarize(s.ipc!), summarize(s.direct!)];
          options.log(
            `${BENCH}: ${k.name}: IPC p95 ${ipc.p95.toFixed(2)} ms, worker op p95 ${inWorker.p95.toFixed(2)} ms, direct p95 ${direct.p95.toFixed(2)} ms, first call ${first[k.name]!.toFixed(1)} ms`,
          );
          const target = k.target === null ? {} : { target: `≤ ${k.target} ms` };
          rows.push(
            row(BENCH, `${k.name}: first call after start (IPC)`, first[k.name]!, 'ms', 1, {
              anchor: { name: 'direct same op p95', value: direct.p95, unit: 'ms' },
              ...target,
              ...(k.target === null ? {} : { met: first[k.name]! <= k.target }),
            }),
            row(BENCH, `${k.name}: IPC p95`, ipc.p95, 'ms', ipc.n, {
              anchor: { name: 'direct same op p95', value: direct.p95, unit: 'ms' },
              ...target,
              ...(k.target === null ? {} : { met: ipc.p95 <= k.target }),
            }),
            row(BENCH, `${k.name}: worker op p95`, inWorker.p95, 'ms', inWorker.n, {
              anchor: { name: 'direct same op p95', value: direct.p95, unit: 'ms' },
            }),
          );
          if (s.naive) {
            const n = summarize(s.naive);
            rows.push(
              row(
                BENCH,
                'naive per-record SUM over fee_records p95 (direct, what bill_totals saves)',
                n.p95,
                'ms',
                n.n,
                {
                  anchor: { name: 'cycle totals, direct same op p95', value: direct.p95, unit: 'ms' },
                },
              ),
            );
          }
        }
      } finally {
        await timed.db.close();
      }
      return rows;
    }),
};
