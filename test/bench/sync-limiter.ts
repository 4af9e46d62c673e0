/**
 * Flow-control use: the sandbox (own process) enforces N requests/s per API, the app's
 * engine runs in this process with the same N for --limiter-seconds on the small preset,
 * then is cancelled. The sandbox's request counts, polled every 100 ms, give each API's
 * achieved rate while it was busy: between the first and the last poll that saw its count
 * move, so its idle time before and after does not count. The anchor is the allowed rate;
 * the limiter aims at N × 0.92 (its headroom), so 0.92 is the ceiling of the ratio. 429s
 * are the sandbox's own count. Also reported: the total request rate over the window beside
 * what all the APIs the sync uses would allow together — how many budgets run at once.
 */
import type { SandboxStats } from '../../electron/sandbox';
import { makePlan } from '../../electron/sync/plan';
import { row, type Benchmark, type Row } from './report';
import { API_OF_OPERATION, benchNow, startSandboxProcess } from './sandbox-process';
import { warmSandbox } from './sync-ingest';
import { APP_CONCURRENCY, SEED, connectionTo, engineRig } from './sync-rig';
import { withTempDir } from './support';

const BENCH = 'sync-limiter';
const RATIO_TARGET = 0.9;
const POLL_MS = 100;
/** An API busy for less than this is listed but not judged (too few requests to tell a rate). */
const MIN_BUSY_S = 2;
/** The APIs a full sync uses (order-details is not one of them). */
const SYNC_APIS = ['customers', 'orders', 'consume-customers', 'monthly-sums', 'fee-records', 'refund-details'];

interface Poll {
  t: number;
  requests: Record<string, number>;
}

export const syncLimiter: Benchmark = {
  name: BENCH,
  summary: 'engine against a throttled sandbox (small): achieved rate per API ÷ allowed, and 429s',
  run: (options) =>
    withTempDir(BENCH, async (dir) => {
      const rate = options.rate;
      const concurrency = options.concurrency ?? APP_CONCURRENCY;
      const seconds = options.limiterSeconds;
      // Unthrottled while it warms up (so the warm-up costs no tokens), then throttled.
      const sb = await startSandboxProcess({ scale: 'small', seed: SEED, ratePerSec: 0, now: benchNow() });
      const polls: Poll[] = [];
      let before: SandboxStats;
      let after: SandboxStats;
      try {
        await warmSandbox(sb, makePlan('full', Date.now()).cycles);
        await sb.setRate(rate);
        before = await sb.stats();
        const rig = await engineRig(dir, connectionTo(sb, rate), concurrency);
        try {
          const t0 = performance.now();
          let polling = true;
          const poller = (async () => {
            while (polling) {
              const s = await sb.stats();
              polls.push({ t: (performance.now() - t0) / 1000, requests: s.requests });
              await new Promise((r) => setTimeout(r, POLL_MS));
            }
          })();
          await rig.engine.start('full');
          await new Promise((r) => setTimeout(r, seconds * 1000));
          polling = false;
          await poller;
          if (!rig.engine.running) options.log(`${BENCH}: note: the sync finished before ${seconds} s`);
        } finally {
          await rig.close(); // cancels the run
        }
        after = await sb.stats();
      } finally {
        await sb.close();
      }

      const rows: Row[] = [];
      const allowed = { name: 'allowed per API', value: rate, unit: 'req/s' };
      let worst = Number.POSITIVE_INFINITY;
      let judged = 0;
      const windowS = polls[polls.length - 1]!.t;
      let windowRequests = 0;
      const busyNotes: string[] = [];
      for (const [op, api] of Object.entries(API_OF_OPERATION)) {
        const base = before.requests[op] ?? 0;
        const series = polls.map((p) => ({ t: p.t, n: (p.requests[op] ?? 0) - base }));
        const total = series[series.length - 1]?.n ?? 0;
        windowRequests += total;
        if (total === 0) continue;
        // First poll that saw a request, last poll before the final count: both inside the busy span.
        const first = series.find((p) => p.n > 0)!;
        const last = [...series].reverse().find((p) => p.n < total) ?? first;
        const busyS = last.t - first.t;
        busyNotes.push(`${api} ${total} req, busy ${first.t.toFixed(1)}–${last.t.toFixed(1)} s`);
        if (busyS < MIN_BUSY_S) continue;
        const achieved = (last.n - first.n) / busyS;
        const ratio = achieved / rate;
        worst = Math.min(worst, ratio);
        judged++;
        rows.push(
          row(BENCH, `${api}: achieved ÷ allowed while busy (${busyS.toFixed(1)} s)`, ratio, '×', last.n - first.n, {
            anchor: allowed,
            target: `≥ ${RATIO_TARGET}`,
            met: ratio >= RATIO_TARGET,
          }),
        );
      }
      options.log(`${BENCH}: ${busyNotes.join('; ')}`);
      const sent429 = after.sent429 - before.sent429;
      rows.unshift(
        row(BENCH, `worst API achieved ÷ allowed while busy (${judged} APIs)`, worst, '×', windowRequests, {
          anchor: allowed,
          target: `≥ ${RATIO_TARGET}`,
          met: worst >= RATIO_TARGET,
        }),
        row(BENCH, '429s sent by the sandbox', sent429, 'responses', windowRequests, {
          anchor: { name: 'requests in the window', value: after.total - before.total, unit: 'requests' },
          target: '0',
          met: sent429 === 0,
        }),
      );
      rows.push(
        row(
          BENCH,
          `total request rate over ${windowS.toFixed(1)} s`,
          windowRequests / windowS,
          'req/s',
          windowRequests,
          {
            anchor: {
              name: `allowed for the ${SYNC_APIS.length} APIs a sync uses`,
              value: rate * SYNC_APIS.length,
              unit: 'req/s',
            },
          },
        ),
      );
      return rows;
    }),
};
