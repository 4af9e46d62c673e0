import { type MoneyErrorCode, parseUserAmount } from '../money/parse';
import { IdIndex } from './id-index';
import { parseIsoTime } from './iso-time';

/**
 * Invoice auto-matching (design §7, docs/invoice-matching.md). The partner center's rule
 * for 指定金额开票: match refunds first (包年/包月退款, 调账 …), then invoiceable bill items
 * by consumption time, oldest first, until the matched total equals the requested amount.
 *
 * Pure and synchronous: the renderer previews it on every keystroke, the main process
 * re-runs it when saving and checks the allocations again when issuing. Amounts are whole
 * cents inside (exact integers; see Internals for the range) and text with exactly 2
 * decimals outside. Linear in the pool: no comparator sort (see ruleOrder).
 */

export type PoolItemKind = 'refund' | 'adjustment' | 'bill';

/** One item of a customer's invoiceable pool. */
export interface PoolItem {
  id: string;
  kind: PoolItemKind;
  /** Consumption time, ISO 8601 (`2024-03-15` or `2024-03-15T10:00:00+08:00`). */
  time: string;
  /**
   * What is still invoiceable: the item's amount less what drafts and issued invoices
   * already took; at most 2 decimals. Refunds and credit adjustments are negative, bill
   * items positive; 0 means nothing is left (the item is skipped).
   */
  available: string;
  label?: string;
}

/** Why a line was chosen; `code` names the i18n key `invoice.reason.<code>`. */
export type LineReasonCode = 'refundFirst' | 'adjustmentFirst' | 'oldestFirst' | 'partialLast' | 'picked';
export const LINE_REASON_CODES: readonly LineReasonCode[] = [
  'refundFirst',
  'adjustmentFirst',
  'oldestFirst',
  'partialLast',
  'picked',
];

export interface LineReason {
  code: LineReasonCode;
  params: Record<string, string | number>;
}

export interface MatchedLine {
  itemId: string;
  kind: PoolItemKind;
  time: string;
  /** Taken by this invoice: negative for a refund or credit adjustment. */
  amount: string;
  /** The item's invoiceable amount before this invoice. */
  itemAmount: string;
  /** itemAmount − amount: what stays invoiceable ("0.00" unless the line is partial). */
  remainder: string;
  reason: LineReason;
}

export type MatchErrorCode =
  | MoneyErrorCode
  | 'invoice.match.aboveAvailable'
  | 'invoice.match.nothingAvailable'
  | 'invoice.pick.none'
  | 'invoice.pick.unknownItem'
  | 'invoice.pick.duplicateItem'
  | 'invoice.pick.nothingLeft'
  | 'invoice.pick.notPositive';

export interface MatchError {
  code: MatchErrorCode;
  params: Record<string, string | number>;
}

export type MatchResult = { ok: true; total: string; lines: MatchedLine[] } | { ok: false; error: MatchError };

/** A pool that breaks the rules above: a data error, not a user error. */
export class PoolError extends Error {
  constructor(
    readonly itemId: string,
    reason: string,
  ) {
    super(`pool item ${itemId.slice(0, 80)}: ${reason}`);
    this.name = 'PoolError';
  }
}

// ---------------------------------------------------------------------------------------
// Internals. Cents are integers carried in doubles, which is exact while every value and
// every partial sum stays within Number.MAX_SAFE_INTEGER (≈ 9 × 10^13 yuan): each item is
// below 10^13 yuan, and a pool or a set of lines whose magnitudes add up to more than the
// safe range is refused (PoolError) rather than computed inexactly. Doubles instead of
// bigint keep 100k items at a few milliseconds (no allocation per value).

/** Amount text of a pool or a line: `-?digits(.d{1,2})?`, below 10^13 → whole cents; NaN otherwise. */
function parseCents(text: string): number {
  if (typeof text !== 'string') return NaN;
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  let v = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  const intDigits = i - intStart;
  if (intDigits === 0 || intDigits > 13) return NaN;
  let frac = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 2) return NaN;
    for (let k = i + 1; k < n; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return NaN;
      frac = frac * 10 + d;
    }
    if (n - i - 1 === 1) frac *= 10;
  }
  const cents = v * 100 + frac;
  return intStart === 1 ? -cents : cents;
}

