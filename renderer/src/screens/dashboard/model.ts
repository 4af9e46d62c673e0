import Decimal from 'decimal.js';
import { sum } from '../../../../shared/money/arith';
import type { DashboardSummary } from '../../../../shared/dashboard/schema';
import type { SyncStatus } from '../../../../shared/sync/schema';

/** Before the first sync the cards say so, instead of showing empty axes. */
export type DataState = 'ready' | 'syncing' | 'beforeSync';

export function dataState(summary: DashboardSummary, sync: SyncStatus | null): DataState {
  const { customers, orders, feeRecords } = summary.totals;
  const synced = sync?.resources.some((r) => r.lastSyncedAt !== null) ?? false;
  if (customers + orders + feeRecords > 0 || synced) return 'ready';
  return sync?.state === 'syncing' ? 'syncing' : 'beforeSync';
}

/**
 * The last `count` months as "YYYY-MM", oldest first, in China time — the clock bill
 * cycles and the core's dashboard window use (UTC+8, no daylight saving).
 */
export function lastMonths(now: number, count = 12): string[] {
  const d = new Date(now + 8 * 3600_000);
  const current = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const months: string[] = [];
  for (let m = current - count + 1; m <= current; m++)
    months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return months;
}

/** New customers for every month of the window, zero where none were associated. */
export function fillMonths(
  points: DashboardSummary['newCustomersByMonth'],
  months: string[],
): { month: string; count: number }[] {
  const byMonth = new Map(points.map((p) => [p.month, p.count]));
  return months.map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

/** Exact sum of decimal amounts (decimal.js; a JS number never carries money). */
export function sumAmounts(amounts: readonly string[]): string {
  return sum(amounts);
}

/**
 * A bar's length as a CSS width: `part / max` as a percentage, computed in decimal.js.
 * Negative or zero amounts draw no bar.
 */
export function barWidth(part: string, max: string): string {
  const m = new Decimal(max);
  const p = new Decimal(part);
  if (m.lte(0) || p.lte(0)) return '0%';
  return `${p.div(m).times(100).toDecimalPlaces(2).toFixed()}%`;
}
