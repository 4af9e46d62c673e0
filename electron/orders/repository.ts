import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { OrderListInput } from '../../shared/orders/schema';
import { fromUnits } from '../../shared/money/units';
import { readOp, writeOp } from '../db/operation';
import { Where, dayEnd, dayStart, ftsPhrase } from '../db/sql';
import { customerSearch } from '../customers/repository';
import { cachedCount } from '../db/count-cache';

type ListInput = z.output<typeof OrderListInput>;
type Filter = ListInput['filter'];

/** Sort columns. */
const SORTS: Record<ListInput['sort']['field'], string> = {
  createTime: 'o.create_time',
  paymentTime: 'o.payment_time',
  amount: 'o.amount_after_discount',
};

/**
 * A sort's full order: its column, then (for amount and paid time) the creation time, then
 * rowid, which every index carries. Each order has an index in exactly that order
 * (migration 10), so no sort step is needed, and the order is total, so it can be walked
 * from either end (see listOrders).
 */
function sortOrder(field: ListInput['sort']['field'], dir: 'ASC' | 'DESC'): string {
  const tie = field === 'createTime' ? '' : `, o.create_time ${dir}`;
  return `${SORTS[field]} ${dir}${tie}, o.rowid ${dir}`;
}

const sqlDir = (order: ListInput['sort']['order']) => (order === 'asc' ? 'ASC' : 'DESC');

const COLUMNS = `o.order_id, o.customer_id, c.name AS customer_name, o.service_type_code, o.service_type_name, o.status,
  o.order_type, o.amount_after_discount, o.official_amount, o.currency, o.create_time, o.payment_time`;

/** Every filter but the search. */
function filterWhere(f: Filter): Where {
  const w = new Where();
  if (f.orderId) w.add('o.order_id IN (?, upper(?))', f.orderId, f.orderId);
  if (f.customerId) w.add('o.customer_id = ?', f.customerId);
  if (f.status?.length) w.add(`o.status IN (${f.status.map(() => '?').join(', ')})`, ...f.status);
  if (f.orderType?.length) w.add(`o.order_type IN (${f.orderType.map(() => '?').join(', ')})`, ...f.orderType);
  if (f.serviceType) w.add('o.service_type_code = ?', f.serviceType);
  if (f.createdFrom) w.add('o.create_time >= ?', dayStart(f.createdFrom));
  if (f.createdTo) w.add('o.create_time <= ?', dayEnd(f.createdTo));
  if (f.paidFrom) w.add('o.payment_time >= ?', dayStart(f.paidFrom));
  if (f.paidTo) w.add('o.payment_time <= ?', dayEnd(f.paidTo));
  return w;
}

interface Branch {
  sql: string;
  params: unknown[];
}

/** Upper case of ASCII letters only, as SQLite's upper(); order ids are ASCII. */
const asciiUpper = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());

/**
 * The alternatives of a search; an order matches when any does: its customer's name or
 * account (customer search), an id prefix (orders_id_search, case-folded), or its id after
 * the first character or its service name containing the text (trigram index, ≥ 3
 * characters). The last two together are "the id contains the text" (migration 8).
 *
 * `perRow` gives the trigram branch as a check of the row itself, for the first-pages probe,
 * which looks at a few thousand rows and must not first collect every match of the index
 * (a service name in 60k orders). It folds case with SQLite's lower(), ASCII letters only,
 * where the trigram index folds every Unicode letter: an 'É' in a service name would match
 * 'é' in the index but not here. Ids are ASCII and service names Chinese and ASCII.
 */
function searchBranches(search: string, perRow = false): { customer: Branch; prefix: Branch; text?: Branch } {
  const inner = new Where();
  customerSearch(inner, search, 'cs');
  const folded = asciiUpper(search.normalize('NFKC'));
  const out: ReturnType<typeof searchBranches> = {
    customer: { sql: `o.customer_id IN (SELECT cs.customer_id FROM customers cs ${inner.sql})`, params: inner.params },
    prefix: { sql: '(upper(o.order_id) >= ? AND upper(o.order_id) < ?)', params: [folded, `${folded}\uffff`] },
  };
  if ([...search].length < 3) return out;
  const variants = [...new Set([search, search.normalize('NFKC')])];
  if (!perRow) {
    out.text = {
      sql: 'o.rowid IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)',
      params: [variants.map(ftsPhrase).join(' OR ')],
    };
    return out;
  }
  // A trigram phrase shorter than three characters matches nothing (NFKC may shorten one).
  const long = variants.filter((v) => [...v].length >= 3);
  out.text = {
    sql: long.length
      ? `(${long
          .map(
            () =>
              'instr(lower(substr(o.order_id, 2)), lower(?)) > 0 OR instr(lower(o.service_type_name), lower(?)) > 0',
          )
          .join(' OR ')})`
      : '0',
    params: long.flatMap((v) => [v, v]),
  };
  return out;
}