/** Whole cents → text with exactly 2 decimals (exact: % and the division of a multiple of 100). */
function centsText(cents: number): string {
  const negative = cents < 0;
  const a = negative ? -cents : cents;
  const f = a % 100;
  return `${negative && a !== 0 ? '-' : ''}${(a - f) / 100}.${f < 10 ? '0' : ''}${f}`;
}

/**
 * The item's available text when it already is canonical (what SQL hands over: `-?d+.dd`
 * without leading zeros), else its cents written out: saves a string per line.
 */
function amountTextOf(item: PoolItem, cents: number): string {
  const t = item.available;
  const n = t.length;
  const start = t.charCodeAt(0) === 45 ? 1 : 0;
  if (n - start >= 4 && t.charCodeAt(n - 3) === 46 && (t.charCodeAt(start) !== 48 || n - start === 4)) {
    return cents === 0 && start === 1 ? centsText(cents) : t;
  }
  return centsText(cents);
}

function checkSafe(absTotal: number, itemId: string): void {
  if (absTotal > Number.MAX_SAFE_INTEGER) throw new PoolError(itemId, 'amounts add up beyond the exact range');
}

/** 0: negative (refund or credit adjustment), 1: positive adjustment, 2: bill. */
type Group = 0 | 1 | 2;

/** A pool read once: each item's cents, epoch time and group, checked against the rules. */
interface ReadPool {
  items: readonly PoolItem[];
  cents: Float64Array;
  ms: Float64Array;
  group: Uint8Array;
  total: number;
  /** id → position (built for every read: it is also the duplicate check). */
  index: IdIndex;
}

/** `times: false` skips reading the times (checkAllocations does not order anything). */
function readPool(items: readonly PoolItem[], options: { times: boolean }): ReadPool {
  const n = items.length;
  const cents = new Float64Array(n);
  const ms = new Float64Array(n);
  const group = new Uint8Array(n);
  let total = 0;
  let absTotal = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const c = parseCents(item.available);
    if (Number.isNaN(c)) {
      throw new PoolError(item.id, `available is not an amount with at most 2 decimals: ${String(item.available)}`);
    }
    const t = options.times ? parseIsoTime(item.time) : 0;
    if (Number.isNaN(t)) throw new PoolError(item.id, `time is not an ISO date: ${String(item.time)}`);
    if (item.kind === 'bill') {
      if (c < 0) throw new PoolError(item.id, 'a bill item cannot be negative');
    } else if (item.kind === 'refund') {
      if (c > 0) throw new PoolError(item.id, 'a refund cannot be positive');
    } else if (item.kind !== 'adjustment') throw new PoolError(item.id, `unknown kind ${String(item.kind)}`);
    cents[i] = c;
    ms[i] = t;
    group[i] = c < 0 ? 0 : item.kind === 'adjustment' ? 1 : 2;
    total += c;
    absTotal += c < 0 ? -c : c;
  }
  const index = new IdIndex(items);
  if (index.duplicate !== undefined) throw new PoolError(index.duplicate, 'the id appears twice');
  checkSafe(absTotal, items[n - 1]?.id ?? '');
  return { items, cents, ms, group, total, index };
}

/**
 * Sorts order[from, to) by item id (code-unit order): a binary insertion sort over the
 * run's ids copied into a scratch array (no property loads in the inner loop); runs of
 * equal times are short in practice. Long unordered runs (a whole bill cycle at one time)
 * use the engine's n log n sort instead.
 */
