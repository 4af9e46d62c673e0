/**
 * The sandbox world: customers and customer orders on a timeline, generated day by day
 * (Beijing days) from the seed, in compact columns. Each day's content depends only on the
 * seed, the day and what came before it, so the world is a pure function of
 * (seed, scale, start time) and the sandbox's `now` only decides what is visible. The
 * timeline is generated up to the end of the day containing `now`; advancing the clock
 * generates the days in between.
 *
 * Fee records are not stored at all: see fees.ts.
 */
import type { CustomerInformation } from './api-types';
import { ORDER_WEIGHTS, REGION_WEIGHTS, SERVICES, SVC_ECS, SVC_RDS } from './catalog';
import { centsUnits, exactUnits } from './money';
import {
  ACCOUNT_MANAGERS,
  CITIES,
  EMAIL_DOMAINS,
  GIVEN_NAMES,
  INDUSTRIES,
  LABELS,
  PHONE_PREFIXES,
  SUFFIXES,
  SURNAMES,
  TRADE_NAMES,
} from './names';
import { Rng, cumulative, mix, pickCumulative } from './prng';
import { DAY, HOUR, bjDay, bjDayStart, bjParts, bjWeekday, cycleOf, cycleStart, fmtUtc } from './time';

export type Scale = 'tiny' | 'small' | 'large';

export interface Preset {
  /** ≈ customers associated at the start time */
  customers: number;
  /** ≈ orders over the generated cycles */
  orders: number;
  /** ≈ fee records over the generated cycles (tunes the on-demand volume) */
  feeRecords: number;
  /** bill cycles with data, the current (partial) one included */
  cycles: number;
}

export const PRESETS: Readonly<Record<Scale, Preset>> = {
  tiny: { customers: 20, orders: 300, feeRecords: 3_000, cycles: 6 },
  small: { customers: 200, orders: 5_000, feeRecords: 50_000, cycles: 18 },
  large: { customers: 5_000, orders: 200_000, feeRecords: 1_000_000, cycles: 18 },
};

/** Order types (§2 `order_type`). */
export const OT = {
  NEW: 1,
  RENEW: 2,
  CHANGE: 3,
  UNSUBSCRIBE: 4,
  TO_ON_DEMAND: 10,
  TO_PERIOD: 11,
  TRIAL: 13,
  TO_COMMERCIAL: 14,
  ADJUSTMENT: 15,
} as const;

/** Order statuses (§2 `status`). */
export const OS = { PENDING_REVIEW: 1, PROCESSING: 3, CANCELLED: 4, COMPLETED: 5, PENDING_PAYMENT: 6, TO_CONFIRM: 9 };

/** Order flags. */
export const OF = {
  /** a change order that lowers the spec: refunds money (§4, fee type 20) */
  DOWNGRADE: 1,
  /** yearly subscription */
  YEARLY: 2,
  /** an adjustment in the customer's favour (fee type 9, negative) rather than a charge (16) */
  COMPENSATION: 4,
  /** a renewal made by auto-renew (fee type 8) */
  AUTO_RENEW: 8,
  /** placed by operations staff rather than the customer */
  BY_OPERATOR: 16,
  /** a batch purchase with many line items */
  BATCH: 32,
};

const TYPE_CHOICES = [
  OT.NEW,
  OT.RENEW,
  OT.CHANGE,
  OT.UNSUBSCRIBE,
  OT.TO_ON_DEMAND,
  OT.TO_PERIOD,
  OT.TRIAL,
  OT.TO_COMMERCIAL,
  OT.ADJUSTMENT,
];
const TYPE_CUM = cumulative([34, 26, 10, 8, 3, 4, 3, 2, 6]);
/** Order creation by Beijing hour of day. */
const HOUR_CUM = cumulative([
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 5, 6, 6, 4, 5, 6, 6, 5.5, 4.5, 3, 2.5, 2.2, 2, 1.6, 1.2,
]);

/** Tags that keep the hash streams apart. */
export const TAG = {
  HISTORY: 1,
  DAY: 2,
  CUSTOMER: 3,
  ORDER: 4,
  ORDER_SALT: 5,
  FEE: 6,
  RESOURCE: 7,
  MALFORMED: 8,
  CREDENTIALS: 9,
  FEE_ID: 10,
};

