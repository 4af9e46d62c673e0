import type { z } from 'zod';
import { fromUnits } from '../../shared/money/units';
import { RESOURCES, type ResourceName } from './resources';
import { BillSumRecord, CustomerRecord, FeeRecord, OrderRecord, RefundInfoRecord } from './wire';

/** JSON text for nested parts (amount_info, account_details…): amounts as exact decimal strings. */
export function jsonExact(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? fromUnits(v) : v));
}

/**
 * Puts a mapped record's values in the resource's column order (absent ones null). Made per
 * resource as a function reading each column by its name (new Function over the table's own
 * column names, never over input): a loop reading `values[column]` made every read a
 * megamorphic keyed load, once per synced record.
 */
const orderers = Object.fromEntries(
  Object.entries(RESOURCES).map(([resource, spec]) => {
    const reads = spec.columns.map((c) => `(x = v[${JSON.stringify(c)}]) === undefined ? null : x`);
    return [resource, new Function('v', `let x; return [${reads.join(', ')}];`)];
  }),
) as Record<ResourceName, (values: Record<string, unknown>) => unknown[]>;

function inOrder(resource: ResourceName, values: Record<string, unknown>): unknown[] {
  return orderers[resource](values);
}

export interface Mapper<S extends z.ZodType> {
  schema: S;
  /** The record's identity, also for a record that failed validation (for the quarantine). */
  keyOf(raw: unknown, scope: string, index: number): string;
  toRow(record: z.output<S>, ctx: { scope: string; now: string }): unknown[];
}

const field = (raw: unknown, name: string): string | null => {
  const v = (raw as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' && v ? v : null;
};

export const customerMapper: Mapper<typeof CustomerRecord> = {
  schema: CustomerRecord,
  keyOf: (raw, scope, i) => field(raw, 'customer_id') ?? `${scope}#${i}`,
  toRow: (r, { now }) =>
    inOrder('customers', {
      ...r,
      name: r.customer,
      account_manager: r.account_managers?.[0]?.account_name ?? null,
      synced_at: now,
    }),
};

export const orderMapper: Mapper<typeof OrderRecord> = {
  schema: OrderRecord,
  keyOf: (raw, scope, i) => field(raw, 'order_id') ?? `${scope}#${i}`,
  toRow: (r, { now }) =>
    inOrder('orders', {
      ...r,
      amount_info: jsonExact(r.amount_info),
      enterprise_projects: jsonExact(r.enterprise_projects),
      sub_order_infos: r.sub_order_infos?.length ? jsonExact(r.sub_order_infos) : null,
      synced_at: now,
    }),
};

export const refundInfoMapper: Mapper<typeof RefundInfoRecord> = {
  schema: RefundInfoRecord,
  keyOf: (raw, scope, i) => field(raw, 'id') ?? `${scope}#${i}`,
  toRow: (r, { scope }) => inOrder('refund_infos', { ...r, order_id: scope }),
};

/** Bill sums have no id: the natural key is the aggregation's dimensions. */
export function billSumKey(r: {
  customer_id: string;
  cloud_service_type: string | null;
  resource_type_code: string | null;
  bill_type: string | null;
}): string {
  return [r.customer_id, r.cloud_service_type ?? '', r.resource_type_code ?? '', r.bill_type ?? ''].join('|');
}

export const billSumMapper: Mapper<typeof BillSumRecord> = {
  schema: BillSumRecord,
  keyOf: (raw, scope, i) => {
    const id = field(raw, 'customer_id');
    return id
      ? `${scope}|${billSumKey({ customer_id: id, cloud_service_type: field(raw, 'cloud_service_type'), resource_type_code: field(raw, 'resource_type_code'), bill_type: field(raw, 'bill_type') })}`
      : `${scope}#${i}`;
  },
  toRow: (r, { scope }) => {
    const [bill_cycle, charge_mode] = scope.split('|');
    return inOrder('bill_sums', {
      ...r,
      bill_cycle,
      charge_mode,
      row_key: billSumKey(r),
      account_details: jsonExact(r.account_details),
    });
  },
};

export const feeRecordMapper: Mapper<typeof FeeRecord> = {
  schema: FeeRecord,
  keyOf: (raw, scope, i) => field(raw, 'id') ?? `${scope}#${i}`,
  toRow: (r) => inOrder('fee_records', r),
};
