import { z } from 'zod';
import { AmountFormatError, toUnits } from '../../shared/money/units';
import { FAIL, arrayCheck, checkOf, fast, nullishCheck, objectCheck } from './fast-wire';

/**
 * Schemas of the BSS API records as they arrive through parseLossless (every JSON number
 * is decimal text). Each record is validated on its own: a bad one is quarantined with the
 * reason and the raw payload, the rest of the page goes on. Field names follow
 * ../shared/reference/bss-api.md exactly.
 */

/** A JSON number (decimal text after parseLossless) or a numeric string, as text; null otherwise. */
const numeric = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
const numericIn = z.union([z.string(), z.number()]);

/** A numeric field whose text must match `pattern`, converted by `convert`. */
function numericText<T>(pattern: RegExp, what: string, convert: (text: string) => T) {
  return fast(
    numericIn.transform((v, ctx) => {
      const s = String(v);
      if (!pattern.test(s)) {
        ctx.addIssue({ code: 'custom', message: `${what}: ${s.slice(0, 20)}` });
        return z.NEVER;
      }
      return convert(s);
    }),
    (v) => {
      const s = numeric(v);
      return s !== null && pattern.test(s) ? convert(s) : FAIL;
    },
  );
}

/** An int32 field: JSON number (text after parseLossless) or a numeric string. */
const int = numericText(/^-?\d{1,10}$/, 'not an integer', Number);

/** int64 range with room for sums of many records. */
const AMOUNT_LIMIT = 10n ** 17n;
/** Exact 10^-8 units of an amount's text; throws AmountFormatError. */
function amountUnits(text: string): bigint {
  const units = toUnits(text);
  if (units > AMOUNT_LIMIT || units < -AMOUNT_LIMIT) throw new AmountFormatError(text, 'amount out of range');
  return units;
}