export interface Customer {
  idx: number;
  id: string;
  assocAt: number;
  /** end of the association, Infinity when it does not end */
  endAt: number;
  /** association_type 2 代售 (resale); otherwise 1 顾问销售 */
  resale: boolean;
  /** chance of on-demand spend in a month */
  activity: number;
  /** multiplier of the monthly on-demand record count */
  volume: number;
  /** chance that a draw of this customer places the order */
  orderPropensity: number;
  /** amount multiplier */
  spend: number;
  /** pays from credit (monthly settlement) rather than cash */
  credit: boolean;
  /** sometimes runs into arrears */
  arrears: boolean;
  region: number;
  /** on-demand resources the customer runs */
  pool: number;
  /** cumulative weights of the services the customer orders (each leans on a handful) */
  serviceCum: number[];
  /** index into ACCOUNT_MANAGERS, -1 for none */
  manager: number;
  managerId: string | undefined;
  firstOrder: number;
  lastOrder: number;
  /** last completed subscription order (base of refunds and changes), -1 for none */
  lastSub: number;
  info: CustomerInformation;
}

/** Growable columns of the orders, in creation order (which is creation-time order). */
export class OrderColumns {
  n = 0;
  t = new Float64Array(0);
  cust = new Int32Array(0);
  svc = new Uint8Array(0);
  type = new Uint8Array(0);
  st0 = new Uint8Array(0);
  st1 = new Uint8Array(0);
  /** when the order reaches its final status st1 (paid, for completed orders) */
  resolve = new Float64Array(0);
  official = new Float64Array(0);
  discount = new Float64Array(0);
  base = new Int32Array(0);
  daySeq = new Uint16Array(0);
  lines = new Uint8Array(0);
  flags = new Uint8Array(0);
  /** next order of the same customer, -1 at the end */
  next = new Int32Array(0);

  reserve(size: number): void {
    if (size <= this.t.length) return;
    const cap = Math.max(size, Math.ceil(this.t.length * 1.5), 1024);
    const grow = <T extends Float64Array | Int32Array | Uint8Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.t = grow(this.t, (n) => new Float64Array(n));
    this.cust = grow(this.cust, (n) => new Int32Array(n));
    this.svc = grow(this.svc, (n) => new Uint8Array(n));
    this.type = grow(this.type, (n) => new Uint8Array(n));
    this.st0 = grow(this.st0, (n) => new Uint8Array(n));
    this.st1 = grow(this.st1, (n) => new Uint8Array(n));
    this.resolve = grow(this.resolve, (n) => new Float64Array(n));
    this.official = grow(this.official, (n) => new Float64Array(n));
    this.discount = grow(this.discount, (n) => new Float64Array(n));
    this.base = grow(this.base, (n) => new Int32Array(n));
    this.daySeq = grow(this.daySeq, (n) => new Uint16Array(n));
    this.lines = grow(this.lines, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.next = grow(this.next, (n) => new Int32Array(n));
  }
}

// Order ids: CS + yyMMdd + HHmm (Beijing) + 4 base-36 characters that encode the order's
// sequence number within its day through a bijection, so an id maps back to its index.
const SUFFIX_SPACE = 36 ** 4;
const SUFFIX_MUL = 7919;
const SUFFIX_INV = modInverse(SUFFIX_MUL, SUFFIX_SPACE);

function modInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

const two = (n: number) => String(n).padStart(2, '0');

export interface WorldOptions {
  seed: number;
  scale: Scale;
  /** the sandbox's start time, seconds */
  now: number;
}

export class World {
  readonly seed: number;
  readonly scale: Scale;
  readonly preset: Preset;
  /** first bill cycle with data */
  readonly originCycle: number;
  readonly originSec: number;
  readonly originDay: number;
  /** the sandbox's clock, seconds */
  now: number;
  /** bumped whenever days are generated; caches key on it */
  version = 0;
  readonly customers: Customer[] = [];
  readonly orders = new OrderColumns();
  /** first order index of each generated day, by (day - originDay) */
  private readonly dayFirst: number[] = [];
  private nextDay: number;
  private readonly byId = new Map<string, number>();
  private readonly usedNames = new Set<string>();
  private readonly usedLogins = new Set<string>();
  private readonly customerRate: number;
  private readonly orderRate: number;

