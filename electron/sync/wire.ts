import { z } from 'zod';
import { AmountFormatError, toUnits } from '../../shared/money/units';

/**
 * Schemas of the BSS API records as they arrive through parseLossless (every JSON number
 * is decimal text). Each record is validated on its own: a bad one is quarantined with the
 * reason and the raw payload, the rest of the page goes on. Field names follow
 * ../shared/reference/bss-api.md exactly.
 */

/** An int32 field: JSON number (text after parseLossless) or a numeric string. */
const int = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = String(v);
  if (!/^-?\d{1,10}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `not an integer: ${s.slice(0, 20)}` });
    return z.NEVER;
  }
  return Number(s);
});

/** An amount: exact 10^-8 units as bigint (stored as INTEGER, never REAL). */
const amount = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const units = toUnits(String(v));
    // int64 range with room for sums of many records.
    if (units > 10n ** 17n || units < -(10n ** 17n)) throw new AmountFormatError(String(v), 'amount out of range');
    return units;
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
    return z.NEVER;
  }
});

/** A decimal quantity that is not money (usage amounts): kept as canonical text. */
const decimalText = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = String(v);
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `not a number: ${s.slice(0, 20)}` });
    return z.NEVER;
  }
  return s;
});

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const utcTime = z
  .string()
  .refine((s) => UTC_TIME.test(s) && !Number.isNaN(Date.parse(s)), 'not a UTC time yyyy-MM-ddTHH:mm:ssZ');
const cycle = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a bill cycle YYYY-MM');
const id = z.string().min(1).max(128);
const str = z.string().max(4096);

/** The optional fields of the API are pointers: absent or null. */
const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? null);

export const CustomerRecord = z.object({
  customer_id: id,
  account_name: str,
  customer: opt(str),
  associated_on: opt(utcTime),
  association_type: opt(z.enum(['1', '2'])),
  label: opt(str),
  telephone: opt(str),
  verified_status: opt(z.string().max(4)),
  country_code: opt(z.string().max(8)),
  customer_type: opt(int),
  is_frozen: opt(int),
  account_managers: opt(z.array(z.object({ account_name: opt(str) }))),
  xaccount_id: opt(str),
  xaccount_type: opt(str),
  customer_level: opt(z.string().max(4)),
  email: opt(z.string().max(256)),
});
export type CustomerRecord = z.output<typeof CustomerRecord>;

const DiscountItem = z.object({ discount_type: opt(z.string()), discount_amount: opt(amount) });
export const AmountInfo = z.object({
  discounts: opt(z.array(DiscountItem)),
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
  currency: opt(z.string().max(8)),
  contract_id: opt(str),
  amount_info: opt(AmountInfo),
};
export const SubOrderRecord = z.object(orderFields);
export const OrderRecord = z.object({
  ...orderFields,
  enterprise_projects: opt(z.array(z.object({ id: opt(str), name: opt(str) }))),
  sub_order_infos: opt(z.array(SubOrderRecord)),
});
export type OrderRecord = z.output<typeof OrderRecord>;

export const RefundInfoRecord = z.object({
  id,
  amount,
  measure_id: z.union([z.string(), z.number()]).transform(String),
  customer_id: id,
  resource_type_code: str,
  service_type_code: str,
  resource_type_name: opt(str),
  service_type_name: opt(str),
  region_code: str,
  base_order_id: opt(str),
});
export type RefundInfoRecord = z.output<typeof RefundInfoRecord>;

export const BillSumRecord = z.object({
  customer_id: id,
  cloud_service_type: opt(str),
  cloud_service_type_name: opt(str),
  bill_type: opt(z.enum(['0', '1', '2'])),
  charge_mode: opt(z.string().max(4)),
  amount: amount,
  debt_amount: opt(amount),
  adjustment_amount: opt(amount),
  discount_amount: opt(amount),
  measure_id: opt(int),
  account_details: opt(z.array(z.object({ balance_type: opt(str), amount: opt(amount), bill_type: opt(str) }))),
  resource_type_code: opt(str),
  resource_type_name: opt(str),
});
export type BillSumRecord = z.output<typeof BillSumRecord>;

export const FeeRecord = z.object({
  id,
  bill_cycle: cycle,
  customer_id: id,
  association_type: opt(z.enum(['1', '2'])),
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
