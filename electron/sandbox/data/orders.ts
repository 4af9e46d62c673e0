/**
 * Builds the API shapes of an order (§2 list form, §3 detail + line items, §4 refund
 * amounts) from the order columns. Everything not stored in a column is re-derived from a
 * PRNG seeded by the order's index, so the same order always reads the same.
 */
import type {
  AmountInfomationV2,
  CustomerOrderV2,
  CustomerOrderV3,
  DiscountItemV2,
  OrderLineItemEntityV2,
  OrderRefundInfoV2,
} from './api-types';
import {
  FREE_OF_CHARGE_DISCOUNT,
  PARTNER_DISCOUNTS,
  PROMO_DISCOUNTS,
  REGIONS,
  REGION_WEIGHTS,
  SERVICES,
  SVC_ECS,
  SVC_EVS,
  SVC_RDS,
  SVC_VPC,
  label,
  type Lang,
} from './catalog';
import { type World, OF, OS, OT, TAG, type Customer } from './generate';
import { UNITS_PER_CENT, money, splitUnits } from './money';
import { Rng, cumulative, fmix, hex32, mix, pickCumulative, unit } from './prng';
import { DAY, fmtUtc } from './time';

/** One line of an order (a resource), with its exact amounts in units. */
export interface OrderLine {
  k: number;
  svc: number;
  res: number;
  region: number;
  /** hash key of the resource's identity (see resourceIdentity) */
  key: number;
  official: number;
  discount: number;
  coupon: number;
  flexi: number;
  storedCard: number;
  periodType: number;
  periodNum: number | undefined;
  subscriptionNum: number;
}

/** Orders that give money back: unsubscribe, to-on-demand, downgrade. */
export function isRefundOrder(w: World, i: number): boolean {
  const type = w.orders.type[i]!;
  return type === OT.UNSUBSCRIBE || type === OT.TO_ON_DEMAND || (w.orders.flags[i]! & OF.DOWNGRADE) !== 0;
}

/** The (service, resource type) of line k of an order on service `svc`. */
function lineShape(svc: number, k: number, key: number): [number, number] {
  if (svc === SVC_ECS) return [[SVC_ECS, SVC_EVS, SVC_VPC][k % 3]!, k % 3 === 2 ? key & 1 : 0];
  if (svc === SVC_RDS) return [SVC_RDS, k % 2];
  return [svc, key % SERVICES[svc]!.resources.length];
}

const REGION_CUM = cumulative(REGION_WEIGHTS);

/** Region of a resource: mostly the customer's home region. */
export function resourceRegion(c: Customer, key: number): number {
  if (fmix(key ^ 0x5bd1e995) / 4294967296 < 0.8) return c.region;
  return pickCumulative(REGION_CUM, fmix(key ^ 0x1b873593) / 4294967296);
}

export interface ResourceIdentity {
  spec: string;
  productId: string;
  resourceId: string;
  resourceName: string;
  resourceTag: string | undefined;
}

/** Stable identity of a resource (id, name, spec, product) from its hash key. */
export function resourceIdentity(svc: number, res: number, key: number): ResourceIdentity {
  const r = new Rng(key);
  const s = SERVICES[svc]!;
  const rt = s.resources[res]!;
  const specIdx = r.int(rt.specs.length);
  const h = r.hex(32);
  const tag = r.weighted([55, 25, 20]);
  return {
    spec: rt.specs[specIdx]!,
    productId: `OFFI${hex32(mix(svc, res, specIdx), 8)}${hex32(mix(specIdx, res, svc, 7), 8)}`.toUpperCase(),
    resourceId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    resourceName: `${s.prefix}-${r.hex(4)}`,
    resourceTag:
      tag === 0 ? undefined : tag === 1 ? 'env:prod' : `project:${r.pick(['crm', 'erp', 'web', 'bigdata', 'ai'])}`,
  };
}

