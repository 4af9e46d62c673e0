/**
 * The sandbox clock. `advance` moves `now` forward (never past the real wall clock) and
 * generates the days in between: new customers, new orders, pending orders that complete
 * or get cancelled, associations that end, fee records and, across a month start, a new
 * bill cycle. It reports what changed so tests can look for it.
 */
import { type FeeBook } from './fees';
import { type World } from './generate';
import { DAY, cycleOf, cycleStart, fmtCycle, fmtUtc } from './time';

export interface ChangeSummary {
  from: string;
  to: string;
  /** customers whose association started in the period */
  newCustomers: string[];
  /** customers whose association ended in the period (gone from §1) */
  endedAssociations: string[];
  /** orders created in the period */
  newOrders: string[];
  /** orders created before the period whose status changed in it */
  statusChanges: { orderId: string; from: number; to: number }[];
  /** bill cycles that started in the period */
  newCycles: string[];
  /** fee records with a trade time in the period */
  newFeeRecords: number;
}

/** Longest time an order stays in its first status (see World.addOrder). */
const MAX_PENDING = 13 * DAY;

export function advance(w: World, fees: FeeBook, days: number): ChangeSummary {
  if (!(days > 0) || !Number.isFinite(days)) throw new RangeError('advance: days must be a positive number');
  const from = w.now;
  const to = Math.max(from, Math.min(from + Math.round(days * DAY), Math.floor(Date.now() / 1000)));
  w.generateUntil(to);
  const inPeriod = (t: number) => t > from && t <= to;

  const newCustomers: string[] = [];
  const endedAssociations: string[] = [];
  for (const c of w.customers) {
    if (inPeriod(c.assocAt)) newCustomers.push(c.id);
    if (inPeriod(c.endAt) && c.assocAt < c.endAt) endedAssociations.push(c.id);
  }

  const o = w.orders;
  const newOrders: string[] = [];
  for (let i = w.ordersBy(from); i < w.ordersBy(to); i++) newOrders.push(w.orderId(i));
  const statusChanges: ChangeSummary['statusChanges'] = [];
  for (let i = w.ordersBefore(from - MAX_PENDING); i < w.ordersBy(from); i++) {
    if (o.st0[i] !== o.st1[i] && inPeriod(o.resolve[i]!))
      statusChanges.push({ orderId: w.orderId(i), from: o.st0[i]!, to: o.st1[i]! });
  }

  const newCycles: string[] = [];
  for (let c = cycleOf(from) + 1; c <= cycleOf(to); c++) if (inPeriod(cycleStart(c))) newCycles.push(fmtCycle(c));

  let newFeeRecords = 0;
  for (let cycle = cycleOf(from); cycle <= cycleOf(to); cycle++)
    fees.forEachVisible(cycle, (r) => void (r.t > from && newFeeRecords++), to);

  w.now = to;
  return {
    from: fmtUtc(from),
    to: fmtUtc(to),
    newCustomers,
    endedAssociations,
    newOrders,
    statusChanges,
    newCycles,
    newFeeRecords,
  };
}
