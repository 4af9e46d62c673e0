/**
 * Fee records (§6) are never stored: the records of one (customer, bill cycle) are
 * generated on demand, the same every time, from
 *  - the customer's orders paid in that cycle (one record per line item; refunds negative
 *    with bill_detail_type 4/20/24, adjustments 9/16), and
 *  - on-demand usage from a PRNG seeded by (seed, customer, cycle); whether the customer
 *    spends at all that month and how many records it gets come from the same hash.
 * Only records up to the sandbox's `now` are visible. A small LRU keeps recent pairs; the
 * per-cycle aggregates (§5 sums, §8 consumers) are cached per (cycle, clock).
 */
import type { BillSumInfoV2, SubCustomerMonthlyBillDetail } from './api-types';
import { ON_DEMAND_WEIGHTS, REGIONS, SERVICES, label, type Lang } from './catalog';
import { type Customer, type World, OF, OS, OT, TAG } from './generate';
import { money, moneyBig, exactUnits } from './money';
import { orderLines, resourceIdentity, resourceRegion } from './orders';
import { Rng, cumulative, fmix, hex32, mix, pickCumulative } from './prng';
import { HOUR, bjParts, cycleEnd, cycleOf, cycleStart, fmtCycle, fmtUtc } from './time';

/** bill_detail_type codes */
export const BDT = {
  NEW: 1,
  RENEW: 2,
  CHANGE: 3,
  REFUND_UNSUBSCRIBE: 4,
  USAGE: 5,
  AUTO_RENEW: 8,
  ADJUST_COMPENSATE: 9,
  SUPPORT_PLAN: 14,
  ADJUST_CHARGE: 16,
  MONTHLY: 18,
  REFUND_CHANGE: 20,
  SAVINGS_PLAN: 23,
  REFUND_TO_ON_DEMAND: 24,
  YEARLY: 103,
} as const;

export const BILL_DETAIL_TYPES: ReadonlySet<number> = new Set(Object.values(BDT));

/** §5 bill_type of a fee record: 0 正常, 1 退订 (refunds), 2 华为核销 (compensation). */
export function billTypeOf(detailType: number): '0' | '1' | '2' {
  if (
    detailType === BDT.REFUND_UNSUBSCRIBE ||
    detailType === BDT.REFUND_CHANGE ||
    detailType === BDT.REFUND_TO_ON_DEMAND
  )
    return '1';
  if (detailType === BDT.ADJUST_COMPENSATE) return '2';
  return '0';
}

/**
 * A generated fee record, numbers only (strings are derived when it is served).
 * Amounts are units of 1e-8 yuan.
 */
export interface FeeRec {
  cust: number;
  cycle: number;
  /** trade (deduction) time */
  t: number;
  consume: number;
  type: number;
  mode: number;
  svc: number;
  res: number;
  region: number;
  /** hash key of the resource (see resourceIdentity) */
  key: number;
  /** the order it bills, -1 for on-demand records */
  order: number;
  /** line of the order, or generation index of an on-demand record */
  j: number;
  period: number;
  /** usage quantity in 1e-8 units, -1 when none */
  usage: number;
  official: number;
  discount: number;
  payment: number;
  cash: number;
  credit: number;
  coupon: number;
  flexi: number;
  card: number;
  debt: number;
  writeoff: number;
}

const ORDER_FEE_TYPE: Record<number, number> = {
  [OT.NEW]: BDT.NEW,
  [OT.RENEW]: BDT.RENEW,
  [OT.CHANGE]: BDT.CHANGE,
  [OT.UNSUBSCRIBE]: BDT.REFUND_UNSUBSCRIBE,
  [OT.TO_ON_DEMAND]: BDT.REFUND_TO_ON_DEMAND,
  [OT.TO_PERIOD]: BDT.NEW,
  [OT.TO_COMMERCIAL]: BDT.NEW,
  [OT.ADJUSTMENT]: BDT.ADJUST_CHARGE,
};

/** Deductions keyed by an order id (the rest carry a transaction id). */
const ORDER_KEYED = new Set<number>([BDT.NEW, BDT.RENEW, BDT.CHANGE, BDT.REFUND_UNSUBSCRIBE, BDT.AUTO_RENEW]);

const ON_DEMAND_TYPES = [
  BDT.USAGE,
  BDT.MONTHLY,
  BDT.SAVINGS_PLAN,
  BDT.ADJUST_CHARGE,
  BDT.ADJUST_COMPENSATE,
  BDT.YEARLY,
];
const ON_DEMAND_TYPE_CUM = cumulative([90, 3, 2, 2, 2, 1]);