function branchList(b: ReturnType<typeof searchBranches>): Branch[] {
  return [b.customer, b.prefix, ...(b.text ? [b.text] : [])];
}

export function orderWhere(f: Filter, perRow = false): Where {
  const w = filterWhere(f);
  if (f.search) {
    const parts = branchList(searchBranches(f.search, perRow));
    w.add(`(${parts.map((p) => p.sql).join(' OR ')})`, ...parts.flatMap((p) => p.params));
  }
  return w;
}

/**
 * The page is picked by rowid first — the sort index walked, no row read and no customer
 * joined for the rows OFFSET skips — and only its rows are then read: a page 180k rows deep
 * costs an index walk, not 180k row reads and joins (the export reads such pages too).
 */
export function orderListSql(input: Pick<ListInput, 'filter' | 'sort'>): {
  sql: string;
  countSql: string;
  /** The count, stopping at a bound (its last parameter, `LIMIT ?`). */
  cappedCountSql: string;
  params: unknown[];
} {
  const w = orderWhere(input.filter);
  const order = sortOrder(input.sort.field, sqlDir(input.sort.order));
  return {
    sql: `SELECT ${COLUMNS} FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id
          WHERE o.rowid IN (SELECT o.rowid FROM orders o ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?)
          ORDER BY ${order}`,
    countSql: `SELECT count(*) FROM orders o ${w.sql}`,
    cappedCountSql: `SELECT count(*) FROM (SELECT 1 FROM orders o ${w.sql} LIMIT ?)`,
    params: w.params,
  };
}

/**
 * A search's page as the union of each alternative's own first offset + limit rows (the
 * other filters and that alternative, in the list's order): the first n rows of a union are
 * among the first n of each part. The plain query collects every match of every part and
 * sorts them — 90k for "CS25", where the id prefix alone is 90k index entries.
 *
 * The id prefix part is cut further: n matches taken in id order (walked in the sort's
 * direction; ids start with their creation time, so for the time sorts they are nearly the
 * first n already) bound the sort key, since no row worse than the worst of n matches is
 * among the first n. The other rows are checked against the bound in the index instead of
 * all going through the sort (CS25, newest first: 20 → 6 ms).
 *
 * Right for any filter; listOrders uses it for a search alone. With another filter too, the
 * filter's index serves each part, and one pass over it (the plain query) is cheaper.
 */
export function orderSearchPageSql(input: ListInput): { sql: string; params: unknown[] } {
  const search = input.filter.search;
  if (!search) throw new Error('orderSearchPageSql needs a search');
  const n = input.offset + input.limit;
  const dir = sqlDir(input.sort.order);
  const col = SORTS[input.sort.field];
  const order = sortOrder(input.sort.field, dir);
  const branches = searchBranches(search);
  const params: unknown[] = [];
  const parts = branchList(branches).map((b) => {
    const w = filterWhere(input.filter).add(b.sql, ...b.params);
    if (b === branches.prefix) {
      const sample = `SELECT ${col} AS k FROM orders o ${w.sql} ORDER BY upper(o.order_id) ${dir} LIMIT ?`;
      const sampled = [...w.params, n];
      // NULL sorts first: ascending, it is never worse than the bound; descending, a NULL in
      // the sample leaves no bound (a NULL row may be among the first n).
      if (dir === 'ASC') w.add(`(${col} IS NULL OR ${col} <= (SELECT max(k) FROM (${sample})))`, ...sampled);
      else {
        const bound = `(SELECT CASE WHEN count(k) = count(*) THEN min(k) END FROM (${sample}))`;
        w.add(`(${bound} IS NULL OR ${col} >= ${bound})`, ...sampled, ...sampled);
      }
    }
    params.push(...w.params, n);
    return `SELECT * FROM (SELECT o.rowid AS id, ${col} AS k, o.create_time AS t FROM orders o ${w.sql} ORDER BY ${order} LIMIT ?)`;
  });
  const unionOrder = `k ${dir}${input.sort.field === 'createTime' ? '' : `, t ${dir}`}, id ${dir}`;
  return {
    sql: `SELECT ${COLUMNS} FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id
          WHERE o.rowid IN (SELECT id FROM (${parts.join(' UNION ')}) ORDER BY ${unionOrder} LIMIT ? OFFSET ?)
          ORDER BY ${order}`,
    params: [...params, input.limit, input.offset],
  };
}

