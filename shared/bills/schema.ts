import { z } from 'zod';
import { Paging, SearchText, SortOrder } from '../common/schema';
import { Amount } from '../customers/schema';

/** A bill cycle, `YYYY-MM` (Beijing time, as the API counts them). */
export const BillCycle = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bills.validation.cycle');

const CustomerId = z.string().min(1).max(64);

/**
 * Sums over fee records, each a sum of per-record values: `settled` adds every record's
 * amount truncated toward zero to the cent, `erase` (抹零) every record's discarded part,
 * `official` the amounts as the API sent them — three independent sums, so that
 * Σ settled + Σ 抹零 = Σ official is a check, not a definition.
 */
export const BillSums = z.object({
  records: z.number().int(),
  official: Amount,
  settled: Amount,
  erase: Amount,
  /** Refund records (bill_detail_type 4/20/24) and their official amounts (negative). */
  refunds: z.object({ records: z.number().int(), official: Amount }),
  /** Adjustment records (bill_detail_type 9/16) and their official amounts. */
  adjustments: z.object({ records: z.number().int(), official: Amount }),
  /** Records with arrears written off, and the amount written off. */
  writeoffs: z.object({ records: z.number().int(), amount: Amount }),
});
export type BillSums = z.infer<typeof BillSums>;

export const CycleSummary = BillSums.extend({ cycle: BillCycle, customers: z.number().int() });
export type CycleSummary = z.infer<typeof CycleSummary>;

/** The last 18 bill cycles, newest first, each with its sums (zero where nothing was synced). */
export const CyclesView = z.object({
  cycles: z.array(CycleSummary),
  /** The newest cycle with fee records, or null before the first sync of fee records. */
  latestWithData: BillCycle.nullable(),
});
export type CyclesView = z.infer<typeof CyclesView>;

export const BillFilter = z
  .object({
    search: SearchText.optional(),
    customerId: CustomerId.optional(),
  })
  .strict();
export type BillFilter = z.input<typeof BillFilter>;

export const BillCustomerSortField = z.enum([
  'name',
  'records',
  'official',
  'settled',
  'erase',
  'refunds',
  'writeoffs',
]);
export type BillCustomerSort = z.infer<typeof BillCustomerSortField>;

export const BillCustomersInput = z
  .object({
    cycle: BillCycle,
    filter: BillFilter,
    sort: z.object({ field: BillCustomerSortField, order: SortOrder }).strict(),
    ...Paging,
  })
  .strict();
export type BillCustomersInput = z.input<typeof BillCustomersInput>;

export const BillCustomerRow = BillSums.extend({
  customerId: z.string(),
  /** From the customer list; null when the customer is no longer associated (or has no name). */
  name: z.string().nullable(),
  accountName: z.string().nullable(),
});
export type BillCustomerRow = z.infer<typeof BillCustomerRow>;

export const BillCustomerPage = z.object({ total: z.number().int(), rows: z.array(BillCustomerRow) });
export type BillCustomerPage = z.infer<typeof BillCustomerPage>;

export const BillTotalsInput = z.object({ cycle: BillCycle, filter: BillFilter }).strict();
export type BillTotalsInput = z.input<typeof BillTotalsInput>;

/** The sums of the customers that match a filter in one cycle. */
export const BillTotals = BillSums.extend({ customers: z.number().int() });
export type BillTotals = z.infer<typeof BillTotals>;

export const RecordKindFilter = z.enum(['refund', 'adjustment', 'writeoff']);
export type RecordKindFilter = z.infer<typeof RecordKindFilter>;

export const BillRecordSortField = z.enum(['tradeTime', 'official']);
export type BillRecordSort = z.infer<typeof BillRecordSortField>;

export const BillRecordsInput = z
  .object({
    cycle: BillCycle,
    customerId: CustomerId,
    kind: RecordKindFilter.optional(),
    sort: z.object({ field: BillRecordSortField, order: SortOrder }).strict(),
    ...Paging,
  })
  .strict();
export type BillRecordsInput = z.input<typeof BillRecordsInput>;

/** One fee record with its amount three ways: official (8 decimals), settled (2), 抹零 (the rest). */
export const BillRecordRow = z.object({
  id: z.string(),
  tradeTime: z.string().nullable(),
  billDetailType: z.number().int().nullable(),
  chargingMode: z.number().int().nullable(),
  serviceTypeName: z.string().nullable(),
  resourceTypeName: z.string().nullable(),
  resourceName: z.string().nullable(),
  resourceId: z.string().nullable(),
  regionName: z.string().nullable(),
  tradeId: z.string().nullable(),
  official: Amount,
  settled: Amount,
  erase: Amount,
  payment: Amount.nullable(),
  debt: Amount.nullable(),
  writeoff: Amount.nullable(),
});
export type BillRecordRow = z.infer<typeof BillRecordRow>;

export const BillRecordPage = z.object({ total: z.number().int(), rows: z.array(BillRecordRow) });
export type BillRecordPage = z.infer<typeof BillRecordPage>;
