import type { z } from 'zod';
import type { BillCustomersInput, BillRecordsInput, BillSums, BillTotalsInput } from '../../shared/bills/schema';
import { ADJUSTMENT_DETAIL_TYPES, REFUND_DETAIL_TYPES, UNITS_PER_CENT } from '../../shared/bills/kinds';
import { fromUnits } from '../../shared/money/units';
import { readOp } from '../db/operation';
import { Where } from '../db/sql';
import { customerSearch } from '../customers/repository';

type CustomersInput = z.output<typeof BillCustomersInput>;
type TotalsInput = z.output<typeof BillTotalsInput>;
type RecordsInput = z.output<typeof BillRecordsInput>;

/**
 * The Bills screen's reads. Cycle and customer figures come from `bill_totals` (migration 5,
 * refreshed by the sync per customer × cycle), a few thousand rows per cycle; fee records
 * are read one customer × cycle at a time through `fee_records_key`. Every amount is an
 * INTEGER sum read with safeIntegers and leaves as exact decimal text.
 */

/** The sum columns of bill_totals, summed (cycle totals) or as they are (a customer's row). */
const sumColumns = (agg: (col: string) => string) =>
  `${agg('records')} AS records, ${agg('official')} AS official, ${agg('settled')} AS settled, ${agg('erase')} AS erase,
   ${agg('refund_records')} AS refund_records, ${agg('refund_official')} AS refund_official,
   ${agg('adjustment_records')} AS adjustment_records, ${agg('adjustment_official')} AS adjustment_official,
   ${agg('writeoff_records')} AS writeoff_records, ${agg('writeoff_amount')} AS writeoff_amount`;

const SUMMED = sumColumns((col) => `coalesce(sum(t.${col}), 0)`);
const AS_IS = sumColumns((col) => `t.${col}`);

interface RawSums {
  records: bigint;
  official: bigint;
  settled: bigint;
  erase: bigint;
  refund_records: bigint;
  refund_official: bigint;
  adjustment_records: bigint;
  adjustment_official: bigint;
  writeoff_records: bigint;
  writeoff_amount: bigint;
}

function sums(r: RawSums): BillSums {
  return {
    records: Number(r.records),
    official: fromUnits(r.official),
    settled: fromUnits(r.settled),
    erase: fromUnits(r.erase),
    refunds: { records: Number(r.refund_records), official: fromUnits(r.refund_official) },
    adjustments: { records: Number(r.adjustment_records), official: fromUnits(r.adjustment_official) },
    writeoffs: { records: Number(r.writeoff_records), amount: fromUnits(r.writeoff_amount) },
  };
}

const SORTS: Record<CustomersInput['sort']['field'], string> = {
  name: 'c.name COLLATE NOCASE',
  records: 't.records',
  official: 't.official',
  settled: 't.settled',
  erase: 't.erase',
  refunds: 't.refund_official',
  writeoffs: 't.writeoff_amount',
};

/** One cycle, narrowed to a customer, or to the customers a search finds (name, account, id prefix). */
export function billWhere(cycle: string, filter: CustomersInput['filter']): Where {
  const w = new Where().add('t.bill_cycle = ?', cycle);
  if (filter.customerId) w.add('t.customer_id = ?', filter.customerId);
  if (filter.search) {
    const inner = new Where();
    customerSearch(inner, filter.search, 'cs');
    const folded = filter.search.normalize('NFKC').toLowerCase();
    w.add(
      `(t.customer_id IN (SELECT cs.customer_id FROM customers cs ${inner.sql}) OR (t.customer_id >= ? AND t.customer_id < ?))`,
      ...inner.params,
      folded,
      `${folded}\uffff`,
    );
  }
  return w;
}

export function billCustomersSql(input: Pick<CustomersInput, 'cycle' | 'filter' | 'sort'>): {
  sql: string;
  countSql: string;
  params: unknown[];
} {
  const w = billWhere(input.cycle, input.filter);
  const dir = input.sort.order === 'asc' ? 'ASC' : 'DESC';
  return {
    sql: `SELECT t.customer_id AS customerId, c.name, c.account_name AS accountName, ${AS_IS}
          FROM bill_totals t LEFT JOIN customers c ON c.customer_id = t.customer_id ${w.sql}
          ORDER BY ${SORTS[input.sort.field]} ${dir}, t.customer_id ${dir} LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) FROM bill_totals t ${w.sql}`,
    params: w.params,
  };
}

export function billTotalsSql(input: TotalsInput): { sql: string; params: unknown[] } {
  const w = billWhere(input.cycle, input.filter);
  return { sql: `SELECT count(*) AS customers, ${SUMMED} FROM bill_totals t ${w.sql}`, params: w.params };
}

/** Sums of every cycle in [from, to], one row per cycle that has any. */
export const BILL_CYCLES_SQL = `SELECT t.bill_cycle AS cycle, count(*) AS customers, ${SUMMED}
  FROM bill_totals t WHERE t.bill_cycle >= ? AND t.bill_cycle <= ? GROUP BY t.bill_cycle`;

