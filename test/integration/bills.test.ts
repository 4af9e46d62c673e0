import path from 'node:path';
import Decimal from 'decimal.js';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billCustomersSql, billRecordsSql, billTotalsSql, BILL_CYCLES_SQL } from '../../electron/bills/repository';
import { cyclesView } from '../../electron/bills/handlers';
import { BILL_TOTALS_SELECT } from '../../electron/db/migrations/0005-bills';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { checkSums } from '../../shared/bills/check';
import { recordKind } from '../../shared/bills/kinds';
import {
  BillCustomerSortField,
  BillCustomersInput,
  BillRecordsInput,
  BillTotalsInput,
  type BillSums,
} from '../../shared/bills/schema';
import { fromUnits } from '../../shared/money/units';
import { expectIndexed as expectIndexedIn } from '../support/query-plan';
import { syncRig, type SyncRig } from '../support/sync';
import { tempDir } from '../support/temp';

let sandbox: Sandbox;
let rig: SyncRig;
let raw: Database.Database;
/** Cycles that have fee records in the synced database, newest first. */
let cycles: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ scale: 'tiny', seed: 21, ratePerSec: 0 });
  const dir = tempDir('pw-bills-');
  rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  raw = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  cycles = raw
    .prepare('SELECT DISTINCT bill_cycle FROM fee_records ORDER BY bill_cycle DESC')
    .pluck()
    .all() as string[];
}, 120_000);

afterAll(async () => {
  raw?.close();
  await rig?.close();
  await sandbox?.close();
});

const expectIndexed = (sql: string, params: unknown[]) => expectIndexedIn(raw, sql, params);

const D = (v: string | null | undefined) => new Decimal(v ?? '0');
const truncated = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_DOWN);

/** What the sums of some fee records must be, worked out record by record with decimal.js. */
function expectedSums(
  records: { official: string | null; type: number | null; writeoff: string | null }[],
): Record<string, string | number> {
  let official = D('0');
  let settled = D('0');
  let erase = D('0');
  let refunds = D('0');
  let adjustments = D('0');
  let writeoffs = D('0');
  const n = { refund: 0, adjustment: 0, writeoff: 0 };
  for (const r of records) {
    const o = D(r.official);
    official = official.plus(o);
    settled = settled.plus(truncated(o));
    erase = erase.plus(o.minus(truncated(o)));
    const kind = recordKind(r.type);
    if (kind === 'refund') [refunds, n.refund] = [refunds.plus(o), n.refund + 1];
    if (kind === 'adjustment') [adjustments, n.adjustment] = [adjustments.plus(o), n.adjustment + 1];
    if (!D(r.writeoff).isZero()) n.writeoff++;
    writeoffs = writeoffs.plus(D(r.writeoff));
  }
  return {
    records: records.length,
    official: official.toFixed(),
    settled: settled.toFixed(),
    erase: erase.toFixed(),
    refunds: `${n.refund} ${refunds.toFixed()}`,
    adjustments: `${n.adjustment} ${adjustments.toFixed()}`,
    writeoffs: `${n.writeoff} ${writeoffs.toFixed()}`,
  };
}

/** The same shape from an answer, amounts normalised through decimal.js. */
function shape(s: BillSums): Record<string, string | number> {
  const t = (v: string) => D(v).toFixed();
  return {
    records: s.records,
    official: t(s.official),
    settled: t(s.settled),
    erase: t(s.erase),
    refunds: `${s.refunds.records} ${t(s.refunds.official)}`,
    adjustments: `${s.adjustments.records} ${t(s.adjustments.official)}`,
    writeoffs: `${s.writeoffs.records} ${t(s.writeoffs.amount)}`,
  };
}

type DbRecord = { customer_id: string; official: bigint | null; type: bigint | null; writeoff: bigint | null };

/** The synced fee records of a cycle, read from the file, amounts as decimal text. */
function dbRecords(cycle: string, customerId?: string) {
  const rows = raw
    .prepare(
      `SELECT customer_id, official_amount AS official, bill_detail_type AS type, writeoff_amount AS writeoff
       FROM fee_records WHERE bill_cycle = ? ${customerId ? 'AND customer_id = ?' : ''}`,
    )
    .safeIntegers(true)
    .all(...[cycle, customerId].filter(Boolean)) as DbRecord[];
  return rows.map((r) => ({
    customerId: r.customer_id,
    official: r.official === null ? null : fromUnits(r.official),
    type: r.type === null ? null : Number(r.type),
    writeoff: r.writeoff === null ? null : fromUnits(r.writeoff),
  }));
}

