/**
 * CSV export of every order (200k, large preset) through the browser host: `exports.start`
 * over its WebSocket, done at the `exports.progress` event that says so. The host's RSS is
 * sampled from /proc every 50 ms and an `app.info` round trip is timed every 100 ms while
 * it runs (the main process must stay responsive), beside the same just before. Anchors,
 * in this process on the same file: the export's SELECT alone (one statement stepped to
 * the end, and in the export's pages), and writing the same bytes with plain fs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../shared/exports/schema';
import { orderListSql } from '../../electron/orders/repository';
import { memoryOf } from './proc';
import { max, percentile } from './stats';
import { row, type Benchmark, type Row } from './report';
import { rigRows, withBrowseRig, type BrowseRig } from './browse-rig';

const BENCH = 'browse-export';
const RSS_LIMIT_MB = 300;
const SORT = { field: 'createTime', order: 'desc' } as const;
/** Rows per read of the export (electron/exports/service.ts). */
const PAGE = 2000;

interface ExportRun {
  job: ExportJob;
  seconds: number;
  peakRssMb: number | null;
  pingsMs: number[];
  /** The same round trip just before the export. */
  idlePingsMs: number[];
}

async function ping(rig: BrowseRig): Promise<number> {
  const t0 = performance.now();
  await rig.client.call('app.info');
  return performance.now() - t0;
}

async function exportAll(rig: BrowseRig): Promise<ExportRun> {
  const pid = rig.host.child.pid!;
  let peakRssMb: number | null = null;
  const sample = () => {
    const m = memoryOf(pid);
    if (m) peakRssMb = Math.max(peakRssMb ?? 0, m.rssMb);
  };
  const sampler = setInterval(sample, 50);
  const idlePingsMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    idlePingsMs.push(await ping(rig));
    await new Promise((r) => setTimeout(r, 20));
  }
  const pingsMs: number[] = [];
  let running = true;
  const pinging = (async () => {
    while (running) {
      pingsMs.push(await ping(rig));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const t0 = performance.now();
    const started = await rig.client.call<ExportJob>('exports.start', {
      kind: 'orders',
      format: 'csv',
      filter: {},
      sort: SORT,
    });
    let job: ExportJob | undefined;
    while (!job) {
      await new Promise((r) => setTimeout(r, 20));
      job = rig.client.events
        .map((e) => e.payload as ExportJob)
        .find((p) => p.jobId === started.jobId && p.state !== 'running');
    }
    const seconds = (performance.now() - t0) / 1000;
    if (job.state !== 'done') throw new Error(`export ${job.state}: ${job.message}`);
    sample();
    return { job, seconds, peakRssMb, pingsMs, idlePingsMs };
  } finally {
    running = false;
    clearInterval(sampler);
    await pinging;
  }
}

/**
 * The export's own query (all orders, newest first) on a direct connection: in one
 * statement stepped to the end, and in the export's pages (PAGE rows by offset).
 */
function selectAlone(rig: BrowseRig): { rows: number; seconds: number; pagedSeconds: number } {
  const q = orderListSql({ filter: {}, sort: SORT });
  const statement = rig.direct.prepare(q.sql).safeIntegers(true).raw();
  let t0 = performance.now();
  let rows = 0;
  for (const _ of statement.iterate(...q.params, -1, 0)) rows++;
  const seconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (let offset = 0; statement.all(...q.params, PAGE, offset).length === PAGE; offset += PAGE);
  return { rows, seconds, pagedSeconds: (performance.now() - t0) / 1000 };
}

/** Writes `bytes` bytes of the export itself to a new file with plain fs, in 64 KB chunks. */
function plainWrite(source: string, dir: string): number {
  const data = fs.readFileSync(source);
  const file = path.join(dir, 'plain-write.csv');
  const t0 = performance.now();
  const fd = fs.openSync(file, 'w');
  for (let at = 0; at < data.length; at += 65_536) fs.writeSync(fd, data, at, Math.min(65_536, data.length - at));
  fs.closeSync(fd);
  const seconds = (performance.now() - t0) / 1000;
  fs.rmSync(file);
  return seconds;
}

export const browseExport: Benchmark = {
  name: BENCH,
  summary: 'CSV export of all orders via the host (large DB): rows/s, host peak RSS vs SELECT alone and a plain write',
  run: (options) =>
    withBrowseRig(BENCH, options, async (rig) => {
      const before = memoryOf(rig.host.child.pid!);
      const run = await exportAll(rig);
      const after = memoryOf(rig.host.child.pid!);
      const file = path.join(rig.large.dataDir, 'exports', run.job.fileName);
      const bytes = fs.statSync(file).size;
      const select = selectAlone(rig);
      const write = plainWrite(file, rig.large.dataDir);
      const rate = run.job.written / run.seconds;
      const mb = bytes / 1024 / 1024;
      options.log(
        `${BENCH}: ${run.job.written} rows, ${mb.toFixed(1)} MB in ${run.seconds.toFixed(2)} s; SELECT alone ${select.seconds.toFixed(2)} s; plain write ${write.toFixed(3)} s`,
      );
      const rows: Row[] = [
        ...rigRows(BENCH, rig),
        row(BENCH, `CSV export of ${run.job.written} orders (${mb.toFixed(1)} MB)`, run.seconds, 's', 1, {
          anchor: { name: 'plain fs write of the same bytes', value: write, unit: 's' },
        }),
        row(BENCH, 'export rate', rate, 'rows/s', run.job.written, {
          anchor: { name: "the export's SELECT alone, direct", value: select.rows / select.seconds, unit: 'rows/s' },
        }),
        row(
          BENCH,
          `the export's SELECT in pages of ${PAGE} (by offset), direct`,
          select.pagedSeconds,
          's',
          select.rows,
          {
            anchor: { name: 'the same in one statement', value: select.seconds, unit: 's' },
          },
        ),
      ];
      if (run.peakRssMb !== null && before && after)
        rows.push(
          row(BENCH, 'host RSS peak during the export (sampled every 50 ms)', run.peakRssMb, 'MB', 1, {
            anchor: { name: 'host RSS before the export', value: before.rssMb, unit: 'MB' },
            target: `≤ ${RSS_LIMIT_MB} MB`,
            met: run.peakRssMb <= RSS_LIMIT_MB,
          }),
          row(BENCH, 'host VmHWM after the export (whole life of the process)', after.peakMb, 'MB', 1, {
            anchor: { name: 'host VmHWM before the export', value: before.peakMb, unit: 'MB' },
            target: `≤ ${RSS_LIMIT_MB} MB`,
            met: after.peakMb <= RSS_LIMIT_MB,
          }),
        );
      const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
      const [busy, idle] = [sorted(run.pingsMs), sorted(run.idlePingsMs)];
      rows.push(
        row(BENCH, 'app.info round trip during the export, p95', percentile(busy, 95), 'ms', busy.length, {
          anchor: { name: 'just before the export, p95', value: percentile(idle, 95), unit: 'ms' },
        }),
        row(BENCH, 'app.info round trip during the export, max', max(busy), 'ms', busy.length, {
          anchor: { name: 'just before the export, max', value: max(idle), unit: 'ms' },
        }),
      );
      return rows;
    }),
};