/** Mean on-demand records of an active (customer, month) at volume 1, per preset. */
function onDemandMean(w: World): number {
  const p = w.preset;
  return Math.max(2, (p.feeRecords - 1.4 * p.orders) / (p.customers * p.cycles));
}

function tradeId(t: number, key: number): string {
  const p = bjParts(t);
  return `TR${p.y}${String(p.mo).padStart(2, '0')}${String(p.d).padStart(2, '0')}${hex32(key, 8).toUpperCase()}${hex32(mix(key, 1), 4).toUpperCase()}`;
}

/**
 * Splits the record's payable amount over payment means (cash or credit, vouchers, cash
 * coupons, stored-value cards, arrears and written-off arrears); the parts add up to
 * `payment` exactly.
 */
function splitPayment(
  rng: Rng,
  c: Customer,
  r: FeeRec,
  given?: { coupon: number; flexi: number; storedCard: number },
): void {
  const payment = r.payment;
  r.cash = r.credit = r.coupon = r.flexi = r.card = r.debt = r.writeoff = 0;
  if (payment <= 0) {
    if (c.credit) r.credit = payment;
    else r.cash = payment;
    return;
  }
  r.coupon = given ? given.coupon : rng.chance(0.08) ? Math.floor(payment * 0.5 * rng.next()) : 0;
  r.flexi = given ? given.flexi : rng.chance(0.03) ? Math.floor((payment - r.coupon) * 0.3 * rng.next()) : 0;
  r.card = given
    ? given.storedCard
    : rng.chance(0.02)
      ? Math.floor((payment - r.coupon - r.flexi) * 0.3 * rng.next())
      : 0;
  let rest = payment - r.coupon - r.flexi - r.card;
  if (c.arrears && rng.chance(0.3)) {
    r.debt = Math.floor(rest * (0.2 + 0.8 * rng.next()));
    rest -= r.debt;
    if (rng.chance(0.2)) {
      r.writeoff = Math.floor(rest * 0.1);
      rest -= r.writeoff;
    }
  }
  if (c.credit) r.credit = rest;
  else r.cash = rest;
}

/** Unique by construction: hash prefix + cycle + kind + owner (order or customer) + line/index. */
export function feeRecordId(w: World, r: FeeRec): string {
  const kind = r.order >= 0 ? 1 : 0;
  const owner = r.order >= 0 ? r.order : r.cust;
  return (
    hex32(mix(w.seed, TAG.FEE_ID, kind, owner, r.j), 8) +
    fmtCycle(r.cycle).replace('-', '') +
    String(kind) +
    owner.toString(16).padStart(r.order >= 0 ? 7 : 6, '0') +
    r.j.toString(16).padStart(r.order >= 0 ? 4 : 5, '0')
  );
}

export function feeTradeId(w: World, r: FeeRec): string {
  if (r.order >= 0 && ORDER_KEYED.has(r.type)) return w.orderId(r.order);
  return tradeId(r.t, r.order >= 0 ? mix(w.seed, r.order, r.j) : mix(w.seed, r.cust, r.cycle, r.j));
}

const ON_DEMAND_CUM = cumulative(ON_DEMAND_WEIGHTS);

function blankRecord(): FeeRec {
  return {
    cust: 0,
    cycle: 0,
    t: 0,
    consume: 0,
    type: 0,
    mode: 0,
    svc: 0,
    res: 0,
    region: 0,
    key: 0,
    order: -1,
    j: 0,
    period: 0,
    usage: -1,
    official: 0,
    discount: 0,
    payment: 0,
    cash: 0,
    credit: 0,
    coupon: 0,
    flexi: 0,
    card: 0,
    debt: 0,
    writeoff: 0,
  };
}

/**
 * Produces every fee record of (customer, cycle), visible or not yet, in generation order.
 * With `scratch`, each record is written into that one object and nothing is allocated per
 * record (the aggregates use this); the visitor must then not keep the record.
 */