const totals = (cycle: string, filter: object = {}) =>
  rig.db.run('bills.totals', BillTotalsInput.parse({ cycle, filter }));
const customers = (cycle: string, extra: Partial<BillCustomersInput> = {}) =>
  rig.db.run(
    'bills.cycle',
    BillCustomersInput.parse({
      cycle,
      filter: {},
      sort: { field: 'official', order: 'desc' },
      offset: 0,
      limit: 500,
      ...extra,
    }),
  );

describe('bill totals against the records', () => {
  it('the sync filled several cycles', () => {
    expect(cycles.length).toBeGreaterThanOrEqual(6);
  });

  it('each cycle total is the decimal.js sum of its records, per record settled, and the identity holds', async () => {
    for (const cycle of cycles) {
      const records = dbRecords(cycle);
      const got = await totals(cycle);
      expect(shape(got), cycle).toEqual(expectedSums(records));
      expect(got.customers).toBe(new Set(records.map((r) => r.customerId)).size);
      expect(checkSums(got), cycle).toEqual({ ok: true, difference: '0' });
      // Settled is a sum of truncated records, not the truncation of the sum.
      expect(D(got.settled).lte(truncated(D(got.official)).plus(records.length))).toBe(true);
    }
  });

  it('agrees with the sandbox’s own records (the API’s amounts, not the stored ones)', async () => {
    const quarantined = new Set(
      raw.prepare("SELECT record_key FROM sync_quarantine WHERE resource = 'fee_records'").pluck().all() as string[],
    );
    for (const cycle of cycles.slice(0, 4)) {
      const api = sandbox.data
        .consumeSubCustomers(cycle)
        .flatMap((id) => sandbox.data.feeRecords(id, cycle))
        .filter((r) => !quarantined.has(r.id!))
        .map((r) => ({
          official: r.official_amount ?? null,
          type: r.bill_detail_type ?? null,
          writeoff: r.writeoff_amount ?? null,
        }));
      expect(shape(await totals(cycle)), cycle).toEqual(expectedSums(api));
    }
  });

  it('each customer row is the sum of that customer’s records, and the rows add up to the cycle', async () => {
    const cycle = cycles[1]!;
    const page = await customers(cycle);
    const records = dbRecords(cycle);
    expect(page.total).toBe(new Set(records.map((r) => r.customerId)).size);
    let official = D('0');
    let settled = D('0');
    let erase = D('0');
    for (const row of page.rows) {
      expect(shape(row), row.customerId).toEqual(expectedSums(records.filter((r) => r.customerId === row.customerId)));
      expect(checkSums(row).ok).toBe(true);
      official = official.plus(row.official);
      settled = settled.plus(row.settled);
      erase = erase.plus(row.erase);
    }
    const all = await totals(cycle);
    expect([official, settled, erase].map((d) => d.toFixed())).toEqual(
      [all.official, all.settled, all.erase].map((v) => D(v).toFixed()),
    );
  });

  it('shows refunds and write-offs as such', async () => {
    const sums = await Promise.all(cycles.map((c) => totals(c)));
    expect(sums.some((s) => s.refunds.records > 0 && D(s.refunds.official).isNegative())).toBe(true);
    expect(sums.some((s) => s.writeoffs.records > 0 && D(s.writeoffs.amount).isPositive())).toBe(true);
  });

  it('the 18-cycle view fills cycles without records with zeros and names the newest with data', async () => {
    const now = Date.parse(`${cycles[0]}-15T00:00:00Z`) + 62 * 86_400_000;
    const view = await cyclesView(rig.db, now);
    expect(view.cycles).toHaveLength(18);
    expect(view.cycles[0]!.cycle > cycles[0]!).toBe(true);
    expect(view.cycles[0]!.records).toBe(0);
    expect(view.latestWithData).toBe(cycles[0]);
    const known = view.cycles.find((c) => c.cycle === cycles[2]);
    expect(shape(known!)).toEqual(shape(await totals(cycles[2]!)));
    // Strictly newest first, month by month.
    const months = view.cycles.map((c) => Number(c.cycle.slice(0, 4)) * 12 + Number(c.cycle.slice(5)));
    months.slice(1).forEach((m, i) => expect(m).toBe(months[i]! - 1));
  });
});