const RECORD_KINDS: Record<NonNullable<RecordsInput['kind']>, string> = {
  refund: `f.bill_detail_type IN (${REFUND_DETAIL_TYPES.join(', ')})`,
  adjustment: `f.bill_detail_type IN (${ADJUSTMENT_DETAIL_TYPES.join(', ')})`,
  writeoff: 'f.writeoff_amount != 0',
};

const RECORD_SORTS: Record<RecordsInput['sort']['field'], string> = {
  tradeTime: 'f.trade_time',
  official: 'f.official_amount',
};

/** Each record settled on its own: truncated toward zero to the cent, the remainder is its 抹零. */
const OFFICIAL = 'coalesce(f.official_amount, 0)';

export function billRecordsSql(input: Pick<RecordsInput, 'cycle' | 'customerId' | 'kind' | 'sort'>): {
  sql: string;
  countSql: string;
  params: unknown[];
} {
  const w = new Where().add('f.bill_cycle = ?', input.cycle).add('f.customer_id = ?', input.customerId);
  if (input.kind) w.add(RECORD_KINDS[input.kind]);
  const dir = input.sort.order === 'asc' ? 'ASC' : 'DESC';
  return {
    sql: `SELECT f.id, f.trade_time AS tradeTime, f.bill_detail_type AS billDetailType, f.charging_mode AS chargingMode,
            f.service_type_name AS serviceTypeName, f.resource_type_name AS resourceTypeName, f.resource_name AS resourceName,
            f.resource_id AS resourceId, f.region_name AS regionName, f.trade_id AS tradeId,
            ${OFFICIAL} AS official, (${OFFICIAL} / ${UNITS_PER_CENT}) * ${UNITS_PER_CENT} AS settled,
            ${OFFICIAL} % ${UNITS_PER_CENT} AS erase,
            f.payment_amount AS payment, f.debt_amount AS debt, f.writeoff_amount AS writeoff
          FROM fee_records f ${w.sql}
          ORDER BY ${RECORD_SORTS[input.sort.field]} ${dir}, f.id ${dir} LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) FROM fee_records f ${w.sql}`,
    params: w.params,
  };
}

type RawRecord = {
  id: string;
  tradeTime: string | null;
  billDetailType: bigint | null;
  chargingMode: bigint | null;
  serviceTypeName: string | null;
  resourceTypeName: string | null;
  resourceName: string | null;
  resourceId: string | null;
  regionName: string | null;
  tradeId: string | null;
  official: bigint;
  settled: bigint;
  erase: bigint;
  payment: bigint | null;
  debt: bigint | null;
  writeoff: bigint | null;
};

const maybeUnits = (v: bigint | null) => (v === null ? null : fromUnits(v));
const maybeInt = (v: bigint | null) => (v === null ? null : Number(v));

export const billOps = {
  /** The sums of each cycle in [from, to] that has fee records (the handler fills in the empty ones). */
  'bills.cycles': readOp((db, input: { from: string; to: string }) =>
    (
      db.prepare(BILL_CYCLES_SQL).safeIntegers(true).all(input.from, input.to) as (RawSums & {
        cycle: string;
        customers: bigint;
      })[]
    ).map((r) => ({ cycle: r.cycle, customers: Number(r.customers), ...sums(r) })),
  ),

  'bills.cycle': readOp((db, input: CustomersInput) => {
    const q = billCustomersSql(input);
    const rows = (
      db
        .prepare(q.sql)
        .safeIntegers(true)
        .all(...q.params, input.limit, input.offset) as (RawSums & {
        customerId: string;
        name: string | null;
        accountName: string | null;
      })[]
    ).map((r) => ({ customerId: r.customerId, name: r.name, accountName: r.accountName, ...sums(r) }));
    const total = db
      .prepare(q.countSql)
      .pluck()
      .get(...q.params) as number;
    return { total, rows };
  }),

  'bills.totals': readOp((db, input: TotalsInput) => {
    const q = billTotalsSql(input);
    const r = db
      .prepare(q.sql)
      .safeIntegers(true)
      .get(...q.params) as RawSums & { customers: bigint };
    return { customers: Number(r.customers), ...sums(r) };
  }),

  'bills.records': readOp((db, input: RecordsInput) => {
    const q = billRecordsSql(input);
    const rows = (
      db
        .prepare(q.sql)
        .safeIntegers(true)
        .all(...q.params, input.limit, input.offset) as RawRecord[]
    ).map((r) => ({
      ...r,
      billDetailType: maybeInt(r.billDetailType),
      chargingMode: maybeInt(r.chargingMode),
      official: fromUnits(r.official),
      settled: fromUnits(r.settled),
      erase: fromUnits(r.erase),
      payment: maybeUnits(r.payment),
      debt: maybeUnits(r.debt),
      writeoff: maybeUnits(r.writeoff),
    }));
    const total = db
      .prepare(q.countSql)
      .pluck()
      .get(...q.params) as number;
    return { total, rows };
  }),
};