/**
 * The count of a search stopping at `limit`, as cappedCountSql, but as the union of each
 * alternative's first `limit` matches, in no order: each stops there,
 * and the trigram index is read as a stream instead of first collecting every match (60k
 * orders of a service name) for `rowid IN`. When the union is within the bound, every part
 * was read whole, so the count is exact. For a search alone, like orderSearchPageSql.
 */
export function orderSearchCountSql(
  input: Pick<ListInput, 'filter'>,
  limit: number,
): { sql: string; params: unknown[] } {
  const search = input.filter.search;
  if (!search) throw new Error('orderSearchCountSql needs a search');
  const b = searchBranches(search);
  const parts: Branch[] = [b.customer, b.prefix].map((p) => {
    const w = filterWhere(input.filter).add(p.sql, ...p.params);
    return { sql: `SELECT * FROM (SELECT o.rowid AS id FROM orders o ${w.sql} LIMIT ?)`, params: w.params };
  });
  if (b.text) {
    const w = filterWhere(input.filter).add('orders_fts MATCH ?', ...b.text.params);
    parts.push({
      sql: `SELECT * FROM (SELECT o.rowid AS id FROM orders_fts JOIN orders o ON o.rowid = orders_fts.rowid ${w.sql} LIMIT ?)`,
      params: w.params,
    });
  }
  return {
    sql: `SELECT count(*) FROM (${parts.map((p) => p.sql).join(' UNION ')})`,
    params: parts.flatMap((p) => [...p.params, limit]),
  };
}

/**
 * How far past the rows asked for a search is counted. Typing a search asks for the first
 * page; counting all 100k matches of "CS25" took longer than the page, and a rep scrolling
 * a search that broad wants to narrow it, not to know it has 103,214 matches. The list
 * shows "1,100+" and the bound grows as deeper pages are read.
 */
export const SEARCH_COUNT_AHEAD = 1000;

/** The sort columns' own indexes, walked by the first-pages probe. */
const SORT_INDEXES: Record<ListInput['sort']['field'], string> = {
  createTime: 'orders_create_time',
  paymentTime: 'orders_payment_time',
  amount: 'orders_amount',
};

/** How many rows of the whole list, in sort order, the first-pages probe looks at. */
export const PROBE_WINDOW = 4000;

/**
 * The first pages of a filtered list, by walking the sort index: the first PROBE_WINDOW
 * rows of the whole table in sort order, filtered. Those are a prefix of the sorted order,
 * so when they hold at least offset + limit matches, those matches are exactly the list's
 * first offset + limit rows. A broad filter (most orders) is answered here in a
 * millisecond, where the filter's own index would read and sort every match; a narrow
 * filter finds too few and returns null, and the filter's index is used as before.
 */
export function orderProbeSql(
  input: Pick<ListInput, 'filter' | 'sort'>,
  window = PROBE_WINDOW,
): { sql: string; params: unknown[] } {
  const w = orderWhere(input.filter, true);
  const dir = sqlDir(input.sort.order);
  const col = SORTS[input.sort.field].replace('o.', '');
  // CROSS JOIN keeps the window the outer loop: the filter is checked on its rows only,
  // never by the filter's own index over every match.
  const prefix = `SELECT rowid AS id, ${col} AS k, create_time AS t FROM orders o INDEXED BY ${SORT_INDEXES[input.sort.field]}
                  ORDER BY ${sortOrder(input.sort.field, dir)} LIMIT ${Math.trunc(window)}`;
  const outer = `p.k ${dir}${input.sort.field === 'createTime' ? '' : `, p.t ${dir}`}, p.id ${dir}`;
  return {
    sql: `SELECT p.id FROM (${prefix}) p CROSS JOIN orders o ON o.rowid = p.id ${w.sql ? `${w.sql}` : ''}
          ORDER BY ${outer} LIMIT ?`,
    params: w.params,
  };
}

type RawOrder = {
  order_id: string;
  customer_id: string;
  customer_name: string | null;
  service_type_code: string | null;
  service_type_name: string | null;
  status: bigint | null;
  order_type: bigint | null;
  amount_after_discount: bigint | null;
  official_amount: bigint | null;
  currency: string | null;
  create_time: string;
  payment_time: string | null;
};

