/**
 * Main-process memory during a full sync in this process (sandbox in another process, so
 * none of its memory counts): process.memoryUsage() every 100 ms. RSS covers every thread
 * of the process (the database workers' heaps and SQLite's caches included); heapUsed and
 * external are the main thread's only. Anchors: the same process just before the sync.
 * This process also carries tsx and unbundled sources (the baseline row shows how much), so
 * the app's bundled main process sits a little lower; sync-ingest reports the CLI's peak.
 */
import { row, type Benchmark, type Row } from './report';
import { inProcessRun } from './sync-inprocess';

const BENCH = 'sync-memory';
const RSS_LIMIT_MB = 300;

export const syncMemory: Benchmark = {
  name: BENCH,
  summary: 'peak RSS and heapUsed (sampled every 100 ms) during an in-process full sync',
  async run(options) {
    const r = await inProcessRun(options);
    const before = (value: number) => ({ name: 'same process just before the sync', value, unit: 'MB' });
    const n = r.outcome.records;
    const nonHeap = (m: typeof r.memoryPeak) => m.rssMb - m.heapTotalMb - m.externalMb;
    const rows: Row[] = [
      row(BENCH, `peak RSS during sync (${r.scale}, ${n} records)`, r.memoryPeak.rssMb, 'MB', n, {
        anchor: before(r.memoryBefore.rssMb),
        target: `≤ ${RSS_LIMIT_MB} MB`,
        met: r.memoryPeak.rssMb <= RSS_LIMIT_MB,
      }),
      row(BENCH, 'RSS before the database opened (benchmark baseline)', r.memoryBaseline.rssMb, 'MB', n, {
        anchor: before(r.memoryBefore.rssMb),
      }),
      row(BENCH, 'RSS added by the sync (peak − before)', r.memoryPeak.rssMb - r.memoryBefore.rssMb, 'MB', n, {
        anchor: before(r.memoryBefore.rssMb),
      }),
      row(BENCH, 'peak main-thread heapUsed', r.memoryPeak.heapUsedMb, 'MB', n, {
        anchor: before(r.memoryBefore.heapUsedMb),
      }),
      row(BENCH, 'peak main-thread heapTotal', r.memoryPeak.heapTotalMb, 'MB', n, {
        anchor: before(r.memoryBefore.heapTotalMb),
      }),
      row(BENCH, 'peak external (main thread)', r.memoryPeak.externalMb, 'MB', n, {
        anchor: before(r.memoryBefore.externalMb),
      }),
      row(BENCH, 'RSS outside the main heap at peak (workers, SQLite, native)', nonHeap(r.memoryPeak), 'MB', n, {
        anchor: before(nonHeap(r.memoryBefore)),
      }),
      row(BENCH, 'RSS after the sync (database still open)', r.memoryAfter.rssMb, 'MB', n, {
        anchor: before(r.memoryBefore.rssMb),
      }),
    ];
    if (r.vmHwmMb !== null)
      rows.push(
        row(BENCH, 'process VmHWM at the end (whole benchmark process)', r.vmHwmMb, 'MB', n, {
          anchor: before(r.memoryBefore.rssMb),
        }),
      );
    if (r.threads) {
      const wall = { name: 'sync run time', value: r.outcome.seconds, unit: 's' };
      rows.push(
        row(BENCH, 'main thread CPU during sync', r.threads.mainMs / 1000, 's', n, { anchor: wall }),
        row(BENCH, 'busiest worker thread CPU (db writer)', r.threads.busiestOtherMs / 1000, 's', n, { anchor: wall }),
        row(BENCH, 'other threads CPU', r.threads.restMs / 1000, 's', n, { anchor: wall }),
      );
    }
    return rows;
  },
};