export function emitPair(w: World, c: Customer, cycle: number, visit: (r: FeeRec) => void, scratch?: FeeRec): void {
  const from = Math.max(cycleStart(cycle), c.assocAt);
  const to = Math.min(cycleEnd(cycle), c.endAt);
  if (from >= to) return;
  const o = w.orders;

  // Orders paid in the window: one record per line item.
  for (let i = c.firstOrder; i >= 0 && o.t[i]! < to; i = o.next[i]!) {
    const paid = o.resolve[i]!;
    if (o.st1[i] !== OS.COMPLETED || paid < from || paid >= to || o.type[i] === OT.TRIAL) continue;
    const flags = o.flags[i]!;
    let type = ORDER_FEE_TYPE[o.type[i]!]!;
    if (flags & OF.DOWNGRADE) type = BDT.REFUND_CHANGE;
    if (flags & OF.AUTO_RENEW) type = BDT.AUTO_RENEW;
    if (flags & OF.COMPENSATION) type = BDT.ADJUST_COMPENSATE;
    const negative = billTypeOf(type) !== '0';
    const period = o.type[i] === OT.ADJUSTMENT ? 5 : flags & OF.YEARLY ? 19 : 20;
    const rng = new Rng(mix(w.seed, TAG.FEE, 0x0badf00d, i));
    for (const l of orderLines(w, i)) {
      const r = scratch ?? blankRecord();
      r.cust = c.idx;
      r.cycle = cycle;
      r.t = paid;
      r.consume = paid;
      r.type = type;
      r.mode = 1;
      r.svc = l.svc;
      r.res = l.res;
      r.region = l.region;
      r.key = l.key;
      r.order = i;
      r.j = l.k;
      r.period = period;
      r.usage = -1;
      r.official = negative ? -l.official : l.official;
      r.discount = negative ? 0 : l.discount;
      r.payment = r.official - r.discount;
      splitPayment(rng, c, r, negative ? undefined : l);
      visit(r);
    }
  }

  // On-demand usage and the odd adjustment.
  const rng = new Rng(mix(w.seed, TAG.FEE, c.idx, cycle));
  if (!rng.chance(c.activity)) return;
  const span = to - from;
  const n = rng.poisson(onDemandMean(w) * c.volume * (span / (cycleEnd(cycle) - cycleStart(cycle))));
  for (let j = 0; j < n; j++) {
    const key = mix(w.seed, TAG.RESOURCE, c.idx, rng.int(c.pool));
    const svc = pickCumulative(ON_DEMAND_CUM, fmix(key ^ 0x2545f491) / 4294967296);
    const s = SERVICES[svc]!;
    const res = (key >>> 8) % s.resources.length;
    const type = ON_DEMAND_TYPES[pickCumulative(ON_DEMAND_TYPE_CUM, rng.next())]!;
    const t = from + rng.int(span);
    let official: number;
    let discount = 0;
    if (type === BDT.ADJUST_COMPENSATE) {
      official = -exactUnits(rng.logNormal(s.onDemandMedian * c.spend * 0.5, 0.8));
    } else {
      let yuan = rng.logNormal(s.onDemandMedian * c.spend, 1.1);
      if (rng.chance(0.002)) yuan *= 20_000;
      official = exactUnits(yuan);
      const rate = c.resale ? 0.1 * rng.next() : rng.chance(0.3) ? 0.05 * rng.next() : 0;
      discount = Math.round(official * rate);
    }
    const adjustment = type === BDT.ADJUST_CHARGE || type === BDT.ADJUST_COMPENSATE;
    const r = scratch ?? blankRecord();
    r.cust = c.idx;
    r.cycle = cycle;
    r.t = t;
    r.consume = Math.max(from, t - rng.int(HOUR));
    r.type = type;
    r.mode = type === BDT.SAVINGS_PLAN ? 11 : type === BDT.MONTHLY || type === BDT.YEARLY ? 1 : 3;
    r.svc = svc;
    r.res = res;
    r.region = resourceRegion(c, key);
    r.key = key;
    r.order = -1;
    r.j = j;
    r.period = adjustment ? 5 : type === BDT.MONTHLY ? 20 : type === BDT.YEARLY ? 19 : 25;
    r.usage = adjustment ? -1 : Math.round(rng.logNormal(s.resources[res]!.usageMedian, 0.7) * 1e4) * 1e4;
    r.official = official;
    r.discount = discount;
    r.payment = official - discount;
    splitPayment(rng, c, r);
    visit(r);
  }
}

/** All fee records of (customer, cycle), visible or not yet, sorted by trade time. */
export function generatePair(w: World, c: Customer, cycle: number): FeeRec[] {
  const out: FeeRec[] = [];
  emitPair(w, c, cycle, (r) => out.push(r));
  out.sort((a, b) => a.t - b.t || a.order - b.order || a.j - b.j);
  return out;
}