describe('customers in a cycle', () => {
  it('sorts by every column and pages without gaps or repeats', async () => {
    const cycle = cycles[0]!;
    for (const field of BillCustomerSortField.options) {
      for (const order of ['asc', 'desc'] as const) {
        const all = await customers(cycle, { sort: { field, order } });
        const pages = [
          await customers(cycle, { sort: { field, order }, offset: 0, limit: 3 }),
          await customers(cycle, { sort: { field, order }, offset: 3, limit: 3 }),
        ];
        expect(pages.flatMap((p) => p.rows.map((r) => r.customerId))).toEqual(
          all.rows.slice(0, 6).map((r) => r.customerId),
        );
        if (field === 'name') continue;
        const key = (r: (typeof all.rows)[number]) =>
          field === 'records'
            ? D(String(r.records))
            : field === 'refunds'
              ? D(r.refunds.official)
              : field === 'writeoffs'
                ? D(r.writeoffs.amount)
                : D(r[field]);
        all.rows.slice(1).forEach((r, i) => {
          const cmp = key(r).comparedTo(key(all.rows[i]!));
          expect(order === 'asc' ? cmp >= 0 : cmp <= 0, `${field} ${order}`).toBe(true);
        });
      }
    }
  });

  it('filters by customer id and by a search on the name, account or id', async () => {
    const cycle = cycles[0]!;
    const first = (await customers(cycle)).rows.find((r) => r.name)!;
    expect(
      (await customers(cycle, { filter: { customerId: first.customerId } })).rows.map((r) => r.customerId),
    ).toEqual([first.customerId]);
    for (const search of [first.name!, first.name!.slice(0, 2), first.accountName!, first.customerId.slice(0, 10)]) {
      const found = await customers(cycle, { filter: { search } });
      expect(
        found.rows.map((r) => r.customerId),
        search,
      ).toContain(first.customerId);
      const sums = await totals(cycle, { search });
      expect(sums.customers).toBe(found.total);
      expect(D(sums.official).equals(found.rows.reduce((s, r) => s.plus(r.official), D('0')))).toBe(true);
    }
    expect((await customers(cycle, { filter: { search: 'zzzz-nobody' } })).total).toBe(0);
    expect((await totals(cycle, { search: 'zzzz-nobody' })).official).toBe('0');
  });

  it('refuses a malformed cycle', () => {
    expect(BillTotalsInput.safeParse({ cycle: '2025-13', filter: {} }).success).toBe(false);
    expect(BillTotalsInput.safeParse({ cycle: '2025-1', filter: {} }).success).toBe(false);
  });
});

describe('fee records of one customer and cycle', () => {
  const records = (cycle: string, customerId: string, extra: Partial<BillRecordsInput> = {}) =>
    rig.db.run(
      'bills.records',
      BillRecordsInput.parse({
        cycle,
        customerId,
        sort: { field: 'tradeTime', order: 'desc' },
        offset: 0,
        limit: 500,
        ...extra,
      }),
    );

  it('each record: settled truncated toward zero, 抹零 the rest, both exact', async () => {
    const cycle = cycles[0]!;
    const top = (await customers(cycle, { sort: { field: 'records', order: 'desc' } })).rows[0]!;
    const page = await records(cycle, top.customerId);
    expect(page.total).toBe(top.records);
    for (const r of page.rows) {
      expect(D(r.settled).equals(truncated(D(r.official))), r.id).toBe(true);
      expect(D(r.settled).plus(r.erase).equals(D(r.official))).toBe(true);
      expect(D(r.erase).abs().lt('0.01')).toBe(true);
    }
    const times = page.rows.map((r) => r.tradeTime ?? '');
    expect([...times].sort().reverse()).toEqual(times);
    const paged = [
      await records(cycle, top.customerId, { offset: 0, limit: 4 }),
      await records(cycle, top.customerId, { offset: 4, limit: 4 }),
    ];
    expect(paged.flatMap((p) => p.rows.map((r) => r.id))).toEqual(page.rows.slice(0, 8).map((r) => r.id));
  });

  it('filters refunds, adjustments and write-offs', async () => {
    // The customer × cycle with the most refunds.
    const pick = (col: string) =>
      raw
        .prepare(
          `SELECT bill_cycle AS cycle, customer_id AS customerId FROM bill_totals WHERE ${col} > 0 ORDER BY ${col} DESC LIMIT 1`,
        )
        .get() as { cycle: string; customerId: string };
    const refund = pick('refund_records');
    const refunds = await records(refund.cycle, refund.customerId, { kind: 'refund' });
    expect(refunds.total).toBeGreaterThan(0);
    for (const r of refunds.rows) expect(recordKind(r.billDetailType)).toBe('refund');
    const w = pick('writeoff_records');
    const writeoffs = await records(w.cycle, w.customerId, { kind: 'writeoff' });
    expect(writeoffs.total).toBeGreaterThan(0);
    for (const r of writeoffs.rows) expect(D(r.writeoff).isZero()).toBe(false);
    const a = pick('adjustment_records');
    for (const r of (await records(a.cycle, a.customerId, { kind: 'adjustment' })).rows)
      expect(recordKind(r.billDetailType)).toBe('adjustment');
  });
});

