import { z } from 'zod';
import { IsoDate, Paging, SearchText, SortOrder, checkRange } from '../common/schema';
import { Amount } from '../customers/schema';

/** An order id as typed or pasted: full-width folded, outer spaces trimmed, inner spaces refused. */
export const OrderIdInput = z
  .string()
  .max(64, 'validation.orderIdTooLong')
  .transform((s) => s.normalize('NFKC').trim())
  .refine((s) => !/\s/.test(s), 'validation.orderIdSpaces')
  .refine((s) => /^[A-Za-z0-9_-]*$/.test(s), 'validation.orderIdChars');

export const OrderFilter = z
  .object({
    search: SearchText.optional(),
    orderId: OrderIdInput.optional(),
    status: z.array(z.number().int()).max(20).optional(),
    orderType: z.array(z.number().int()).max(20).optional(),
    serviceType: z.string().max(128).optional(),
    customerId: z.string().max(64).optional(),
    createdFrom: IsoDate.optional(),
    createdTo: IsoDate.optional(),
    paidFrom: IsoDate.optional(),
    paidTo: IsoDate.optional(),
  })
  .strict()
  .refine((f) => checkRange(f.createdFrom, f.createdTo), { message: 'validation.dateRange', path: ['createdTo'] })
  .refine((f) => checkRange(f.paidFrom, f.paidTo), { message: 'validation.dateRange', path: ['paidTo'] });
export type OrderFilter = z.input<typeof OrderFilter>;

export const OrderSortField = z.enum(['createTime', 'paymentTime', 'amount']);
export const OrderSort = z.object({ field: OrderSortField, order: SortOrder }).strict();
export const OrderListInput = z.object({ filter: OrderFilter, sort: OrderSort, ...Paging }).strict();
export type OrderListInput = z.input<typeof OrderListInput>;

export const OrderRow = z.object({
  orderId: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  serviceTypeCode: z.string().nullable(),
  serviceTypeName: z.string().nullable(),
  status: z.number().nullable(),
  orderType: z.number().nullable(),
  /** Exact, up to 8 decimals; the list shows the settled 2-decimal amount. */
  amountAfterDiscount: Amount.nullable(),
  officialAmount: Amount.nullable(),
  currency: z.string().nullable(),
  createTime: z.string(),
  paymentTime: z.string().nullable(),
});
export type OrderRow = z.infer<typeof OrderRow>;

export const OrderPage = z.object({
  total: z.number().int(),
  /**
   * More orders match than `total`: a search is counted only a little past the rows asked
   * for (counting every match of a broad search cost more than the page itself), so
   * `total` is then a lower bound that grows as the list is scrolled.
   */
  more: z.boolean().optional(),
  rows: z.array(OrderRow),
});
export type OrderPage = z.infer<typeof OrderPage>;

export const OrderFacets = z.object({ serviceTypes: z.array(z.object({ code: z.string(), name: z.string() })) });

const AmountInfo = z
  .object({
    discounts: z
      .array(z.object({ discount_type: z.string().nullable(), discount_amount: Amount.nullable() }))
      .nullable(),
    flexipurchase_coupon_amount: Amount.nullable(),
    coupon_amount: Amount.nullable(),
    stored_card_amount: Amount.nullable(),
    commission_amount: Amount.nullable(),
    consumed_amount: Amount.nullable(),
  })
  .partial();

export const LineItem = z.object({
  lineItemId: z.string().nullable(),
  serviceTypeName: z.string().nullable(),
  productSpecDesc: z.string().nullable(),
  periodType: z.number().nullable(),
  periodNum: z.number().nullable(),
  subscriptionNum: z.number().nullable(),
  effectiveTime: z.string().nullable(),
  expireTime: z.string().nullable(),
  amountAfterDiscount: Amount.nullable(),
  officialAmount: Amount.nullable(),
});

export const OrderDetail = z.object({
  order: OrderRow.extend({
    amountInfo: AmountInfo.nullable(),
    contractId: z.string().nullable(),
    userName: z.string().nullable(),
  }).nullable(),
  lineItems: z.array(LineItem),
  totalLineItems: z.number().int(),
  /** live: just fetched; cache: from an earlier fetch (offline or failed); list: only the list fields are known. */
  source: z.enum(['live', 'cache', 'list']),
  fetchedAt: z.string().nullable(),
  /** Why the details are not live, in the user's language. */
  notice: z.string().nullable(),
});
export type OrderDetail = z.infer<typeof OrderDetail>;