/** An amount: exact 10^-8 units as bigint (stored as INTEGER, never REAL). */
const amount = fast(
  numericIn.transform((v, ctx) => {
    try {
      return amountUnits(String(v));
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }),
  (v) => {
    const s = numeric(v);
    if (s === null) return FAIL;
    try {
      return amountUnits(s);
    } catch {
      return FAIL;
    }
  },
);

/** A decimal quantity that is not money (usage amounts): kept as canonical text. */
const decimalText = numericText(/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/, 'not a number', (s) => s);

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isUtcTime = (s: string) => UTC_TIME.test(s) && !Number.isNaN(Date.parse(s));
const utcTime = fast(z.string().refine(isUtcTime, 'not a UTC time yyyy-MM-ddTHH:mm:ssZ'), (v) =>
  typeof v === 'string' && isUtcTime(v) ? v : FAIL,
);
const CYCLE = /^\d{4}-(0[1-9]|1[0-2])$/;
const cycle = fast(z.string().regex(CYCLE, 'not a bill cycle YYYY-MM'), (v) =>
  typeof v === 'string' && CYCLE.test(v) ? v : FAIL,
);
/** A string of at most `max` UTF-16 units (and at least `min`), as z.string().min().max() counts. */
const text = (max: number, min = 0) =>
  fast(z.string().min(min).max(max), (v) => (typeof v === 'string' && v.length >= min && v.length <= max ? v : FAIL));
const id = text(128, 1);
const str = text(4096);
const anyText = fast(z.string(), (v) => (typeof v === 'string' ? v : FAIL));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => {
  const allowed = new Set<unknown>(values);
  return fast(z.enum(values), (v) => (allowed.has(v) ? v : FAIL));
};
const asText = fast(numericIn.transform(String), (v) => numeric(v) ?? FAIL);

/** The optional fields of the API are pointers: absent or null. */
const opt = <T extends z.ZodType>(t: T) => {
  const inner = checkOf(t);
  const schema = t.nullish().transform((v) => v ?? null);
  return inner ? fast(schema, nullishCheck(inner)) : schema;
};
/** An object with the fast path of its fields. */
const object = <S extends Record<string, z.ZodType>>(shape: S) => {
  const schema = z.object(shape);
  const check = objectCheck(shape);
  return check ? fast(schema, check) : schema;
};
/** An array with the fast path of its items. */
const array = <T extends z.ZodType>(item: T) => {
  const schema = z.array(item);
  const inner = checkOf(item);
  return inner ? fast(schema, arrayCheck(inner)) : schema;
};

export const CustomerRecord = object({
  customer_id: id,
  account_name: str,
  customer: opt(str),
  associated_on: opt(utcTime),
  association_type: opt(oneOf(['1', '2'])),
  label: opt(str),
  telephone: opt(str),
  verified_status: opt(text(4)),
  country_code: opt(text(8)),
  customer_type: opt(int),
  is_frozen: opt(int),
  account_managers: opt(array(object({ account_name: opt(str) }))),
  xaccount_id: opt(str),
  xaccount_type: opt(str),
  customer_level: opt(text(4)),
  email: opt(text(256)),
});
export type CustomerRecord = z.output<typeof CustomerRecord>;

const DiscountItem = object({ discount_type: opt(anyText), discount_amount: opt(amount) });
export const AmountInfo = object({
  discounts: opt(array(DiscountItem)),
  flexipurchase_coupon_amount: opt(amount),
  coupon_amount: opt(amount),
  stored_card_amount: opt(amount),
  commission_amount: opt(amount),
  consumed_amount: opt(amount),
});

const orderFields = {
  order_id: id,
  customer_id: id,
  service_type_code: opt(str),
  service_type_name: opt(str),
  source_type: opt(int),
  status: opt(int),
  order_type: opt(int),
  amount_after_discount: opt(amount),
  official_amount: opt(amount),
  measure_id: opt(int),
  create_time: utcTime,
  payment_time: opt(utcTime),
  currency: opt(text(8)),
  contract_id: opt(str),
  amount_info: opt(AmountInfo),
};
export const SubOrderRecord = object(orderFields);
export const OrderRecord = object({
  ...orderFields,
  enterprise_projects: opt(array(object({ id: opt(str), name: opt(str) }))),
  sub_order_infos: opt(array(SubOrderRecord)),
});
export type OrderRecord = z.output<typeof OrderRecord>;

export const RefundInfoRecord = object({
  id,
  amount,
  measure_id: asText,
  customer_id: id,
  resource_type_code: str,
  service_type_code: str,
  resource_type_name: opt(str),
  service_type_name: opt(str),
  region_code: str,
  base_order_id: opt(str),
});
export type RefundInfoRecord = z.output<typeof RefundInfoRecord>;

export const BillSumRecord = object({
  customer_id: id,
  cloud_service_type: opt(str),
  cloud_service_type_name: opt(str),
  bill_type: opt(oneOf(['0', '1', '2'])),
  charge_mode: opt(text(4)),
  amount: amount,
  debt_amount: opt(amount),
  adjustment_amount: opt(amount),
  discount_amount: opt(amount),
  measure_id: opt(int),
  account_details: opt(array(object({ balance_type: opt(str), amount: opt(amount), bill_type: opt(str) }))),
  resource_type_code: opt(str),
  resource_type_name: opt(str),
});
export type BillSumRecord = z.output<typeof BillSumRecord>;

export const FeeRecord = object({
  id,
  bill_cycle: cycle,
  customer_id: id,
  association_type: opt(oneOf(['1', '2'])),
  service_type_code: opt(str),
  resource_type_code: opt(str),
  service_type_name: opt(str),
  resource_type_name: opt(str),
  charging_mode: opt(int),
  trade_time: opt(utcTime),
  trade_id: opt(str),
  bill_detail_type: opt(int),
  resource_id: opt(str),
  resource_name: opt(str),
  product_spec_desc: opt(str),
  region_code: opt(str),
  region_name: opt(str),
  product_id: opt(str),
  product_name: opt(str),
  resource_tag: opt(str),
  consume_time: opt(utcTime),
  usage_type: opt(str),
  usage_amount: opt(decimalText),
  usage_measure_id: opt(int),
  official_amount: opt(amount),
  official_discount_amount: opt(amount),
  payment_amount: opt(amount),
  cash_amount: opt(amount),
  credit_amount: opt(amount),
  coupon_amount: opt(amount),
  flexipurchase_coupon_amount: opt(amount),
  stored_value_card_amount: opt(amount),
  debt_amount: opt(amount),
  writeoff_amount: opt(amount),
  period_type: opt(int),
  account_manager_id: opt(str),
  partner_id: opt(str),
});
export type FeeRecord = z.output<typeof FeeRecord>;

/** Page envelopes: the list and its total. A broken envelope fails the page (retried). */
export const CustomersPage = z.object({ customer_infos: z.array(z.unknown()).nullish(), count: int.nullish() });
export const OrdersPage = z.object({ order_infos: z.array(z.unknown()).nullish(), total_count: int.nullish() });
export const RefundsPage = z.object({ refund_infos: z.array(z.unknown()).nullish(), total_count: int.nullish() });
export const BillSumsPage = z.object({
  bill_sums: z.array(z.unknown()).nullish(),
  count: int.nullish(),
  currency: z.string().nullish(),
});
export const FeeRecordsPage = z.object({
  fee_records: z.array(z.unknown()).nullish(),
  total_count: int.nullish(),
  currency: z.string().nullish(),
});
export const ConsumeCustomersPage = z.object({
  sub_customers: z.array(z.unknown()).nullish(),
  total_count: int.nullish(),
});

/** Short human reason from a zod error, stored with a quarantined record. */
export function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}

/** §3 order details: the order (CustomerOrderV3: V2 fields plus user_name) and its line items. */
export const OrderDetailsResponse = z.object({
  total_count: int.nullish(),
  order_info: z.object({ ...orderFields, user_name: opt(str) }).nullish(),
  order_line_items: z
    .array(
      z.object({
        order_line_item_id: opt(str),
        service_type_name: opt(str),
        product_spec_desc: opt(str),
        period_type: opt(int),
        period_num: opt(int),
        subscription_num: opt(int),
        effective_time: opt(z.string()),
        expire_time: opt(z.string()),
        amount_after_discount: opt(amount),
        official_amount: opt(amount),
      }),
    )
    .nullish(),
});
