import type { z } from 'zod';
import type { ApiName } from './bss-client';
import { parseLossless } from './json';
import { fastParser } from './fast-wire';
import { billSumMapper, customerMapper, feeRecordMapper, orderMapper, refundInfoMapper, type Mapper } from './mappers';
import type { ResourceName } from './resources';
import {
  BillSumsPage,
  ConsumeCustomersPage,
  CustomersPage,
  FeeRecordsPage,
  OrdersPage,
  RefundsPage,
  reasonOf,
} from './wire';

/** Largest page the API allows (limit 1–100). */
export const PAGE_SIZE = 100;

export type TaskKind =
  'customers' | 'orders' | 'order' | 'refundInfos' | 'billSums' | 'cycleCustomers' | 'feeRecords' | 'feeCycleReconcile';

/**
 * One scope of one resource to list completely. Plain data, so it crosses to the database
 * workers: the main thread only does HTTP; parsing, validation and mapping happen on the
 * reader thread, the insert on the writer. Scopes are stable strings (they key the checkpoints), so a resumed
 * run continues the same scope at the same offset.
 */
export interface TaskSpec {
  kind: TaskKind;
  resource: ResourceName;
  scope: string;
  /** Single-page scopes (one refund order, one order by id) ignore the offset. */
  paged: boolean;
  params: Record<string, string>;
}

export interface HttpRequest {
  api: ApiName;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number>;
  body?: Record<string, string | number>;
}

export const taskSpecs = {
  customers: (): TaskSpec => ({ kind: 'customers', resource: 'customers', scope: 'all', paged: true, params: {} }),
  /** Orders created in [from, to) — the API's window is at most one year. */
  orders: (from: string, to: string): TaskSpec => ({
    kind: 'orders',
    resource: 'orders',
    scope: `${from}|${to}`,
    paged: true,
    params: { from, to },
  }),
  /** One order re-read by id (an open order outside the trailing window may have changed). */
  order: (orderId: string): TaskSpec => ({
    kind: 'order',
    resource: 'orders',
    scope: `id:${orderId}`,
    paged: false,
    params: { orderId },
  }),
  refundInfos: (orderId: string, customerId: string): TaskSpec => ({
    kind: 'refundInfos',
    resource: 'refund_infos',
    scope: orderId,
    paged: false,
    params: { orderId, customerId },
  }),
  billSums: (cycle: string, chargeMode: '1' | '3'): TaskSpec => ({
    kind: 'billSums',
    resource: 'bill_sums',
    scope: `${cycle}|${chargeMode}`,
    paged: true,
    params: { cycle, chargeMode },
  }),
  /** §8: the customers with spend in a cycle; only they get fee-record requests. */
  cycleCustomers: (cycle: string): TaskSpec => ({
    kind: 'cycleCustomers',
    resource: 'cycle_customers',
    scope: cycle,
    paged: true,
    params: { cycle },
  }),
  feeRecords: (cycle: string, customerId: string): TaskSpec => ({
    kind: 'feeRecords',
    resource: 'fee_records',
    scope: `${cycle}|${customerId}`,
    paged: true,
    params: { cycle, customerId },
  }),
  /** Local only: drops a cycle's fee records of customers that no longer have spend in it. */
  feeCycleReconcile: (cycle: string): TaskSpec => ({
    kind: 'feeCycleReconcile',
    resource: 'fee_records',
    scope: `${cycle}|*`,
    paged: false,
    params: { cycle },
  }),
};

/** The HTTP request for a page of a task; null for local-only tasks. Paths and names from the reference. */
export function pageRequest(t: TaskSpec, offset: number, limit = PAGE_SIZE): HttpRequest | null {
  const p = t.params;
  switch (t.kind) {
    case 'customers':
      return { api: 'customers', method: 'POST', path: '/v2/partners/sub-customers/query', body: { offset, limit } };
    case 'orders':
      return {
        api: 'orders',
        method: 'GET',
        path: '/v2/orders/customer-orders',
        query: { create_time_begin: p.from!, create_time_end: p.to!, order_by: 'createTime', offset, limit },
      };
    case 'order':
      return {
        api: 'orders',
        method: 'GET',
        path: '/v2/orders/customer-orders',
        query: { order_id: p.orderId!, offset: 0, limit: 10 },
      };
    case 'refundInfos':
      return {
        api: 'refund-details',
        method: 'GET',
        path: '/v2/orders/customer-orders/refund-orders',
        query: { order_id: p.orderId!, customer_id: p.customerId! },
      };
    case 'billSums':
      return {
        api: 'monthly-sums',
        method: 'GET',
        path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum',
        query: { cycle: p.cycle!, charge_mode: p.chargeMode!, offset, limit },
      };
    case 'cycleCustomers':
      return {
        api: 'consume-customers',
        method: 'POST',
        path: '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query',
        body: { bill_cycle: p.cycle!, offset, limit },
      };
    case 'feeRecords':
      return {
        api: 'fee-records',
        method: 'GET',
        path: '/v2/bills/subcustomer-bills/res-fee-records',
        query: { bill_cycle: p.cycle!, customer_id: p.customerId!, offset, limit },
      };
    case 'feeCycleReconcile':
      return null;
  }
}

