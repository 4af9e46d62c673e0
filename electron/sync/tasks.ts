import type { z } from 'zod';
import type { ApiName, BssClient } from './bss-client';
import { billSumMapper, customerMapper, feeRecordMapper, orderMapper, refundInfoMapper, type Mapper } from './mappers';
import type { ResourceName } from './resources';
import { BillSumsPage, ConsumeCustomersPage, CustomersPage, FeeRecordsPage, OrdersPage, RefundsPage } from './wire';

/** Largest page the API allows (limit 1–100). */
export const PAGE_SIZE = 100;

export interface Page {
  /** Records to store. */
  items: unknown[];
  /** Records the API returned (the offset advances by this, even when some are filtered out). */
  fetched?: number;
  total: number | null;
}

/**
 * One scope of one resource to list completely: which API, how to fetch a page at an
 * offset, and how to turn a record into a row. Scopes are stable strings (they key the
 * checkpoints), so a resumed run continues the same scope at the same offset.
 */
export interface Task {
  resource: ResourceName;
  scope: string;
  api: ApiName;
  /** Scopes with a single page by nature (refund details) ignore the offset. */
  paged: boolean;
  fetchPage(client: BssClient, offset: number, limit: number): Promise<Page>;
  mapper: Mapper<z.ZodType> | null;
  /** cycle_customers rows are derived without a schema: just the customer ids. */
  plainRows?(items: unknown[]): {
    rows: unknown[][];
    bad: { key: string; reason: string; payload: string }[];
    keys: string[];
  };
}

function envelope<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  // A broken envelope (not a record) means the page itself is unusable: fail the task.
  if (!parsed.success) throw new Error(`unexpected response shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export const tasks = {
  customers: (): Task => ({
    resource: 'customers',
    scope: 'all',
    api: 'customers',
    paged: true,
    mapper: customerMapper as Mapper<z.ZodType>,
    async fetchPage(client, offset, limit) {
      const body = envelope(
        CustomersPage,
        await client.post('customers', '/v2/partners/sub-customers/query', { offset, limit }),
      );
      return { items: body.customer_infos ?? [], total: body.count ?? null };
    },
  }),

  /** Orders created in [from, to) — the API's window is at most one year. */
  orders: (from: string, to: string): Task => ({
    resource: 'orders',
    scope: `${from}|${to}`,
    api: 'orders',
    paged: true,
    mapper: orderMapper as Mapper<z.ZodType>,
    async fetchPage(client, offset, limit) {
      const body = envelope(
        OrdersPage,
        await client.get('orders', '/v2/orders/customer-orders', {
          create_time_begin: from,
          create_time_end: to,
          order_by: 'createTime',
          offset,
          limit,
        }),
      );
      // The API's end bound is inclusive; the scope's is exclusive (windows tile without overlap).
      const items = (body.order_infos ?? []).filter((o) => (o as { create_time?: string })?.create_time !== to);
      return { items, fetched: body.order_infos?.length ?? 0, total: body.total_count ?? null };
    },
  }),

  /** One order re-read by id (an open order outside the trailing window may have changed). */
  order: (orderId: string): Task => ({
    resource: 'orders',
    scope: `id:${orderId}`,
    api: 'orders',
    paged: false,
    mapper: orderMapper as Mapper<z.ZodType>,
    async fetchPage(client) {
      const body = envelope(
        OrdersPage,
        await client.get('orders', '/v2/orders/customer-orders', { order_id: orderId, offset: 0, limit: 10 }),
      );
      return {
        items: (body.order_infos ?? []).filter((o) => (o as { order_id?: string })?.order_id === orderId),
        total: null,
      };
    },
  }),

  refundInfos: (orderId: string, customerId: string): Task => ({
    resource: 'refund_infos',
    scope: orderId,
    api: 'refund-details',
    paged: false,
    mapper: refundInfoMapper as Mapper<z.ZodType>,
    async fetchPage(client) {
      const body = envelope(
        RefundsPage,
        await client.get('refund-details', '/v2/orders/customer-orders/refund-orders', {
          order_id: orderId,
          customer_id: customerId,
        }),
      );
      return { items: body.refund_infos ?? [], total: null };
    },
  }),

  billSums: (cycle: string, chargeMode: '1' | '3'): Task => ({
    resource: 'bill_sums',
    scope: `${cycle}|${chargeMode}`,
    api: 'monthly-sums',
    paged: true,
    mapper: billSumMapper as Mapper<z.ZodType>,
    async fetchPage(client, offset, limit) {
      const body = envelope(
        BillSumsPage,
        await client.get('monthly-sums', '/v2/bills/partner-bills/subcustomer-bills/monthly-sum', {
          cycle,
          charge_mode: chargeMode,
          offset,
          limit,
        }),
      );
      return { items: body.bill_sums ?? [], total: body.count ?? null };
    },
  }),

  /** §8: the customers with spend in a cycle; only they get fee-record requests. */
  cycleCustomers: (cycle: string): Task => ({
    resource: 'cycle_customers',
    scope: cycle,
    api: 'consume-customers',
    paged: true,
    mapper: null,
    async fetchPage(client, offset, limit) {
      const body = envelope(
        ConsumeCustomersPage,
        await client.post('consume-customers', '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query', {
          bill_cycle: cycle,
          offset,
          limit,
        }),
      );
      return { items: body.sub_customers ?? [], total: body.total_count ?? null };
    },
    plainRows(items) {
      const rows: unknown[][] = [];
      const bad: { key: string; reason: string; payload: string }[] = [];
      const keys: string[] = [];
      items.forEach((item, i) => {
        const id = (item as { customer_id?: unknown })?.customer_id;
        if (typeof id === 'string' && id) {
          rows.push([cycle, id]);
          keys.push(`${cycle}|${id}`);
        } else bad.push({ key: `${cycle}#${i}`, reason: 'customer_id: missing', payload: JSON.stringify(item) });
      });
      return { rows, bad, keys };
    },
  }),

  feeRecords: (cycle: string, customerId: string): Task => ({
    resource: 'fee_records',
    scope: `${cycle}|${customerId}`,
    api: 'fee-records',
    paged: true,
    mapper: feeRecordMapper as Mapper<z.ZodType>,
    async fetchPage(client, offset, limit) {
      const body = envelope(
        FeeRecordsPage,
        await client.get('fee-records', '/v2/bills/subcustomer-bills/res-fee-records', {
          bill_cycle: cycle,
          customer_id: customerId,
          offset,
          limit,
        }),
      );
      return { items: body.fee_records ?? [], total: body.total_count ?? null };
    },
  }),

  /** Local only: drops a cycle's fee records of customers that no longer have spend in it. */
  feeCycleReconcile: (cycle: string): Task => ({
    resource: 'fee_records',
    scope: `${cycle}|*`,
    api: 'fee-records',
    paged: false,
    mapper: null,
    async fetchPage() {
      return { items: [], total: 0 };
    },
    plainRows: () => ({ rows: [], bad: [], keys: [] }),
  }),
};