  constructor(opts: WorldOptions) {
    this.seed = opts.seed >>> 0;
    this.scale = opts.scale;
    this.preset = PRESETS[opts.scale];
    this.now = Math.floor(opts.now);
    this.originCycle = cycleOf(this.now) - (this.preset.cycles - 1);
    this.originSec = cycleStart(this.originCycle);
    this.originDay = bjDay(this.originSec);
    this.nextDay = this.originDay;
    const windowDays = Math.max(1, (this.now - this.originSec) / DAY);
    // 60% of the customers were associated before the first cycle, 40% arrive during the
    // window (and go on arriving as the clock advances); some associations end.
    const historical = Math.round((this.preset.customers * 0.6) / 0.8);
    this.customerRate = (this.preset.customers * 0.4) / 0.92 / windowDays;
    this.orderRate = this.preset.orders / windowDays;
    this.orders.reserve(Math.ceil(this.preset.orders * 1.1));
    this.makeHistory(historical);
    this.generateUntil(this.now);
  }

  // ---- timeline --------------------------------------------------------------------

  /** Generates every day up to the one containing `sec`. */
  generateUntil(sec: number): void {
    const last = bjDay(sec);
    if (this.nextDay > last) return;
    while (this.nextDay <= last) this.generateDay(this.nextDay++);
    this.version++;
  }

  private makeHistory(count: number): void {
    const rng = new Rng(mix(this.seed, TAG.HISTORY));
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(this.originSec - 1 - Math.floor(rng.next() * 3 * 365 * DAY));
    times.sort((a, b) => a - b);
    for (const t of times) this.addCustomer(t);
  }

  private generateDay(day: number): void {
    const rng = new Rng(mix(this.seed, TAG.DAY, day));
    const start = bjDayStart(day);
    const weekend = bjWeekday(day) % 6 === 0;
    // New customers of the day.
    const arrivals: number[] = [];
    for (let k = rng.poisson(this.customerRate); k > 0; k--) arrivals.push(start + this.timeOfDay(rng));
    arrivals.sort((a, b) => a - b);
    for (const t of arrivals) this.addCustomer(t);
    // Orders of the day.
    const times: number[] = [];
    for (let k = rng.poisson(this.orderRate * (weekend ? 0.45 : 1.22)); k > 0; k--)
      times.push(start + this.timeOfDay(rng));
    times.sort((a, b) => a - b);
    this.dayFirst[day - this.originDay] = this.orders.n;
    let seq = 0;
    for (const t of times) if (seq < 65_535 && this.addOrder(t, seq, rng)) seq++;
  }

  private timeOfDay(rng: Rng): number {
    return pickCumulative(HOUR_CUM, rng.next()) * HOUR + rng.int(HOUR);
  }

  // ---- customers ---------------------------------------------------------------------