describe('bills queries use indexes', () => {
  const cycle = () => cycles[0]!;

  it('the 18-cycle sums', () => {
    const plan = expectIndexed(BILL_CYCLES_SQL, ['2024-01', '2026-12']);
    expect(plan.join('\n')).toMatch(/SEARCH t USING PRIMARY KEY \(bill_cycle>\? AND bill_cycle<\?\)/);
  });

  for (const [name, filter] of Object.entries({
    none: {},
    customer: { customerId: 'abc' },
    search3: { search: '科技有' },
    search2: { search: '科技' },
    search1: { search: '云' },
    searchId: { search: '4c5f81' },
  })) {
    for (const field of BillCustomerSortField.options) {
      it(`customers, ${name}, sorted by ${field}`, () => {
        const input = BillCustomersInput.parse({
          cycle: cycle(),
          filter,
          sort: { field, order: 'desc' },
          offset: 0,
          limit: 50,
        });
        const q = billCustomersSql(input);
        expect(expectIndexed(q.sql, [...q.params, 50, 0]).join('\n')).toMatch(
          /SEARCH t USING PRIMARY KEY \(bill_cycle=\?/,
        );
        expectIndexed(q.countSql, q.params);
      });
    }
    it(`totals, ${name}`, () => {
      const q = billTotalsSql(BillTotalsInput.parse({ cycle: cycle(), filter }));
      expect(expectIndexed(q.sql, q.params).join('\n')).toMatch(/SEARCH t USING PRIMARY KEY \(bill_cycle=\?/);
    });
  }

  for (const kind of [undefined, 'refund', 'adjustment', 'writeoff'] as const) {
    for (const field of ['tradeTime', 'official'] as const) {
      it(`records, ${kind ?? 'all'}, sorted by ${field}`, () => {
        const input = BillRecordsInput.parse({
          cycle: cycle(),
          customerId: 'abc',
          kind,
          sort: { field, order: 'desc' },
          offset: 0,
          limit: 50,
        });
        const q = billRecordsSql(input);
        expect(expectIndexed(q.sql, [...q.params, 50, 0]).join('\n')).toMatch(/fee_records_key/);
        expectIndexed(q.countSql, q.params);
      });
    }
  }
});

describe('the sums follow the records through later syncs', () => {
  it('after the clock advances, an incremental sync leaves bill_totals equal to its records, summed afresh', async () => {
    const recent = await startSandbox({
      scale: 'tiny',
      seed: 11,
      ratePerSec: 0,
      now: new Date(Date.now() - 25 * 86_400_000),
    });
    const dir = tempDir('pw-bills-incr-');
    const r = await syncRig(dir, () => recent);
    try {
      await r.engine.start('full');
      await r.engine.idle();
      expect(recent.advance({ days: 20 })).toBeTruthy();
      await r.engine.start('incremental');
      await r.engine.idle();
      const db = new Database(path.join(dir, 'workstation.db'), { readonly: true });
      try {
        const stored = db.prepare('SELECT * FROM bill_totals ORDER BY bill_cycle, customer_id').raw().all();
        const afresh = db
          .prepare(`${BILL_TOTALS_SELECT} GROUP BY bill_cycle, customer_id ORDER BY bill_cycle, customer_id`)
          .raw()
          .all();
        expect(stored.length).toBeGreaterThan(0);
        expect(stored).toEqual(afresh);
      } finally {
        db.close();
      }
    } finally {
      await r.close();
      await recent.close();
    }
  }, 180_000);
});