function sortRunById(order: Int32Array, from: number, to: number, items: readonly PoolItem[], ids: string[]): void {
  const m = to - from;
  ids.length = m;
  for (let k = 0; k < m; k++) ids[k] = items[order[from + k]!]!.id;
  if (m > 64) {
    const run = Array.from(order.subarray(from, to), (i, k) => ({ i, id: ids[k]! }));
    run.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let k = 0; k < m; k++) order[from + k] = run[k]!.i;
    return;
  }
  for (let k = 1; k < m; k++) {
    const id = ids[k]!;
    if (ids[k - 1]! <= id) continue;
    const v = order[from + k]!;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! > id) hi = mid;
      else lo = mid + 1;
    }
    for (let j = k; j > lo; j--) {
      ids[j] = ids[j - 1]!;
      order[from + j] = order[from + j - 1]!;
    }
    ids[lo] = id;
    order[from + lo] = v;
  }
}

/**
 * A stable LSD radix sort of positions 0..m-1 by integer keys below 2^53, given as their
 * low and high 32 bits: 16 bits a pass, as many passes as the largest key needs. Linear:
 * 100k keys take a few milliseconds, where a comparator sort takes tens.
 */
function radixOrder(lo: Uint32Array, hi: Uint32Array): Int32Array {
  const m = lo.length;
  let src = new Int32Array(m);
  for (let k = 0; k < m; k++) src[k] = k;
  let dst = new Int32Array(m);
  let maxLo = 0;
  let maxHi = 0;
  for (let k = 0; k < m; k++) {
    maxLo |= lo[k]!;
    maxHi |= hi[k]!;
  }
  const counts = new Int32Array(65537);
  const pass = (words: Uint32Array, shift: number) => {
    counts.fill(0);
    for (let k = 0; k < m; k++) counts[((words[src[k]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 65536; d++) counts[d + 1]! += counts[d]!;
    for (let k = 0; k < m; k++) dst[counts[(words[src[k]!]! >>> shift) & 0xffff]!++] = src[k]!;
    [src, dst] = [dst, src];
  };
  if (maxLo & 0xffff) pass(lo, 0);
  if (maxLo >>> 16) pass(lo, 16);
  if (maxHi & 0xffff) pass(hi, 0);
  if (maxHi >>> 16) pass(hi, 16);
  return src;
}

/**
 * The indexes of the given items (all items with something left by default) in the rule's
 * order: negatives, positive adjustments, bills; each by time, then id. The key of an item
 * is its group above its time (ms since the earliest), sorted by a linear radix sort; only
 * runs with the same group and time are then sorted by id.
 */
/**
 * Whether each group's items already come by time then id in `subset` order — as the app's
 * pool does (SQL `ORDER BY time, id`). The radix sort is stable, so items with the same
 * group and time then keep their id order and no run needs sorting. One sequential pass;
 * ids are compared only between neighbours of a group with the same time.
 */
function inRuleOrderWithinGroups(pool: ReadPool, subset: Int32Array): boolean {
  const last = [-1, -1, -1];
  for (let k = 0; k < subset.length; k++) {
    const i = subset[k]!;
    const g = pool.group[i]!;
    const prev = last[g]!;
    if (prev >= 0) {
      const dt = pool.ms[i]! - pool.ms[prev]!;
      if (dt < 0 || (dt === 0 && pool.items[prev]!.id > pool.items[i]!.id)) return false;
    }
    last[g] = i;
  }
  return true;
}

function ruleOrder(pool: ReadPool, chosen?: readonly number[]): Int32Array {
  let subset: Int32Array;
  if (chosen) subset = Int32Array.from(chosen);
  else {
    let count = 0;
    for (let i = 0; i < pool.cents.length; i++) if (pool.cents[i] !== 0) count++;
    subset = new Int32Array(count);
    for (let i = 0, k = 0; i < pool.cents.length; i++) if (pool.cents[i] !== 0) subset[k++] = i;
  }
  const m = subset.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < m; k++) {
    const t = pool.ms[subset[k]!]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  // Whole seconds (the usual case) need fewer radix passes than milliseconds.
  let unit = 1000;
  for (let k = 0; k < m && unit === 1000; k++) if ((pool.ms[subset[k]!]! - min) % 1000 !== 0) unit = 1;
  // Group g sits above every time: key = g × span + (t − min) / unit, below 3 × 2^51 < 2^53.
  const span = m === 0 ? 1 : (max - min) / unit + 1;
  if (span > 2 ** 51) throw new PoolError('', 'times too far apart to order');
  const keys = new Float64Array(m);
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const i = subset[k]!;
    const key = pool.group[i]! * span + (pool.ms[i]! - min) / unit;
    keys[k] = key;
    lo[k] = key % 4294967296;
    hi[k] = Math.floor(key / 4294967296);
  }
  const sorted = radixOrder(lo, hi);
  const order = new Int32Array(m);
  for (let k = 0; k < m; k++) order[k] = subset[sorted[k]!]!;
  if (inRuleOrderWithinGroups(pool, subset)) return order;
  const scratch: string[] = [];
  let runStart = 0;
  for (let k = 1; k <= m; k++) {
    if (k < m && keys[sorted[k]!] === keys[sorted[runStart]!]) continue;
    if (k - runStart > 1) sortRunById(order, runStart, k, pool.items, scratch);
    runStart = k;
  }
  return order;
}

function line(pool: ReadPool, i: number, amountText: string, taken: number, reason: LineReason): MatchedLine {
  const item = pool.items[i]!;
  const c = pool.cents[i]!;
  const whole = taken === c;
  return {
    itemId: item.id,
    kind: item.kind,
    time: item.time,
    amount: whole ? amountText : centsText(taken),
    itemAmount: amountText,
    remainder: whole ? '0.00' : centsText(c - taken),
    reason,
  };
}

/** Σ of every item's available amount: the most one invoice can take from the pool. */
export function maxInvoiceable(pool: readonly PoolItem[]): string {
  return centsText(readPool(pool, { times: false }).total);
}

/**
 * 指定金额开票: every refund and credit adjustment (negative available) is taken whole,
 * by time then id; then positive adjustments and then bill items, each by consumption
 * time oldest first (ties by id), are taken whole while the running total is below T; the
 * last item taken may be partial so that the total is T exactly, and its remainder stays
 * invoiceable.
 *
 * T is user text or canonical text (parsed as an invoice amount: > 0, ≤ 2 decimals). T
 * above Σ available → `invoice.match.aboveAvailable` with `max`. Throws PoolError on a
 * malformed pool (duplicate id, a negative bill, a bad amount or time).
 */
export function matchSpecifiedAmount(items: readonly PoolItem[], requested: string): MatchResult {
  const parsed = parseUserAmount(requested, { purpose: 'invoice' });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const target = parseCents(parsed.value);

  const pool = readPool(items, { times: true });
  if (pool.total <= 0) {
    return { ok: false, error: { code: 'invoice.match.nothingAvailable', params: { max: centsText(pool.total) } } };
  }
  if (target > pool.total) {
    return {
      ok: false,
      error: { code: 'invoice.match.aboveAvailable', params: { max: centsText(pool.total), requested: parsed.value } },
    };
  }

  const order = ruleOrder(pool);
  const lines: MatchedLine[] = [];
  let running = 0;
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const c = pool.cents[i]!;
    const g = pool.group[i] as Group;
    const time = items[i]!.time;
    if (g === 0) {
      running += c;
      lines.push(line(pool, i, amountTextOf(items[i]!, c), c, { code: 'refundFirst', params: { time } }));
      continue;
    }
    if (running >= target) break;
    if (g === 2) rank++;
    const need = target - running;
    if (c <= need) {
      running += c;
      const reason: LineReason =
        g === 1 ? { code: 'adjustmentFirst', params: { time } } : { code: 'oldestFirst', params: { time, rank } };
      lines.push(line(pool, i, amountTextOf(items[i]!, c), c, reason));
    } else {
      running += need;
      const reason: LineReason = {
        code: 'partialLast',
        params: { time, taken: centsText(need), remainder: centsText(c - need) },
      };
      lines.push(line(pool, i, amountTextOf(items[i]!, c), need, reason));
    }
  }
  return { ok: true, total: centsText(running), lines };
}

/**
 * Manual picking: each chosen item is taken whole (its whole remaining amount). Lines come
 * in the rule's order (refunds first, then oldest first) whatever order the ids were
 * chosen in. The total must be above 0 (picking only refunds is refused).
 */
export function pickItems(items: readonly PoolItem[], ids: readonly string[]): MatchResult {
  if (ids.length === 0) return { ok: false, error: { code: 'invoice.pick.none', params: {} } };
  const pool = readPool(items, { times: true });
  const index = pool.index;
  const chosen: number[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined) return { ok: false, error: { code: 'invoice.pick.unknownItem', params: { item: id } } };
    const name = items[i]!.label ?? id;
    if (seen.has(id)) return { ok: false, error: { code: 'invoice.pick.duplicateItem', params: { item: name } } };
    seen.add(id);
    if (pool.cents[i] === 0) return { ok: false, error: { code: 'invoice.pick.nothingLeft', params: { item: name } } };
    chosen.push(i);
  }
  let total = 0;
  for (const i of chosen) total += pool.cents[i]!;
  if (total <= 0)
    return { ok: false, error: { code: 'invoice.pick.notPositive', params: { total: centsText(total) } } };
  const lines = Array.from(ruleOrder(pool, chosen), (i) =>
    line(pool, i, amountTextOf(items[i]!, pool.cents[i]!), pool.cents[i]!, {
      code: 'picked',
      params: { time: items[i]!.time },
    }),
  );
  return { ok: true, total: centsText(total), lines };
}

