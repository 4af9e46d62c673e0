import type { z } from 'zod';
import type { CustomerDetail, CustomerListInput, CustomerRow } from '../../shared/customers/schema';
import { fromUnits } from '../../shared/money/units';
import { readOp } from '../db/operation';
import { Where, ftsPhrase } from '../db/sql';

type ListInput = z.output<typeof CustomerListInput>;

const COLUMNS = `c.customer_id AS customerId, c.name, c.account_name AS accountName, c.association_type AS associationType,
  c.label, c.verified_status AS verifiedStatus, c.is_frozen AS isFrozen, c.customer_level AS level,
  c.account_manager AS accountManager, c.associated_on AS associatedOn`;

const SORTS: Record<ListInput['sort']['field'], string> = {
  name: 'c.name COLLATE NOCASE',
  associatedOn: 'c.associated_on',
  level: 'c.customer_level',
  accountName: 'c.account_name',
};

/**
 * The search part: ≥ 3 characters go to the trigram index (name, account name, id);
 * 1–2 characters to the gram index (name, account name) — both indexed, never a scan.
 * The text is tried as typed and in its NFKC form, so full-width ＡＢＣ１ finds ABC1 while
 * a name written with full-width brackets （ ） still matches itself.
 */
export function customerSearch(where: Where, text: string, alias = 'c'): void {
  const variants = [...new Set([text, text.normalize('NFKC')])];
  if ([...text].length >= 3) {
    where.add(
      `${alias}.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)`,
      variants.map(ftsPhrase).join(' OR '),
    );
  } else {
    // Grams are stored NFKC-folded and lower-cased (electron/sync/derived.ts).
    where.add(
      `${alias}.customer_id IN (SELECT customer_id FROM customer_grams WHERE gram = ?)`,
      text.normalize('NFKC').toLowerCase(),
    );
  }
}

export function customerWhere(filter: ListInput['filter']): Where {
  const w = new Where();
  if (filter.search) customerSearch(w, filter.search);
  if (filter.associationType) w.add('c.association_type = ?', filter.associationType);
  if (filter.label) w.add('c.label = ?', filter.label);
  if (filter.verifiedStatus) w.add('c.verified_status = ?', filter.verifiedStatus);
  if (filter.frozen !== undefined) w.add('c.is_frozen = ?', filter.frozen);
  if (filter.level) w.add('c.customer_level = ?', filter.level);
  if (filter.accountManager) w.add('c.account_manager = ?', filter.accountManager);
  if (filter.associatedFrom) w.add('c.associated_on >= ?', `${filter.associatedFrom}T00:00:00Z`);
  if (filter.associatedTo) w.add('c.associated_on <= ?', `${filter.associatedTo}T23:59:59Z`);
  return w;
}

export function customerListSql(input: ListInput): { sql: string; countSql: string; params: unknown[] } {
  const w = customerWhere(input.filter);
  const dir = input.sort.order === 'asc' ? 'ASC' : 'DESC';
  return {
    sql: `SELECT ${COLUMNS} FROM customers c ${w.sql} ORDER BY ${SORTS[input.sort.field]} ${dir}, c.customer_id ${dir} LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) FROM customers c ${w.sql}`,
    params: w.params,
  };
}

const units = (v: unknown) => fromUnits(BigInt((v as bigint | number | null) ?? 0));

export const customerOps = {
  'customers.list': readOp((db, input: ListInput) => {
    const q = customerListSql(input);
    const rows = db.prepare(q.sql).all(...q.params, input.limit, input.offset) as CustomerRow[];
    const total = db
      .prepare(q.countSql)
      .pluck()
      .get(...q.params) as number;
    return { total, rows };
  }),

  'customers.facets': readOp((db, _input: undefined) => {
    const distinct = (col: string) =>
      db
        .prepare(`SELECT DISTINCT ${col} FROM customers WHERE ${col} IS NOT NULL AND ${col} != '' ORDER BY ${col}`)
        .pluck()
        .all() as string[];
    return {
      labels: distinct('label'),
      accountManagers: distinct('account_manager'),
      levels: distinct('customer_level'),
    };
  }),

  'customers.detail': readOp((db, customerId: string) => {
    const customer = db
      .prepare(
        `SELECT ${COLUMNS}, c.telephone, c.email, c.country_code AS countryCode, c.customer_type AS customerType,
                c.xaccount_id AS xaccountId, c.synced_at AS syncedAt
         FROM customers c WHERE c.customer_id = ?`,
      )
      .get(customerId) as CustomerDetail['customer'] | undefined;
    if (!customer) return null;
    const orders = db
      .prepare(
        `SELECT count(*) AS count, sum(order_type = 4) AS refunds, coalesce(sum(amount_after_discount), 0) AS amount
         FROM orders WHERE customer_id = ?`,
      )
      .safeIntegers(true)
      .get(customerId) as { count: bigint; refunds: bigint | null; amount: bigint };
    const spend = (
      db
        .prepare(
          'SELECT bill_cycle AS cycle, records, official_amount, payment_amount FROM fee_totals WHERE customer_id = ? ORDER BY bill_cycle',
        )
        .safeIntegers(true)
        .all(customerId) as { cycle: string; records: bigint; official_amount: bigint; payment_amount: bigint }[]
    ).map((r) => ({
      cycle: r.cycle,
      records: Number(r.records),
      official: units(r.official_amount),
      payment: units(r.payment_amount),
    }));
    const fee = db
      .prepare(
        'SELECT coalesce(sum(records), 0) AS records, coalesce(sum(official_amount), 0) AS official, coalesce(sum(payment_amount), 0) AS payment FROM fee_totals WHERE customer_id = ?',
      )
      .safeIntegers(true)
      .get(customerId) as { records: bigint; official: bigint; payment: bigint };
    const refundTotal = db
      .prepare('SELECT coalesce(sum(amount), 0) FROM refund_infos WHERE customer_id = ? AND amount < 0')
      .safeIntegers(true)
      .pluck()
      .get(customerId) as bigint;
    return {
      customer,
      orders: {
        count: Number(orders.count),
        refunds: Number(orders.refunds ?? 0),
        amountAfterDiscount: units(orders.amount),
      },
      spend,
      feeTotals: { records: Number(fee.records), official: units(fee.official), payment: units(fee.payment) },
      refundTotal: units(refundTotal),
    };
  }),
};