  private addCustomer(assocAt: number): void {
    const idx = this.customers.length;
    const rng = new Rng(mix(this.seed, TAG.CUSTOMER, idx));
    const id = rng.hex(32);
    const kind = rng.weighted([30, 45, 25]); // dormant, regular, heavy
    const activity = [0.12, 0.72, 0.97][kind]!;
    const volume = [0.4, 1, 2.6][kind]! * rng.logNormal(1, 0.35);
    const orderPropensity = [0.15, 0.5, 1][kind]!;
    const spend = [0.35, 1, 3][kind]! * rng.logNormal(1, 0.5);
    const endAt = rng.chance(0.18) ? assocAt + (30 + rng.int(870)) * DAY + rng.int(DAY) : Infinity;
    const resale = rng.chance(0.55);
    const manager = rng.chance(0.8) ? rng.int(ACCOUNT_MANAGERS.length) : -1;
    const region = rng.weighted(REGION_WEIGHTS);
    const customerType = [1, 0, -1][rng.weighted([78, 14, 8])]!;
    const verified = customerType === -1 ? '-1' : ['2', '0', '1', '-1'][rng.weighted([90, 5, 3, 2])]!;

    let name: string | undefined;
    let login: string;
    if (customerType === 1) {
      const [company, pinyin, city] = this.companyName(rng);
      name = company;
      login = `${pinyin}-${city}`;
    } else if (customerType === 0) {
      const [surname, sp] = rng.pick(SURNAMES);
      const [given, gp] = rng.pick(GIVEN_NAMES);
      name = surname + given;
      login = `${sp}${gp}`;
    } else {
      login = `hw${rng.range(10_000_000, 99_999_999)}`;
    }
    if (verified === '-1') name = undefined;
    login = this.uniqueLogin(login, rng);

    const info: CustomerInformation = {
      customer: name,
      account_name: login,
      customer_id: id,
      associated_on: fmtUtc(assocAt),
      association_type: resale ? '2' : '1',
      label: rng.chance(0.65) ? rng.pick(LABELS) : undefined,
      telephone: `${rng.pick(PHONE_PREFIXES)}****${String(rng.int(10_000)).padStart(4, '0')}`,
      verified_status: verified,
      country_code: '0086',
      customer_type: customerType,
      is_frozen: [0, 1, 2][rng.weighted([97, 2, 1])]!,
      account_managers: manager >= 0 ? [{ account_name: ACCOUNT_MANAGERS[manager] }] : undefined,
      xaccount_id: undefined,
      xaccount_type: undefined,
      customer_level: `V${rng.weighted([30, 30, 20, 12, 6, 2])}`,
      email: `${login.replace(/[^a-z0-9]/g, '').slice(0, 2)}***@${rng.pick(EMAIL_DOMAINS)}`,
    };
    if (rng.chance(0.3)) {
      info.xaccount_id = `U${rng.range(100_000_000, 999_999_999)}`;
      info.xaccount_type = 'PARTNER_SALES_PLATFORM';
    }
    const customer: Customer = {
      idx,
      id,
      assocAt,
      endAt,
      resale,
      activity,
      volume,
      orderPropensity,
      spend,
      credit: rng.chance(0.25),
      arrears: rng.chance(0.06),
      region,
      pool: 1 + Math.floor(activity * volume * 3 + rng.int(3)),
      serviceCum: cumulative(ORDER_WEIGHTS.map((w) => w * (rng.chance(0.25) ? 0.1 : 1))),
      manager,
      managerId: manager >= 0 ? new Rng(mix(this.seed, TAG.CUSTOMER, 1e6 + manager)).hex(32) : undefined,
      firstOrder: -1,
      lastOrder: -1,
      lastSub: -1,
      info,
    };
    this.customers.push(customer);
    this.byId.set(id, idx);
  }

  /** [company name, trade-name pinyin, city abbreviation], unique across customers. */
  private companyName(rng: Rng): [string, string, string] {
    for (let attempt = 0; ; attempt++) {
      const [city, cityPy] = rng.pick(CITIES);
      const [trade, tradePy] = rng.pick(TRADE_NAMES);
      const industry = rng.pick(INDUSTRIES);
      const suffix = SUFFIXES[rng.weighted(SUFFIXES.map((s) => s[1]))]![0];
      // Now and then the registered style 云帆（杭州）科技有限公司.
      const name = rng.chance(0.12) ? `${trade}（${city}）${industry}${suffix}` : `${city}${trade}${industry}${suffix}`;
      const unique = attempt < 20 ? name : `${city}${trade}${industry}${suffix.replace('有限', `${attempt}号有限`)}`;
      if (!this.usedNames.has(unique)) {
        this.usedNames.add(unique);
        return [unique, tradePy, cityPy];
      }
    }
  }

  private uniqueLogin(base: string, rng: Rng): string {
    let login = base;
    while (this.usedLogins.has(login)) login = `${base}${rng.range(1, 999)}`;
    this.usedLogins.add(login);
    return login;
  }

