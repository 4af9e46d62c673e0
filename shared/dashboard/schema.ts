import { z } from 'zod';
import { Amount } from '../customers/schema';

export const DashboardSummary = z.object({
  /** Fee-record spend per bill cycle, the last 12 cycles that have data, oldest first. */
  spendByMonth: z.array(z.object({ cycle: z.string(), official: Amount, payment: Amount })),
  ordersByStatus: z.array(z.object({ status: z.number().nullable(), count: z.number().int() })),
  topCustomers: z.array(z.object({ customerId: z.string(), name: z.string().nullable(), payment: Amount })),
  newCustomersByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  totals: z.object({ customers: z.number().int(), orders: z.number().int(), feeRecords: z.number().int() }),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