export type ConflictCode = 'invoice.conflict.itemGone' | 'invoice.conflict.exceeds';

export interface AllocationConflict {
  code: ConflictCode;
  itemId: string;
  label?: string;
  /** What the lines take from the item (Σ if several lines name it). */
  requested: string;
  /** What the item has left now ("0.00" when it is gone from the pool). */
  available: string;
  /** For the message `code`: item (its label, else its id), requested, available. */
  params: Record<string, string>;
}

export type AllocationCheck = { ok: true } | { ok: false; conflicts: AllocationConflict[] };

/**
 * Checks lines against the pool as it is now (at issue time: the pool without this
 * invoice's own lines). A line is covered when its item is in the pool with an available
 * amount of the same sign and at least as large in magnitude; every uncovered item is
 * listed, in the lines' order.
 */
export function checkAllocations(
  items: readonly PoolItem[],
  lines: readonly { itemId: string; amount: string }[],
): AllocationCheck {
  const pool = readPool(items, { times: false });
  const index = pool.index;
  const requested = new Map<string, number>();
  let absTotal = 0;
  for (const l of lines) {
    const c = parseCents(l.amount);
    if (Number.isNaN(c)) {
      throw new PoolError(l.itemId, `the line amount is not an amount with at most 2 decimals: ${String(l.amount)}`);
    }
    absTotal += c < 0 ? -c : c;
    requested.set(l.itemId, (requested.get(l.itemId) ?? 0) + c);
  }
  checkSafe(absTotal, lines[lines.length - 1]?.itemId ?? '');
  const conflicts: AllocationConflict[] = [];
  for (const [itemId, want] of requested) {
    if (want === 0) continue;
    const i = index.get(itemId);
    const left = i === undefined ? 0 : pool.cents[i]!;
    if (want > 0 ? left >= want : left <= want) continue;
    const label = i === undefined ? undefined : items[i]!.label;
    const params = { item: label ?? itemId, requested: centsText(want), available: centsText(left) };
    const conflict: AllocationConflict = {
      code: left === 0 ? 'invoice.conflict.itemGone' : 'invoice.conflict.exceeds',
      itemId,
      requested: params.requested,
      available: params.available,
      params,
    };
    if (label !== undefined) conflict.label = label;
    conflicts.push(conflict);
  }
  return conflicts.length === 0 ? { ok: true } : { ok: false, conflicts };
}