/** A page whose body is not what the API sends (truncated, garbled, wrong shape): fetch it again. */
export class PageDecodeError extends Error {
  override name = 'PageDecodeError';
}

export interface DecodedPage {
  rows: unknown[][];
  bad: { key: string; reason: string; payload: string }[];
  keys: string[];
  /** Records the API returned (the offset advances by this, even when some are filtered out). */
  fetched: number;
  total: number | null;
}

function envelope<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new PageDecodeError(`unexpected response shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

function validate(
  mapper: Mapper<z.ZodType>,
  items: unknown[],
  t: TaskSpec,
  offset: number,
  now: string,
  out: DecodedPage,
) {
  const parse = fastParser(mapper.schema as z.ZodObject);
  items.forEach((raw, i) => {
    const key = mapper.keyOf(raw, t.scope, offset + i);
    const parsed = parse(raw);
    if (parsed.success) {
      out.rows.push(mapper.toRow(parsed.data, { scope: t.scope, now }));
      out.keys.push(key);
    } else out.bad.push({ key, reason: reasonOf(parsed.error), payload: JSON.stringify(raw).slice(0, 20_000) });
  });
}

/**
 * Turns a response body into rows (sync.ingestRaw's prepare step: on the reader thread). Each record is validated on
 * its own: a bad one goes to the quarantine with its reason and raw payload.
 */
export function decodePage(t: TaskSpec, text: string, offset: number, now: string): DecodedPage {
  const out: DecodedPage = { rows: [], bad: [], keys: [], fetched: 0, total: null };
  if (t.kind === 'feeCycleReconcile') return out;
  let body: unknown;
  try {
    body = parseLossless(text);
  } catch (err) {
    throw new PageDecodeError(`unreadable body: ${(err as Error).message}`);
  }
  const as = (m: unknown) => m as Mapper<z.ZodType>;
  switch (t.kind) {
    case 'customers': {
      const b = envelope(CustomersPage, body);
      out.fetched = b.customer_infos?.length ?? 0;
      out.total = b.count ?? null;
      validate(as(customerMapper), b.customer_infos ?? [], t, offset, now, out);
      break;
    }
    case 'orders':
    case 'order': {
      const b = envelope(OrdersPage, body);
      const list = b.order_infos ?? [];
      out.fetched = list.length;
      out.total = b.total_count ?? null;
      const field = (o: unknown, k: string) => (o as Record<string, unknown> | null)?.[k];
      // Windows tile without overlap: the API's end bound is inclusive, the scope's exclusive.
      const keep =
        t.kind === 'order'
          ? list.filter((o) => field(o, 'order_id') === t.params.orderId)
          : list.filter((o) => field(o, 'create_time') !== t.params.to);
      validate(as(orderMapper), keep, t, offset, now, out);
      break;
    }
    case 'refundInfos': {
      const b = envelope(RefundsPage, body);
      out.fetched = b.refund_infos?.length ?? 0;
      validate(as(refundInfoMapper), b.refund_infos ?? [], t, offset, now, out);
      break;
    }
    case 'billSums': {
      const b = envelope(BillSumsPage, body);
      out.fetched = b.bill_sums?.length ?? 0;
      out.total = b.count ?? null;
      validate(as(billSumMapper), b.bill_sums ?? [], t, offset, now, out);
      break;
    }
    case 'feeRecords': {
      const b = envelope(FeeRecordsPage, body);
      out.fetched = b.fee_records?.length ?? 0;
      out.total = b.total_count ?? null;
      validate(as(feeRecordMapper), b.fee_records ?? [], t, offset, now, out);
      break;
    }
    case 'cycleCustomers': {
      const b = envelope(ConsumeCustomersPage, body);
      const list = b.sub_customers ?? [];
      out.fetched = list.length;
      out.total = b.total_count ?? null;
      const cycle = t.params.cycle!;
      list.forEach((item, i) => {
        const id = (item as { customer_id?: unknown } | null)?.customer_id;
        if (typeof id === 'string' && id) {
          out.rows.push([cycle, id]);
          out.keys.push(`${cycle}|${id}`);
        } else
          out.bad.push({
            key: `${cycle}#${offset + i}`,
            reason: 'customer_id: missing',
            payload: JSON.stringify(item),
          });
      });
      break;
    }
  }
  return out;
}
