/**
 * Read access for tests: the records exactly as the API returns them for a full listing
 * (clean, before any fault makes one malformed; amounts as decimal strings, default
 * language zh_CN), built by the same code the routes use.
 */
import type {
  BillSumInfoV2,
  CustomerInformation,
  CustomerOrderV2,
  OrderDetails,
  OrderRefundInfoV2,
  SubCustomerMonthlyBillDetail,
} from './api-types';
import { type FeeBook, billSumApi, feeApi, feeRecordId } from './fees';
import { type World, PRESETS, type Preset } from './generate';
import { isRefundOrder, lineItems, orderLines, orderV2, orderV3, refundInfos } from './orders';
import { cycles, queryCustomers, queryOrders } from './queries';
import { fmtCycle, parseCycle } from './time';
import type { FaultInjector } from '../faults';

export type MalformedScope = 'customers' | 'orders' | 'feeRecords';

function cycleArg(cycle: string): number {
  const c = parseCycle(cycle);
  if (c === null) throw new RangeError(`not a bill cycle (YYYY-MM): ${cycle}`);
  return c;
}

export class SandboxData {
  constructor(
    private readonly w: World,
    private readonly fees: FeeBook,
    private readonly faults: FaultInjector,
  ) {}

  /** The sandbox clock. */
  get now(): Date {
    return new Date(this.w.now * 1000);
  }

  get preset(): Preset {
    return PRESETS[this.w.scale];
  }

  /** Bill cycles with data, oldest first (`YYYY-MM`). */
  cycles(): string[] {
    return cycles(this.w).map(fmtCycle);
  }

  /** §1: every associated customer, in API order. */
  customers(): CustomerInformation[] {
    return queryCustomers(this.w).map((c) => c.info);
  }

  /** Every customer associated at some point up to now, ended associations included. */
  allCustomerIds(): string[] {
    return this.w.customers.slice(0, this.w.associatedBy(this.w.now)).map((c) => c.id);
  }

  /** §2: every order up to now, in the default API order (newest first). */
  *orders(): Generator<CustomerOrderV2> {
    const list = queryOrders(this.w);
    for (let k = 0; k < list.count; k++) yield orderV2(this.w, list.at(k), 'zh');
  }

  orderCount(): number {
    return queryOrders(this.w).count;
  }

  /** §3 with every line item, or undefined for an unknown (or not yet created) order. */
  orderDetails(orderId: string): OrderDetails | undefined {
    const i = this.w.visibleOrder(orderId);
    if (i === undefined) return undefined;
    const lines = orderLines(this.w, i);
    const items = lineItems(this.w, i, 'zh', lines);
    return { total_count: items.length, order_info: orderV3(this.w, i, 'zh', lines), order_line_items: items };
  }

  /** Ids of the orders §4 has refund amounts for (unsubscribe, to-on-demand, downgrade). */
  refundOrderIds(): string[] {
    const out: string[] = [];
    const list = queryOrders(this.w);
    for (let k = 0; k < list.count; k++) if (isRefundOrder(this.w, list.at(k))) out.push(this.w.orderId(list.at(k)));
    return out;
  }

  /** §4 refund amount records of one order (empty for an order that refunds nothing). */
  refundInfos(orderId: string): OrderRefundInfoV2[] {
    const i = this.w.visibleOrder(orderId);
    return i === undefined ? [] : refundInfos(this.w, i, 'zh');
  }

  /** §5: the monthly sums of a cycle for one charge mode, in API order. */
  billSums(cycle: string, chargeMode: '1' | '3' | '11'): BillSumInfoV2[] {
    return this.fees
      .summary(cycleArg(cycle))
      .sums.filter((r) => String(r.mode) === chargeMode)
      .map((r) => billSumApi(this.w, r, 'zh'));
  }

  /** §6: the fee records of (customer, cycle), in API order. */
  feeRecords(customerId: string, cycle: string): SubCustomerMonthlyBillDetail[] {
    const idx = this.w.customerIndex(customerId);
    if (idx === undefined) return [];
    return this.fees.visible(this.w.customers[idx]!, cycleArg(cycle)).map((r) => feeApi(this.w, r, 'zh'));
  }

  /** §8: the customers with fee records in the cycle, in API order. */
  consumeSubCustomers(cycle: string): string[] {
    return this.fees.summary(cycleArg(cycle)).consumers.map((i) => this.w.customers[i]!.id);
  }

  /** Number of fee records of a cycle (or of every cycle: generates them all). */
  feeRecordCount(cycle?: string): number {
    const list = cycle === undefined ? cycles(this.w) : [cycleArg(cycle)];
    let n = 0;
    for (const cy of list) this.fees.forEachVisible(cy, () => n++);
    return n;
  }

  /**
   * Ids (customer_id, order_id, fee record id) of the records served malformed under the
   * current faults. Fee records are enumerated over every cycle, which generates them all
   * (seconds on the large preset); pass a scope to narrow it.
   */
  malformedIds(scope?: MalformedScope): string[] {
    const out: string[] = [];
    const want = (s: MalformedScope) => scope === undefined || scope === s;
    if (want('customers')) for (const c of queryCustomers(this.w)) if (this.faults.isMalformed(c.id)) out.push(c.id);
    if (want('orders')) {
      const list = queryOrders(this.w);
      for (let k = 0; k < list.count; k++) {
        const id = this.w.orderId(list.at(k));
        if (this.faults.isMalformed(id)) out.push(id);
      }
    }
    if (want('feeRecords')) {
      for (const cy of cycles(this.w))
        this.fees.forEachVisible(cy, (r) => {
          const id = feeRecordId(this.w, r);
          if (this.faults.isMalformed(id)) out.push(id);
        });
    }
    return out;
  }

  /** Whether one record id is served malformed under the current faults. */
  isMalformed(id: string): boolean {
    return this.faults.isMalformed(id);
  }
}