/** The API shape of a fee record. */
export function feeApi(w: World, r: FeeRec, lang: Lang): SubCustomerMonthlyBillDetail {
  const c = w.customers[r.cust]!;
  const s = SERVICES[r.svc]!;
  const rt = s.resources[r.res]!;
  const region = REGIONS[r.region]!;
  const usage = r.usage >= 0;
  const id = resourceIdentity(r.svc, r.res, r.key);
  return {
    bill_cycle: fmtCycle(cycleOf(r.t)),
    customer_id: c.id,
    association_type: c.resale ? '2' : '1',
    service_type_code: s.code,
    resource_type_code: rt.code,
    service_type_name: label(s, lang),
    resource_type_name: label(rt, lang),
    charging_mode: r.mode,
    trade_time: fmtUtc(r.t),
    trade_id: feeTradeId(w, r),
    id: feeRecordId(w, r),
    bill_detail_type: r.type,
    resource_id: id.resourceId,
    resource_name: id.resourceName,
    product_spec_desc: id.spec,
    region_code: region.code,
    product_id: id.productId,
    product_name: `${label(s, lang)} ${label(rt, lang)}`,
    resource_tag: id.resourceTag,
    consume_time: fmtUtc(r.consume),
    usage_type: usage ? rt.usageType : undefined,
    usage_amount: usage ? money(r.usage) : undefined,
    usage_measure_id: usage ? rt.usageMeasure : undefined,
    official_amount: money(r.official),
    official_discount_amount: money(r.discount),
    payment_amount: money(r.payment),
    cash_amount: money(r.cash),
    credit_amount: money(r.credit),
    coupon_amount: money(r.coupon),
    flexipurchase_coupon_amount: money(r.flexi),
    stored_value_card_amount: money(r.card),
    debt_amount: money(r.debt),
    writeoff_amount: money(r.writeoff),
    period_type: r.period,
    account_manager_id: c.managerId,
    region_name: label(region, lang),
  };
}

/** The amounts a §5 row sums, in this order. */
const SUM_FIELDS = ['payment', 'debt', 'writeoff', 'discount', 'cash', 'credit', 'coupon', 'flexi', 'card'] as const;
type SumField = (typeof SUM_FIELDS)[number];
const FIELD = Object.fromEntries(SUM_FIELDS.map((f, i) => [f, i])) as Record<SumField, number>;
/** Partial sums stay below this, so adding one amount (< 2^52 units) is always exact. */
const PARTIAL_LIMIT = 2 ** 52;

/** One §5 row before formatting: exact sums as Number partial sums plus a BigInt carry. */
export class SumRow {
  private readonly partial = new Float64Array(SUM_FIELDS.length);
  private carry: bigint[] | undefined;

  constructor(
    readonly cust: number,
    readonly svc: number,
    readonly billType: '0' | '1' | '2',
    readonly mode: number,
  ) {}

  add(r: FeeRec): void {
    for (let k = 0; k < SUM_FIELDS.length; k++) {
      const v = r[SUM_FIELDS[k]!];
      const sum = this.partial[k]! + v;
      if (Math.abs(sum) < PARTIAL_LIMIT) {
        this.partial[k] = sum;
      } else {
        this.carry ??= SUM_FIELDS.map(() => 0n);
        this.carry[k]! += BigInt(this.partial[k]!) + BigInt(v);
        this.partial[k] = 0;
      }
    }
  }

  total(field: SumField): bigint {
    const k = FIELD[field];
    return BigInt(this.partial[k]!) + (this.carry?.[k] ?? 0n);
  }
}

export interface CycleSummary {
  /** customers with at least one visible fee record in the cycle, in customer order */
  consumers: number[];
  /** §5 aggregates of the 代售 customers' visible records */
  sums: SumRow[];
}

const BALANCES: readonly [string, SumField][] = [
  ['BALANCE_TYPE_DEBIT', 'cash'],
  ['BALANCE_TYPE_CREDIT', 'credit'],
  ['BALANCE_TYPE_COUPON', 'coupon'],
  ['BALANCE_TYPE_RCASH_COUPON', 'flexi'],
  ['BALANCE_TYPE_STORED_VALUE_CARD', 'card'],
];

/** The API shape of a §5 row. */
export function billSumApi(w: World, row: SumRow, lang: Lang): BillSumInfoV2 {
  const s = SERVICES[row.svc]!;
  const normal = row.billType === '0';
  return {
    customer_id: w.customers[row.cust]!.id,
    cloud_service_type: s.code,
    cloud_service_type_name: label(s, lang),
    bill_type: row.billType,
    charge_mode: String(row.mode),
    amount: moneyBig(row.total('payment')),
    debt_amount: normal ? moneyBig(row.total('debt')) : undefined,
    adjustment_amount: normal ? moneyBig(row.total('writeoff')) : undefined,
    discount_amount: normal ? moneyBig(row.total('discount')) : undefined,
    measure_id: 1,
    account_details: BALANCES.map(([balance, field]) => [balance, row.total(field)] as const)
      .filter(([, amount]) => amount !== 0n)
      .map(([balance, amount]) => ({ balance_type: balance, amount: moneyBig(amount), bill_type: row.billType })),
  };
}

