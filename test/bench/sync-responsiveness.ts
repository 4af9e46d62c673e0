/**
 * Main-thread responsiveness during a full sync in this process (sandbox in another): the
 * event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution) and the latency of
 * reads issued every 100 ms, each beside the same measure with no sync running. See
 * sync-inprocess.ts for what the two reads are and why.
 */
import { row, type Benchmark, type Row } from './report';
import { inProcessRun, type InProcessRun } from './sync-inprocess';
import { SETTLE_CAP_MS } from './sync-rig';

const BENCH = 'sync-responsiveness';
const EVENT_LOOP_P99_MS = 30;
const READ_P95_MS = 50;

/** How long the engine's own database calls took, seen from the main thread (queueing included). */
function opRows(r: InProcessRun): Row[] {
  const out: Row[] = [];
  const ingest = r.ops['sync.ingestRaw'];
  const summary = r.ops['sync.summary'];
  if (ingest)
    out.push(
      row(BENCH, 'engine sync.ingestRaw round trip p95 (writer queue included)', ingest.p95, 'ms', ingest.n, {
        anchor: { name: 'its p50', value: ingest.p50, unit: 'ms' },
      }),
    );
  if (summary)
    out.push(
      row(
        BENCH,
        `engine sync.summary round trip p50 (${summary.n} calls, ${(summary.n / r.outcome.seconds).toFixed(1)}/s)`,
        summary.p50,
        'ms',
        summary.n,
        {
          anchor: { name: 'its p95', value: summary.p95, unit: 'ms' },
        },
      ),
    );
  return out;
}

export const syncResponsiveness: Benchmark = {
  name: BENCH,
  summary: 'event-loop delay p99 and read latency p95 (every 100 ms) during an in-process full sync',
  async run(options) {
    const r = await inProcessRun(options);
    const el = r.eventLoop;
    const tag = `${r.scale}, concurrency ${r.concurrency}`;
    options.log(
      `${BENCH}: ${r.outcome.records} records in ${r.outcome.seconds.toFixed(1)} s; ` +
        `event loop p50/p99/max ${el.during.p50.toFixed(1)}/${el.during.p99.toFixed(1)}/${el.during.max.toFixed(1)} ms; ` +
        `list read p50/p95/max ${r.list.during.p50.toFixed(1)}/${r.list.during.p95.toFixed(1)}/${r.list.during.max.toFixed(1)} ms; ` +
        `sync.summary on the full database ${r.summaryMs.toFixed(1)} ms`,
    );
    const idleFull = (s: 'p50' | 'p95' | 'p99') => ({
      name: `same read idle after the sync (${r.list.rowsFull} rows) ${s}`,
      value: r.list.idleFull[s],
      unit: 'ms',
    });
    const pingIdle = (s: 'p50' | 'p95') => ({
      name: `same read idle before the sync ${s}`,
      value: r.ping.idleEmpty[s],
      unit: 'ms',
    });
    return [
      row(BENCH, `event-loop delay p99 during sync (${tag})`, el.during.p99, 'ms', el.during.n, {
        anchor: { name: 'idle p99, same process before the sync', value: el.idle.p99, unit: 'ms' },
        target: `≤ ${EVENT_LOOP_P99_MS} ms`,
        met: el.during.p99 <= EVENT_LOOP_P99_MS,
      }),
      row(BENCH, 'event-loop delay max during sync', el.during.max, 'ms', el.during.n, {
        anchor: { name: 'idle max, same process before the sync', value: el.idle.max, unit: 'ms' },
      }),
      row(
        BENCH,
        'list read p95 during sync (orders.list, first page of 50)',
        r.list.during.p95,
        'ms',
        r.list.during.n,
        {
          anchor: idleFull('p95'),
          target: `≤ ${READ_P95_MS} ms`,
          met: r.list.during.p95 <= READ_P95_MS,
        },
      ),
      row(BENCH, 'list read p50 during sync', r.list.during.p50, 'ms', r.list.during.n, {
        anchor: idleFull('p50'),
      }),
      row(BENCH, 'DbClient reader round trip p95 during sync (db.ping)', r.ping.during.p95, 'ms', r.ping.during.n, {
        anchor: pingIdle('p95'),
        target: `≤ ${READ_P95_MS} ms`,
        met: r.ping.during.p95 <= READ_P95_MS,
      }),
      row(BENCH, 'sync.summary on the synced database (read by every progress event)', r.summaryMs, 'ms', 5, {
        anchor: pingIdle('p50'),
      }),
      row(BENCH, 'DbClient reader round trip max during sync (db.ping)', r.ping.during.max, 'ms', r.ping.during.n, {
        anchor: { name: 'same read idle before the sync max', value: r.ping.idleEmpty.max, unit: 'ms' },
      }),
      row(
        BENCH,
        'engine settle after its run ended (last progress read)',
        r.outcome.settleSeconds ?? SETTLE_CAP_MS / 1000,
        r.outcome.settleSeconds === null ? 's (cap hit: still busy)' : 's',
        1,
        { anchor: { name: 'sync run time', value: r.outcome.seconds, unit: 's' } },
      ),
      ...opRows(r),
      row(BENCH, 'main-thread GC pause max during sync', r.gc.maxMs, 'ms', r.gc.count, {
        anchor: { name: 'GC pauses total', value: r.gc.totalMs, unit: 'ms' },
      }),
      row(BENCH, 'load average at start', r.load, '', 1),
    ] satisfies Row[];
  },
};
