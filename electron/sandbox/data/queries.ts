/**
 * The listings the operations serve, as index lists in API order. Routes page through
 * them; the `data` facade for tests reads them whole, so both see the same records.
 */
import { REGIONS, SERVICE_INDEX } from './catalog';
import { type FeeBook, type FeeRec, feeTradeId } from './fees';
import { type Customer, type World } from './generate';
import { resourceIdentity } from './orders';
import { bjDay, cycleOf } from './time';

// ---- §1 customers --------------------------------------------------------------------

export interface CustomerFilter {
  accountName?: string;
  customer?: string;
  label?: string;
  associationType?: '1' | '2';
  associatedFrom?: number;
  associatedTo?: number;
  customerId?: string;
}

/** Customers associated at `now`, oldest association first, filtered. */
export function queryCustomers(w: World, f: CustomerFilter = {}): Customer[] {
  const out: Customer[] = [];
  const accountName = f.accountName?.toLowerCase();
  const n = w.associatedBy(w.now);
  for (let i = 0; i < n; i++) {
    const c = w.customers[i]!;
    if (c.endAt <= w.now) continue;
    if (f.customerId !== undefined && c.id !== f.customerId) continue;
    if (accountName !== undefined && !c.info.account_name.toLowerCase().includes(accountName)) continue;
    if (f.customer !== undefined && !(c.info.customer ?? '').toLowerCase().includes(f.customer.toLowerCase())) continue;
    if (f.label !== undefined && !(c.info.label ?? '').includes(f.label)) continue;
    if (f.associationType !== undefined && c.info.association_type !== f.associationType) continue;
    if (f.associatedFrom !== undefined && c.assocAt < f.associatedFrom) continue;
    if (f.associatedTo !== undefined && c.assocAt > f.associatedTo) continue;
    out.push(c);
  }
  return out;
}

// ---- §2 orders -----------------------------------------------------------------------

export interface OrderFilter {
  orderId?: string;
  customerId?: string;
  createdFrom?: number;
  createdTo?: number;
  paidFrom?: number;
  paidTo?: number;
  serviceTypeCode?: string;
  status?: number;
  orderType?: number;
  /** `order_by=createTime`; the default is newest first (`-createTime`) */
  ascending?: boolean;
}

/** A page-able listing of order indexes. */
export interface OrderListing {
  count: number;
  /** the k-th order of the listing, in API order */
  at(k: number): number;
}

export function queryOrders(w: World, f: OrderFilter = {}): OrderListing {
  const o = w.orders;
  const lo = f.createdFrom === undefined ? 0 : w.ordersBefore(f.createdFrom);
  const hi = w.ordersBy(Math.min(w.now, f.createdTo ?? Infinity));
  let svc: number | undefined;
  if (f.serviceTypeCode !== undefined) {
    svc = SERVICE_INDEX.get(f.serviceTypeCode.toLowerCase());
    if (svc === undefined) return listing([], f.ascending);
  }
  let cust: number | undefined;
  if (f.customerId !== undefined) {
    cust = w.customerIndex(f.customerId);
    if (cust === undefined) return listing([], f.ascending);
  }
  const paidFilter = f.paidFrom !== undefined || f.paidTo !== undefined;
  const plain = svc === undefined && cust === undefined && f.status === undefined && f.orderType === undefined;
  if (f.orderId === undefined && plain && !paidFilter) {
    const count = Math.max(0, hi - lo);
    return { count, at: (k) => (f.ascending ? lo + k : hi - 1 - k) };
  }
  const matches = (i: number) => {
    if (svc !== undefined && o.svc[i] !== svc) return false;
    if (f.orderType !== undefined && o.type[i] !== f.orderType) return false;
    if (f.status !== undefined && w.status(i) !== f.status) return false;
    if (paidFilter) {
      const paid = w.paidAt(i);
      if (paid === undefined || paid < (f.paidFrom ?? -Infinity) || paid > (f.paidTo ?? Infinity)) return false;
    }
    return true;
  };
  const found: number[] = [];
  if (f.orderId !== undefined) {
    const i = w.findOrder(f.orderId);
    if (i !== undefined && i >= lo && i < hi && (cust === undefined || o.cust[i] === cust) && matches(i)) found.push(i);
  } else if (cust !== undefined) {
    for (let i = w.customers[cust]!.firstOrder; i >= 0 && i < hi; i = o.next[i]!)
      if (i >= lo && matches(i)) found.push(i);
  } else {
    for (let i = lo; i < hi; i++) if (matches(i)) found.push(i);
  }
  return listing(found, f.ascending);
}

function listing(ascendingIndexes: number[], ascending = false): OrderListing {
  const n = ascendingIndexes.length;
  return { count: n, at: (k) => ascendingIndexes[ascending ? k : n - 1 - k]! };
}

// ---- §6 fee records ------------------------------------------------------------------

const REGION_CODES = REGIONS.map((r) => r.code);

export interface FeeFilter {
  serviceTypeCode?: string;
  regionCode?: string;
  chargingMode?: number;
  billDetailType?: number;
  resourceId?: string;
  resourceName?: string;
  tradeId?: string;
  accountManagerId?: string;
  associationType?: '1' | '2';
  /** Beijing day numbers, inclusive */
  fromDay?: number;
  toDay?: number;
}

/** Visible fee records of (customer, cycle), trade time order, filtered. */
export function queryFees(w: World, fees: FeeBook, c: Customer, cycle: number, f: FeeFilter = {}): FeeRec[] {
  if (f.associationType !== undefined && (c.resale ? '2' : '1') !== f.associationType) return [];
  if (f.accountManagerId !== undefined && c.managerId !== f.accountManagerId) return [];
  const svc = f.serviceTypeCode === undefined ? undefined : SERVICE_INDEX.get(f.serviceTypeCode);
  if (f.serviceTypeCode !== undefined && svc === undefined) return [];
  const records = fees.visible(c, cycle);
  const identity = f.resourceId !== undefined || f.resourceName !== undefined;
  return records.filter((r) => {
    if (svc !== undefined && r.svc !== svc) return false;
    if (f.chargingMode !== undefined && r.mode !== f.chargingMode) return false;
    if (f.billDetailType !== undefined && r.type !== f.billDetailType) return false;
    if (f.regionCode !== undefined && REGION_CODES[r.region] !== f.regionCode) return false;
    if (f.fromDay !== undefined && bjDay(r.t) < f.fromDay) return false;
    if (f.toDay !== undefined && bjDay(r.t) > f.toDay) return false;
    if (f.tradeId !== undefined && feeTradeId(w, r) !== f.tradeId) return false;
    if (identity) {
      const id = resourceIdentity(r.svc, r.res, r.key);
      if (f.resourceId !== undefined && id.resourceId !== f.resourceId) return false;
      if (f.resourceName !== undefined && id.resourceName !== f.resourceName) return false;
    }
    return true;
  });
}

/** Bill cycles that have data at `now`, oldest first. */
export function cycles(w: World): number[] {
  const out: number[] = [];
  for (let c = w.originCycle; c <= cycleOf(w.now); c++) out.push(c);
  return out;
}
