import type { CycleSummary } from '../../shared/bills/schema';
import type { HandlerTable } from '../core/handlers-type';
import type { DbClient } from '../db/client';
import { cycleOf } from '../sync/plan';

type BillHandlers = Pick<HandlerTable, 'bills.cycles' | 'bills.cycle' | 'bills.totals' | 'bills.records'>;

/** How many bill cycles the screen offers: as far back as the API keeps fee records (§6). */
export const BILL_CYCLES = 18;

const EMPTY = (cycle: string): CycleSummary => ({
  cycle,
  customers: 0,
  records: 0,
  official: '0',
  settled: '0',
  erase: '0',
  refunds: { records: 0, official: '0' },
  adjustments: { records: 0, official: '0' },
  writeoffs: { records: 0, amount: '0' },
});

/** The last 18 bill cycles up to the one `now` is in, newest first, each with its sums. */
export async function cyclesView(db: DbClient, now: number) {
  const names = Array.from({ length: BILL_CYCLES }, (_, back) => cycleOf(now, back));
  const found = new Map(
    (await db.run('bills.cycles', { from: names[names.length - 1]!, to: names[0]! })).map((c) => [c.cycle, c]),
  );
  const cycles = names.map((name) => found.get(name) ?? EMPTY(name));
  return { cycles, latestWithData: cycles.find((c) => c.records > 0)?.cycle ?? null };
}

/** Bills: read from the local cache (fee records and their per customer × cycle sums), online or not. */
export function billsHandlers(d: { db: DbClient; now?: () => number }): BillHandlers {
  const now = d.now ?? Date.now;
  return {
    'bills.cycles': () => cyclesView(d.db, now()),
    'bills.cycle': (input) => d.db.run('bills.cycle', input),
    'bills.totals': (input) => d.db.run('bills.totals', input),
    'bills.records': (input) => d.db.run('bills.records', input),
  };
}