/** Line items of order i; their amounts add up exactly to the order's. */
export function orderLines(w: World, i: number): OrderLine[] {
  const o = w.orders;
  const base = o.base[i]!;
  if (base >= 0) return refundLines(w, i, base);
  const c = w.customers[o.cust[i]!]!;
  const rng = new Rng(mix(w.seed, TAG.ORDER, i));
  const n = o.lines[i]!;
  const yearly = (o.flags[i]! & OF.YEARLY) !== 0;
  const batch = (o.flags[i]! & OF.BATCH) !== 0;
  const weights = Array.from({ length: n }, (_, k) => (k === 0 ? 2 : 0.3 + rng.next()));
  const officials = splitUnits(o.official[i]!, weights);
  const discounts = splitUnits(o.discount[i]!, weights);
  const type = o.type[i]!;
  const periodic = type !== OT.ADJUSTMENT;
  return officials.map((official, k) => {
    const key = mix(w.seed, TAG.RESOURCE, 0x4f524452, i, k);
    const [svc, res] = lineShape(o.svc[i]!, k, key);
    const discount = discounts[k]!;
    let left = official - discount;
    const cents = (x: number) => Math.floor(x / UNITS_PER_CENT) * UNITS_PER_CENT;
    const coupon = rng.chance(0.12) ? cents(left * (0.1 + 0.4 * rng.next())) : 0;
    left -= coupon;
    const flexi = rng.chance(0.05) ? cents(left * 0.3 * rng.next()) : 0;
    left -= flexi;
    const storedCard = rng.chance(0.03) ? cents(left * 0.3 * rng.next()) : 0;
    return {
      k,
      svc,
      res,
      region: resourceRegion(c, key),
      key,
      official,
      discount,
      coupon,
      flexi,
      storedCard,
      periodType: periodic ? (yearly ? 3 : 2) : 5,
      periodNum: periodic ? (yearly ? rng.range(1, 3) : rng.pick([1, 1, 1, 3, 6])) : undefined,
      subscriptionNum: batch ? rng.range(1, 10) : 1,
    };
  });
}

/** A refund-like order refunds part of each line of its base order. */
function refundLines(w: World, i: number, base: number): OrderLine[] {
  const baseLines = orderLines(w, base);
  const refunds = splitUnits(
    w.orders.official[i]!,
    baseLines.map((l) => Math.max(1, l.official - l.discount)),
  );
  return baseLines.map((l, k) => ({
    ...l,
    official: refunds[k]!,
    discount: 0,
    coupon: 0,
    flexi: 0,
    storedCard: 0,
    periodNum: undefined,
    subscriptionNum: 1,
  }));
}

interface RefundExtras {
  /** amount already consumed of the base order */
  consumed: number;
  /** unsubscribe fee */
  commission: number;
}

function refundExtras(w: World, i: number): RefundExtras {
  const o = w.orders;
  const base = o.base[i]!;
  const paid = o.official[base]! - o.discount[base]!;
  const rng = new Rng(mix(w.seed, TAG.ORDER, i, 1));
  const commission = rng.chance(0.3)
    ? Math.floor((paid * (0.02 + 0.03 * rng.next())) / UNITS_PER_CENT) * UNITS_PER_CENT
    : 0;
  return { consumed: Math.max(0, paid - o.official[i]! - commission), commission };
}

function amountInfo(w: World, i: number, lines: OrderLine[]): AmountInfomationV2 {
  const o = w.orders;
  const c = w.customers[o.cust[i]!]!;
  const sum = (f: (l: OrderLine) => number) => lines.reduce((acc, l) => acc + f(l), 0);
  const discounts: DiscountItemV2[] = [];
  const total = o.discount[i]!;
  if (total > 0) {
    const rng = new Rng(mix(w.seed, TAG.ORDER, i, 2));
    if (o.type[i] === OT.TRIAL) {
      discounts.push({ discount_type: FREE_OF_CHARGE_DISCOUNT, discount_amount: money(total) });
    } else {
      const types = c.resale ? PARTNER_DISCOUNTS : PROMO_DISCOUNTS;
      const first = rng.pick(types);
      if (rng.chance(0.3)) {
        const part = Math.floor(total * (0.3 + 0.4 * rng.next()));
        const second = types.find((t) => t !== first)!;
        discounts.push({ discount_type: first, discount_amount: money(part) });
        discounts.push({ discount_type: second, discount_amount: money(total - part) });
      } else {
        discounts.push({ discount_type: first, discount_amount: money(total) });
      }
    }
  }
  const info: AmountInfomationV2 = {
    discounts,
    flexipurchase_coupon_amount: money(sum((l) => l.flexi)),
    coupon_amount: money(sum((l) => l.coupon)),
    stored_card_amount: money(sum((l) => l.storedCard)),
  };
  if (isRefundOrder(w, i)) {
    const extras = refundExtras(w, i);
    info.commission_amount = money(extras.commission);
    info.consumed_amount = money(extras.consumed);
  }
  return info;
}

function sourceType(w: World, i: number): number {
  const c = w.customers[w.orders.cust[i]!]!;
  if (w.orders.flags[i]! & OF.BY_OPERATOR) return 2;
  return c.resale && unit(w.seed, TAG.ORDER, i, 3) < 0.4 ? 2 : 1;
}