/**
 * Cycle summaries kept: a full sync asks for the monthly sums of 12 cycles at once, and
 * regenerating a cycle's records costs seconds at the large preset. A summary is small
 * (one row per customer, service and mode) next to the records it sums.
 */
const SUMMARY_CYCLES = 14;

/** Generated fee records with caches. */
export class FeeBook {
  private readonly pairs = new Map<number, { version: number; recs: FeeRec[] }>();
  private cached = 0;
  private readonly summaries = new Map<number, { version: number; now: number; summary: CycleSummary }>();
  private readonly scratch = blankRecord();

  constructor(
    private readonly w: World,
    /** how many generated records the pair cache may hold */
    private readonly capacity = 120_000,
  ) {}

  /** Every record of (customer, cycle), visible or not (cached). */
  private all(c: Customer, cycle: number): FeeRec[] {
    const key = cycle * 16_777_216 + c.idx;
    const hit = this.pairs.get(key);
    if (hit && hit.version === this.w.version) {
      this.pairs.delete(key);
      this.pairs.set(key, hit);
      return hit.recs;
    }
    if (hit) {
      this.pairs.delete(key);
      this.cached -= hit.recs.length;
    }
    const recs = generatePair(this.w, c, cycle);
    this.pairs.set(key, { version: this.w.version, recs });
    this.cached += recs.length;
    for (const [k, v] of this.pairs) {
      if (this.cached <= this.capacity || k === key) break;
      this.pairs.delete(k);
      this.cached -= v.recs.length;
    }
    return recs;
  }

  /** Records of (customer, cycle) up to `now`. */
  visible(c: Customer, cycle: number, now = this.w.now): FeeRec[] {
    if (!this.hasData(cycle, now)) return [];
    const recs = this.all(c, cycle);
    let lo = 0;
    let hi = recs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (recs[mid]!.t <= now) lo = mid + 1;
      else hi = mid;
    }
    return hi === recs.length ? recs : recs.slice(0, lo);
  }

  /** Customers that may have records in the cycle up to `now` (associated at some point of it). */
  private *candidates(cycle: number, now = this.w.now): Generator<Customer> {
    if (!this.hasData(cycle, now)) return;
    const start = cycleStart(cycle);
    const n = this.w.associatedBy(Math.min(cycleEnd(cycle) - 1, now));
    for (let i = 0; i < n; i++) {
      const c = this.w.customers[i]!;
      if (c.endAt > start) yield c;
    }
  }

  /** Data exists from the first generated cycle up to `now`. */
  hasData(cycle: number, now = this.w.now): boolean {
    return cycle >= this.w.originCycle && cycleStart(cycle) <= now;
  }

  /**
   * Visits every visible record of a cycle, customer by customer, without allocating or
   * caching records: `r` is one reused object, valid only during the call.
   */
  forEachVisible(cycle: number, visit: (r: FeeRec, c: Customer) => void, now = this.w.now): void {
    for (const c of this.candidates(cycle, now))
      emitPair(this.w, c, cycle, (r) => void (r.t <= now && visit(r, c)), this.scratch);
  }

  summary(cycle: number): CycleSummary {
    if (!this.hasData(cycle)) return { consumers: [], sums: [] };
    const hit = this.summaries.get(cycle);
    if (hit && hit.version === this.w.version && hit.now === this.w.now) {
      this.summaries.delete(cycle);
      this.summaries.set(cycle, hit);
      return hit.summary;
    }
    const consumers: number[] = [];
    const sums: SumRow[] = [];
    let current: Customer | undefined;
    let groups = new Map<number, SumRow>();
    const flush = () => {
      sums.push(...[...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row));
      groups = new Map();
    };
    this.forEachVisible(cycle, (r, c) => {
      if (c !== current) {
        flush();
        current = c;
        consumers.push(c.idx);
      }
      if (!c.resale) return;
      const billType = billTypeOf(r.type);
      const key = (r.svc * 4 + Number(billType)) * 16 + r.mode;
      let row = groups.get(key);
      if (!row) {
        row = new SumRow(c.idx, r.svc, billType, r.mode);
        groups.set(key, row);
      }
      row.add(r);
    });
    flush();
    const summary = { consumers, sums };
    this.summaries.set(cycle, { version: this.w.version, now: this.w.now, summary });
    while (this.summaries.size > SUMMARY_CYCLES) this.summaries.delete(this.summaries.keys().next().value!);
    return summary;
  }
}