const money = (v: bigint | null) => (v === null ? null : fromUnits(v));
const num = (v: bigint | null) => (v === null ? null : Number(v));

export function toOrderRow(r: RawOrder) {
  return {
    orderId: r.order_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    serviceTypeCode: r.service_type_code,
    serviceTypeName: r.service_type_name,
    status: num(r.status),
    orderType: num(r.order_type),
    amountAfterDiscount: money(r.amount_after_discount),
    officialAmount: money(r.official_amount),
    currency: r.currency,
    createTime: r.create_time,
    paymentTime: r.payment_time,
  };
}

/** The page through the probe when it can answer (a filter that most orders pass), else null. */
export function firstPagesByProbe(db: Database.Database, input: ListInput, window = PROBE_WINDOW): RawOrder[] | null {
  const need = input.offset + input.limit;
  if (need > window || !hasFilter(input.filter)) return null;
  const probe = orderProbeSql(input, window);
  const ids = db
    .prepare(probe.sql)
    .pluck()
    .all(...probe.params, need) as number[];
  if (ids.length < need) return null;
  const page = ids.slice(input.offset);
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id
       WHERE o.rowid IN (${page.map(() => '?').join(', ')}) ORDER BY ${sortOrder(input.sort.field, sqlDir(input.sort.order))}`,
    )
    .safeIntegers(true)
    .all(...page) as RawOrder[];
}

/** A filter field the user set: not absent, not empty text, not an empty list. */
const isSet = (v: unknown) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);
const hasFilter = (f: Filter) => Object.values(f).some(isSet);

function plainPage(db: Database.Database, input: ListInput): RawOrder[] {
  const q = orderListSql(input);
  return db
    .prepare(q.sql)
    .safeIntegers(true)
    .all(...q.params, input.limit, input.offset) as RawOrder[];
}

/**
 * A page past the middle of a list of `total` rows, read from the far end: the order is
 * total (sortOrder), so row i of one direction is row total - 1 - i of the other, and the
 * index walk skips total - offset - limit rows instead of offset. The large preset's
 * completed orders of a year by amount, 118k rows deep: 17 → 2 ms.
 */
function pageFromEnd(db: Database.Database, input: ListInput, total: number): RawOrder[] | null {
  const limit = Math.min(input.limit, total - input.offset);
  const offset = total - input.offset - limit;
  if (limit <= 0 || offset >= input.offset) return null;
  const reversed = { ...input, sort: { ...input.sort, order: input.sort.order === 'asc' ? 'desc' : 'asc' } } as const;
  return plainPage(db, { ...reversed, offset, limit }).reverse();
}

export function searchPage(db: Database.Database, input: ListInput): RawOrder[] {
  const q = orderSearchPageSql(input);
  return db
    .prepare(q.sql)
    .safeIntegers(true)
    .all(...q.params) as RawOrder[];
}

/**
 * A page of the list and its count: exact, except for a search, which is counted only
 * `countAhead` past the page (see SEARCH_COUNT_AHEAD) and then says `more`.
 */
export function listOrders(db: Database.Database, input: ListInput, countAhead = SEARCH_COUNT_AHEAD) {
  // One read transaction: the count and the page see the same snapshot (the reversed page
  // is placed by the count).
  return db.transaction(() => listInSnapshot(db, input, countAhead))();
}

/** The filters the day counts answer (migration 11): a status, a created or a paid range, a status and one range. */
const DAY_BASES = [
  { basis: 'c', from: 'createdFrom', to: 'createdTo' },
  { basis: 'p', from: 'paidFrom', to: 'paidTo' },
] as const;

/** The count of a filter the day counts answer, summed from orders_day_counts; else null. */
export function orderDayCountSql(f: Filter): { sql: string; params: unknown[] } | null {
  const used = Object.entries(f)
    .filter(([, v]) => isSet(v))
    .map(([k]) => k)
    .filter((k) => k !== 'status');
  if (!used.length && !f.status?.length) return null;
  const base = DAY_BASES.find((b) => used.every((k) => k === b.from || k === b.to));
  if (!base) return null;
  const w = new Where().add('basis = ?', base.basis);
  if (f[base.from]) w.add('day >= ?', f[base.from]);
  if (f[base.to]) w.add('day <= ?', f[base.to]);
  if (f.status?.length) w.add(`status IN (${f.status.map(() => '?').join(', ')})`, ...f.status);
  return { sql: `SELECT coalesce(sum(n), 0) FROM orders_day_counts ${w.sql}`, params: w.params };
}

/** The exact count of a filter without a search: from the day counts when they answer it. */
export function countOrders(db: Database.Database, f: Filter): number {
  const days = orderDayCountSql(f);
  if (days)
    return db
      .prepare(days.sql)
      .pluck()
      .get(...days.params) as number;
  const q = orderListSql({ filter: f, sort: { field: 'createTime', order: 'desc' } });
  return cachedCount(db, q.countSql, q.params);
}

function listInSnapshot(db: Database.Database, input: ListInput, countAhead: number) {
  const q = orderListSql(input);
  if (!input.filter.search) {
    const total = countOrders(db, input.filter);
    const rows = firstPagesByProbe(db, input) ?? pageFromEnd(db, input, total) ?? plainPage(db, input);
    return { total, rows: rows.map(toOrderRow) };
  }
  const searchAlone = filterWhere(input.filter).parts.length === 0;
  const rows = (firstPagesByProbe(db, input) ?? (searchAlone ? searchPage(db, input) : plainPage(db, input))).map(
    toOrderRow,
  );
  const cap = input.offset + input.limit + countAhead;
  const count = searchAlone
    ? orderSearchCountSql(input, cap + 1)
    : { sql: q.cappedCountSql, params: [...q.params, cap + 1] };
  const seen = db
    .prepare(count.sql)
    .pluck()
    .get(...count.params) as number;
  return seen > cap ? { total: cap, more: true, rows } : { total: seen, rows };
}

export const orderOps = {
  'orders.list': readOp((db, input: ListInput) => listOrders(db, input)),

  /** One page of an export: keyset-free offset pages in the list's own order. */
  'orders.exportPage': readOp((db, input: ListInput) => plainPage(db, input).map(toOrderRow)),

  'orders.count': readOp((db, input: Pick<ListInput, 'filter' | 'sort'>) => {
    if (!input.filter.search) return countOrders(db, input.filter);
    const q = orderListSql(input);
    return db
      .prepare(q.countSql)
      .pluck()
      .get(...q.params) as number;
  }),

  /**
   * The service types: each distinct code found by a seek on orders_service (a dozen seeks,
   * not a walk of every order), named after its latest order — grouping all 200k orders
   * took a second and held the reader, so the order list's first page waited behind it.
   */
  'orders.facets': readOp((db, _input: undefined) => ({
    serviceTypes: db
      .prepare(
        `WITH RECURSIVE codes (code) AS (
           SELECT (SELECT min(service_type_code) FROM orders)
           UNION ALL
           SELECT (SELECT min(service_type_code) FROM orders WHERE service_type_code > codes.code)
           FROM codes WHERE codes.code IS NOT NULL
         )
         SELECT code, (SELECT service_type_name FROM orders WHERE service_type_code = codes.code
                       AND service_type_name IS NOT NULL ORDER BY create_time DESC LIMIT 1) AS name
         FROM codes WHERE code IS NOT NULL ORDER BY name`,
      )
      .all() as { code: string; name: string }[],
  })),

  'orders.get': readOp((db, orderId: string) => {
    const r = db
      .prepare(
        `SELECT ${COLUMNS}, o.amount_info, o.contract_id FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id WHERE o.order_id = ?`,
      )
      .safeIntegers(true)
      .get(orderId) as (RawOrder & { amount_info: string | null; contract_id: string | null }) | undefined;
    if (!r) return null;
    return { ...toOrderRow(r), amountInfo: r.amount_info, contractId: r.contract_id };
  }),

  'orders.cachedDetail': readOp((db, orderId: string) => {
    return (
      (db
        .prepare(
          'SELECT order_id, fetched_at, order_info, line_items, total_line_items FROM order_details WHERE order_id = ?',
        )
        .get(orderId) as
        | { order_id: string; fetched_at: string; order_info: string; line_items: string; total_line_items: number }
        | undefined) ?? null
    );
  }),

  'orders.saveDetail': writeOp(
    (db, d: { orderId: string; fetchedAt: string; orderInfo: string; lineItems: string; totalLineItems: number }) => {
      db.prepare(
        `INSERT INTO order_details (order_id, fetched_at, order_info, line_items, total_line_items) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (order_id) DO UPDATE SET fetched_at = excluded.fetched_at, order_info = excluded.order_info,
       line_items = excluded.line_items, total_line_items = excluded.total_line_items`,
      ).run(d.orderId, d.fetchedAt, d.orderInfo, d.lineItems, d.totalLineItems);
    },
  ),
};
