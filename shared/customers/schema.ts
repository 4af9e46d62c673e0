import { z } from 'zod';
import { IsoDate, Paging, SearchText, SortOrder, checkRange } from '../common/schema';

export const CustomerFilter = z
  .object({
    search: SearchText.optional(),
    associationType: z.enum(['1', '2']).optional(),
    label: z.string().max(64).optional(),
    verifiedStatus: z.enum(['-1', '0', '1', '2']).optional(),
    frozen: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
    level: z.enum(['V0', 'V1', 'V2', 'V3', 'V4', 'V5']).optional(),
    accountManager: z.string().max(64).optional(),
    associatedFrom: IsoDate.optional(),
    associatedTo: IsoDate.optional(),
  })
  .strict()
  .refine((f) => checkRange(f.associatedFrom, f.associatedTo), {
    message: 'validation.dateRange',
    path: ['associatedTo'],
  });
export type CustomerFilter = z.input<typeof CustomerFilter>;

export const CustomerSortField = z.enum(['name', 'associatedOn', 'level', 'accountName']);
export const CustomerListInput = z
  .object({
    filter: CustomerFilter,
    sort: z.object({ field: CustomerSortField, order: SortOrder }).strict(),
    ...Paging,
  })
  .strict();
export type CustomerListInput = z.input<typeof CustomerListInput>;

export const CustomerRow = z.object({
  customerId: z.string(),
  name: z.string().nullable(),
  accountName: z.string(),
  associationType: z.string().nullable(),
  label: z.string().nullable(),
  verifiedStatus: z.string().nullable(),
  isFrozen: z.number().nullable(),
  level: z.string().nullable(),
  accountManager: z.string().nullable(),
  associatedOn: z.string().nullable(),
});
export type CustomerRow = z.infer<typeof CustomerRow>;

export const CustomerPage = z.object({ total: z.number().int(), rows: z.array(CustomerRow) });
export type CustomerPage = z.infer<typeof CustomerPage>;

/** Values that exist in the data, for the filter dropdowns. */
export const CustomerFacets = z.object({
  labels: z.array(z.string()),
  accountManagers: z.array(z.string()),
  levels: z.array(z.string()),
});
export type CustomerFacets = z.infer<typeof CustomerFacets>;

/** Decimal text, exact (amounts never cross IPC as numbers). */
export const Amount = z.string().regex(/^-?\d+(\.\d{1,8})?$/);

export const CustomerDetail = z.object({
  customer: CustomerRow.extend({
    telephone: z.string().nullable(),
    email: z.string().nullable(),
    countryCode: z.string().nullable(),
    customerType: z.number().nullable(),
    xaccountId: z.string().nullable(),
    syncedAt: z.string(),
  }),
  orders: z.object({ count: z.number().int(), refunds: z.number().int(), amountAfterDiscount: Amount }),
  /** Fee-record totals per bill cycle, oldest first. */
  spend: z.array(z.object({ cycle: z.string(), records: z.number().int(), official: Amount, payment: Amount })),
  feeTotals: z.object({ records: z.number().int(), official: Amount, payment: Amount }),
  refundTotal: Amount,
});
export type CustomerDetail = z.infer<typeof CustomerDetail>;