function commonFields(w: World, i: number, lang: Lang, lines: OrderLine[]) {
  const o = w.orders;
  const s = SERVICES[o.svc[i]!]!;
  const paid = w.paidAt(i);
  const contract = unit(w.seed, TAG.ORDER, i, 4) < 0.03;
  return {
    order_id: w.orderId(i),
    customer_id: w.customers[o.cust[i]!]!.id,
    service_type_code: s.code,
    service_type_name: label(s, lang),
    source_type: sourceType(w, i),
    status: w.status(i),
    order_type: o.type[i]!,
    amount_after_discount: money(o.official[i]! - o.discount[i]!),
    official_amount: money(o.official[i]!),
    measure_id: 1,
    create_time: fmtUtc(o.t[i]!),
    payment_time: paid === undefined ? undefined : fmtUtc(paid),
    currency: 'CNY',
    contract_id: contract ? `HT${hex32(mix(w.seed, TAG.ORDER, i, 5), 8).toUpperCase()}` : undefined,
    amount_info: amountInfo(w, i, lines),
  };
}

/** §2 CustomerOrderV2. */
export function orderV2(w: World, i: number, lang: Lang): CustomerOrderV2 {
  const order: CustomerOrderV2 = commonFields(w, i, lang, orderLines(w, i));
  if (unit(w.seed, TAG.ORDER, i, 6) < 0.2) order.enterprise_projects = [{ id: '0', name: 'default' }];
  return order;
}

/** §3 CustomerOrderV3. */
export function orderV3(w: World, i: number, lang: Lang, lines = orderLines(w, i)): CustomerOrderV3 {
  const o = w.orders;
  const flags = o.flags[i]!;
  const c = w.customers[o.cust[i]!]!;
  const order: CustomerOrderV3 = commonFields(w, i, lang, lines);
  order.user_name = flags & OF.BY_OPERATOR ? '运营人员' : flags & OF.AUTO_RENEW ? '运营系统' : c.info.account_name;
  if (order.status === OS.PENDING_PAYMENT) order.pending_payment_end_time = fmtUtc(o.t[i]! + 15 * DAY);
  return order;
}

function addMonths(sec: number, months: number): number {
  const d = new Date(sec * 1000);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime() / 1000;
}

/** §3 OrderLineItemEntityV2 list. */
export function lineItems(w: World, i: number, lang: Lang, lines = orderLines(w, i)): OrderLineItemEntityV2[] {
  const o = w.orders;
  const orderId = w.orderId(i);
  const start = w.paidAt(i) ?? o.t[i]!;
  const refund = isRefundOrder(w, i);
  return lines.map((l) => {
    const s = SERVICES[l.svc]!;
    const id = resourceIdentity(l.svc, l.res, l.key);
    const months = l.periodNum === undefined ? 0 : l.periodType === 3 ? 12 * l.periodNum : l.periodNum;
    return {
      order_line_item_id: `${orderId}-${String(l.k + 1).padStart(6, '0')}`,
      service_type_code: s.code,
      service_type_name: label(s, lang),
      product_id: id.productId,
      product_spec_desc: id.spec,
      period_type: l.periodType,
      period_num: refund ? undefined : l.periodNum,
      effective_time: fmtUtc(start),
      expire_time: months > 0 ? fmtUtc(addMonths(start, months)) : undefined,
      subscription_num: l.subscriptionNum,
      amount_after_discount: money(l.official - l.discount),
      official_amount: money(l.official),
      amount_info: {
        discounts: l.discount > 0 ? [{ discount_type: '900', discount_amount: money(l.discount) }] : [],
        flexipurchase_coupon_amount: money(l.flexi),
        coupon_amount: money(l.coupon),
        stored_card_amount: money(l.storedCard),
      },
      currency: 'CNY',
      category_code: s.code,
      product_owner_service: s.code,
      commercial_resource: s.resources[l.res]!.code,
      order_id: orderId,
    };
  });
}

/**
 * §4 refund amount records of a refund-like order: one negative record per refunded
 * resource, plus the consumed amount and the unsubscribe fee (positive). Other orders
 * have none.
 */
export function refundInfos(w: World, i: number, lang: Lang): OrderRefundInfoV2[] {
  if (!isRefundOrder(w, i)) return [];
  const o = w.orders;
  const c = w.customers[o.cust[i]!]!;
  const baseId = w.orderId(o.base[i]!);
  const lines = orderLines(w, i);
  const { consumed, commission } = refundExtras(w, i);
  const rng = new Rng(mix(w.seed, TAG.ORDER, i, 8));
  const record = (l: OrderLine, amount: number): OrderRefundInfoV2 => {
    const s = SERVICES[l.svc]!;
    const rt = s.resources[l.res]!;
    return {
      id: rng.hex(32),
      amount: money(amount),
      measure_id: '1',
      customer_id: c.id,
      resource_type_code: rt.code,
      service_type_code: s.code,
      resource_type_name: label(rt, lang),
      service_type_name: label(s, lang),
      region_code: REGIONS[l.region]!.code,
      base_order_id: baseId,
    };
  };
  const out = lines.map((l) => record(l, -l.official));
  if (consumed > 0) out.push(record(lines[0]!, consumed));
  if (commission > 0) out.push(record(lines[0]!, commission));
  return out;
}
