/**
 * What one sync run fetches, fixed when the run starts and stored with it, so a resumed
 * run (after a kill, a cancel or going offline) works through exactly the same scopes.
 */
export interface SyncPlan {
  kind: 'full' | 'incremental';
  /** Order create-time windows [from, to), each within the API's one-year limit, newest first. */
  orderWindows: [string, string][];
  /** Bill cycles (YYYY-MM, Beijing time) for fee records and monthly sums, newest first. */
  cycles: string[];
  /** Open orders created before this are re-read by id (incremental runs); null = none. */
  openOrdersBefore: string | null;
  /** Refund orders created since this get their amount details re-read. */
  refundsFrom: string;
}

export interface PlanOptions {
  /** How far back orders go in a full run. */
  orderYears?: number;
  /** Fee records go back 18 months in the API. */
  feeCycles?: number;
  /** The trailing window an incremental run re-reads (the API has no "updated since"). */
  trailingDays?: number;
  /** Cycles an incremental run re-reads (the current one is still open; the previous can be adjusted). */
  incrementalCycles?: number;
}

const DAY = 86_400_000;
/** Windows of 360 days stay inside "at most one year" whatever the calendar does. */
const WINDOW_DAYS = 360;

/** API time format: UTC, seconds, `Z`. */
export function apiTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The bill cycle (Beijing time, UTC+8) containing `ms`, moved by `back` months. */
export function cycleOf(ms: number, back = 0): string {
  const d = new Date(ms + 8 * 3600_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - back;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function makePlan(kind: 'full' | 'incremental', nowMs: number, opts: PlanOptions = {}): SyncPlan {
  // The end is a little in the future so an order created "now" is inside the window.
  const end = nowMs + 60_000;
  const trailing = (opts.trailingDays ?? 35) * DAY;
  const start = kind === 'full' ? nowMs - (opts.orderYears ?? 2) * 365 * DAY : nowMs - trailing;
  const orderWindows: [string, string][] = [];
  for (let to = end; to > start; to -= WINDOW_DAYS * DAY) {
    orderWindows.push([apiTime(Math.max(start, to - WINDOW_DAYS * DAY)), apiTime(to)]);
  }
  const cycleCount = kind === 'full' ? (opts.feeCycles ?? 18) : (opts.incrementalCycles ?? 2);
  const cycles = Array.from({ length: cycleCount }, (_, i) => cycleOf(nowMs, i));
  return {
    kind,
    orderWindows,
    cycles,
    openOrdersBefore: kind === 'incremental' ? apiTime(start) : null,
    refundsFrom: apiTime(kind === 'full' ? start : nowMs - trailing),
  };
}