  customerIndex(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Customers associated at or before `sec` (ended ones included): customers are sorted by association time. */
  associatedBy(sec: number): number {
    let lo = 0;
    let hi = this.customers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.customers[mid]!.assocAt <= sec) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isAssociated(c: Customer, sec: number): boolean {
    return c.assocAt <= sec && sec < c.endAt;
  }

  // ---- orders ------------------------------------------------------------------------

  private addOrder(t: number, seq: number, rng: Rng): boolean {
    const visible = this.associatedBy(t);
    if (visible === 0) return false;
    let c: Customer | undefined;
    for (let k = 0; k < 8 && !c; k++) {
      const candidate = this.customers[rng.int(visible)]!;
      if (candidate.endAt > t && rng.next() < candidate.orderPropensity) c = candidate;
    }
    if (!c) return false;

    const o = this.orders;
    let type: number = TYPE_CHOICES[pickCumulative(TYPE_CUM, rng.next())]!;
    let flags = 0;
    let base = -1;
    const needsBase = type === OT.CHANGE || type === OT.UNSUBSCRIBE || type === OT.TO_ON_DEMAND;
    if (needsBase || type === OT.RENEW) {
      const candidate = c.lastSub;
      if (candidate >= 0 && o.resolve[candidate]! < t) base = candidate;
      else if (needsBase) type = OT.NEW;
    }
    let svc = base >= 0 ? o.svc[base]! : this.pickService(c, rng);
    if (type === OT.RENEW) base = -1; // a renewal names no base order; it only keeps the service
    if (type === OT.CHANGE && rng.chance(0.35)) flags |= OF.DOWNGRADE;
    const refundLike = type === OT.UNSUBSCRIBE || type === OT.TO_ON_DEMAND || (flags & OF.DOWNGRADE) !== 0;
    if (type === OT.ADJUSTMENT && rng.chance(0.5)) flags |= OF.COMPENSATION;
    if (type === OT.RENEW && rng.chance(0.4)) flags |= OF.AUTO_RENEW;
    if (type === OT.ADJUSTMENT || rng.chance(0.04)) flags |= OF.BY_OPERATOR;
    const subscription = type === OT.NEW || type === OT.RENEW || type === OT.TO_PERIOD || type === OT.TO_COMMERCIAL;
    if (subscription && rng.chance(0.3)) flags |= OF.YEARLY;
    if (type === OT.ADJUSTMENT) svc = this.pickService(c, rng);

    // Line items: an ECS order carries its disk (and often its IP), RDS its storage;
    // 3% are batch purchases with many lines.
    let lines = 1;
    if (base >= 0) lines = o.lines[base]!;
    else if (type !== OT.ADJUSTMENT && type !== OT.TRIAL) {
      if (svc === SVC_ECS) lines = 2 + (rng.chance(0.6) ? 1 : 0);
      else if (svc === SVC_RDS) lines = 2;
      if (rng.chance(0.03)) {
        lines = rng.range(4, 25);
        flags |= OF.BATCH;
      }
    }

    // Amounts (units of 1e-8 yuan).
    const s = SERVICES[svc]!;
    let official: number;
    let discount = 0;
    if (refundLike) {
      const paid = o.official[base]! - o.discount[base]!;
      official = Math.round(paid * (0.2 + 0.7 * rng.next()));
      if (official <= 0) return false;
    } else if (type === OT.ADJUSTMENT) {
      official = exactUnits(rng.logNormal(60 * c.spend, 1));
    } else if (type === OT.TRIAL) {
      official = centsUnits(rng.logNormal(s.orderMedian * 0.2, 0.5));
      discount = official;
    } else {
      let yuan = rng.logNormal(s.orderMedian * c.spend * Math.sqrt(lines), 0.8);
      if (flags & OF.YEARLY) yuan *= 10;
      if (type === OT.CHANGE) yuan *= 0.4;
      if (rng.chance(0.015)) yuan *= 80;
      official = centsUnits(yuan);
      const rate = c.resale ? 0.05 + 0.3 * rng.next() : rng.chance(0.5) ? 0.15 * rng.next() : 0;
      discount = Math.round(official * rate);
    }

    // Status: most orders are paid within minutes; some wait (pending payment, review,
    // confirmation) for hours or days and then complete or get cancelled.
    let st0: number;
    let st1: number;
    let resolve: number;
    if (refundLike || type === OT.ADJUSTMENT) {
      st0 = OS.PROCESSING;
      st1 = rng.chance(0.97) ? OS.COMPLETED : OS.CANCELLED;
      resolve = t + (rng.chance(0.8) ? rng.range(60, HOUR) : rng.range(HOUR, 3 * DAY));
    } else if (type !== OT.TRIAL && rng.chance(0.14)) {
      st0 = [OS.PENDING_PAYMENT, OS.PENDING_REVIEW, OS.TO_CONFIRM, OS.PROCESSING][rng.weighted([80, 8, 7, 5])]!;
      st1 = rng.chance(0.72) ? OS.COMPLETED : OS.CANCELLED;
      resolve = t + rng.range(HOUR, 12 * DAY);
    } else {
      st0 = OS.PENDING_PAYMENT;
      st1 = rng.chance(0.03) ? OS.CANCELLED : OS.COMPLETED;
      resolve = t + rng.range(20, 900);
    }

    const i = o.n;
    o.reserve(i + 1);
    o.n = i + 1;
    o.t[i] = t;
    o.cust[i] = c.idx;
    o.svc[i] = svc;
    o.type[i] = type;
    o.st0[i] = st0;
    o.st1[i] = st1;
    o.resolve[i] = resolve;
    o.official[i] = official;
    o.discount[i] = discount;
    o.base[i] = refundLike ? base : -1;
    o.daySeq[i] = seq;
    o.lines[i] = lines;
    o.flags[i] = flags;
    o.next[i] = -1;
    if (c.lastOrder >= 0) o.next[c.lastOrder] = i;
    else c.firstOrder = i;
    c.lastOrder = i;
    if (subscription && st1 === OS.COMPLETED && official > discount) c.lastSub = i;
    else if (type === OT.UNSUBSCRIBE || type === OT.TO_ON_DEMAND) c.lastSub = -1;
    return true;
  }

  private pickService(c: Customer, rng: Rng): number {
    return pickCumulative(c.serviceCum, rng.next());
  }

  /** Orders created at or before `sec` (orders are in creation-time order). */
  ordersBy(sec: number): number {
    const t = this.orders.t;
    let lo = 0;
    let hi = this.orders.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid]! <= sec) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First order created at or after `sec`. */
  ordersBefore(sec: number): number {
    const t = this.orders.t;
    let lo = 0;
    let hi = this.orders.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid]! < sec) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  orderId(i: number): string {
    const o = this.orders;
    const p = bjParts(o.t[i]!);
    const day = bjDay(o.t[i]!);
    const code = (o.daySeq[i]! * SUFFIX_MUL + this.salt(day)) % SUFFIX_SPACE;
    const suffix = code.toString(36).toUpperCase().padStart(4, '0');
    return `CS${two(p.y % 100)}${two(p.mo)}${two(p.d)}${two(p.h)}${two(p.mi)}${suffix}`;
  }

  /** Index of an order id (case-insensitive), or undefined. Ignores visibility. */
  findOrder(id: string): number | undefined {
    const m = /^CS(\d{2})(\d{2})(\d{2})\d{4}([0-9A-Z]{4})$/.exec(id.toUpperCase());
    if (!m) return undefined;
    const dayMs = Date.UTC(2000 + Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (!Number.isFinite(dayMs)) return undefined;
    const day = dayMs / 1000 / DAY;
    const first = this.dayFirst[day - this.originDay];
    if (first === undefined) return undefined;
    const end = this.dayFirst[day - this.originDay + 1] ?? this.orders.n;
    const code = parseInt(m[4]!, 36);
    const seq = (((code - this.salt(day) + SUFFIX_SPACE) % SUFFIX_SPACE) * SUFFIX_INV) % SUFFIX_SPACE;
    const i = first + seq;
    if (i >= end || this.orderId(i) !== id.toUpperCase()) return undefined;
    return i;
  }

  /** Index of an order id that exists at `now`, or undefined. */
  visibleOrder(id: string): number | undefined {
    const i = this.findOrder(id);
    return i !== undefined && this.orders.t[i]! <= this.now ? i : undefined;
  }

  private salt(day: number): number {
    return mix(this.seed, TAG.ORDER_SALT, day) % SUFFIX_SPACE;
  }

  /** Status of order i at `now`. */
  status(i: number, now = this.now): number {
    return now >= this.orders.resolve[i]! ? this.orders.st1[i]! : this.orders.st0[i]!;
  }

  /** Payment (completion) time of order i if it is completed at `now`. */
  paidAt(i: number, now = this.now): number | undefined {
    const o = this.orders;
    return o.st1[i] === OS.COMPLETED && now >= o.resolve[i]! ? o.resolve[i]! : undefined;
  }
}
