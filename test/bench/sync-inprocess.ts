/**
 * One full sync with the app's engine and database workers in this process and the sandbox
 * in another, observed from the main thread while it runs: event-loop delay, read latency
 * every 100 ms, memory every 100 ms, CPU per thread. sync-responsiveness and sync-memory
 * both report from it; when both are asked for in one invocation the run happens once.
 *
 * Reads, each through the app's DbClient reader worker and timed from the main thread (what a
 * screen waits for), every 100 ms, independently of each other:
 *  - list read: `orders.list`, the Orders screen's first page (50 rows, newest first, no
 *    filter; the operation also counts the matching orders, as the screen shows the total);
 *  - db.ping: a trivial indexed read, so its latency is the path itself plus queueing behind
 *    whatever else the reader runs during a sync (the engine's own progress reads).
 * Anchors: the same observations on the same process, before the sync (idle, empty tables)
 * and after it (idle, full tables).
 */
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { openReader } from '../../electron/db/open';
import type { Scale } from '../../electron/sandbox';
import { makePlan } from '../../electron/sync/plan';
import { OrderListInput } from '../../shared/orders/schema';
import { syncOps } from '../../electron/sync/repository';
import { ProcessSampler, loadAverage, memoryOf, type ThreadCpuSummary } from './proc';
import type { BenchOptions } from './report';
import { benchNow, startSandboxProcess } from './sandbox-process';
import { summarize, type Summary } from './stats';
import { warmSandbox } from './sync-ingest';
import { APP_CONCURRENCY, SEED, connectionTo, engineRig, fullSync, scaleFor, type RunOutcome } from './sync-rig';
import { withTempDir } from './support';

const PROBE_MS = 100;
const IDLE_MS = 5_000;
const MB = 1024 * 1024;

/** The Orders screen's first page. */
export const LIST_INPUT = OrderListInput.parse({
  filter: {},
  sort: { field: 'createTime', order: 'desc' },
  limit: 50,
  offset: 0,
});

export interface MemoryPeaks {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

export interface InProcessRun {
  scale: Scale;
  concurrency: number;
  load: number;
  outcome: RunOutcome;
  eventLoop: { during: Summary; idle: Summary };
  /** orders.list, first page of 50, ms. */
  list: { during: Summary; idleEmpty: Summary; idleFull: Summary; rowsFull: number };
  /** db.ping through the DbClient reader, ms. */
  ping: { during: Summary; idleEmpty: Summary; idleFull: Summary };
  /** sync.summary (what every progress event reads) on the full database, ms (median of 5). */
  summaryMs: number;
  /** This process before the app's database workers start (the benchmark's own baseline). */
  memoryBaseline: MemoryPeaks;
  memoryBefore: MemoryPeaks;
  memoryPeak: MemoryPeaks;
  memoryAfter: MemoryPeaks;
  /** VmHWM of the whole process at the end (includes everything before the sync too). */
  vmHwmMb: number | null;
  threads: ThreadCpuSummary | null;
  /**
   * Database operations the engine ran during the sync, timed from the main thread (queueing
   * in the worker included): calls and latency per operation name.
   */
  ops: Record<string, Summary>;
  /** Main-thread garbage-collection pauses during the sync, ms. */
  gc: { count: number; totalMs: number; maxMs: number };
}

const memoryNow = (): MemoryPeaks => {
  const m = process.memoryUsage();
  return {
    rssMb: m.rss / MB,
    heapUsedMb: m.heapUsed / MB,
    heapTotalMb: m.heapTotal / MB,
    externalMb: m.external / MB,
    arrayBuffersMb: m.arrayBuffers / MB,
  };
};

/** Histogram of event-loop delay in ms (the histogram records nanoseconds). */
function eventLoopSummary(h: ReturnType<typeof monitorEventLoopDelay>): Summary {
  const ms = (ns: number) => ns / 1e6;
  return {
    n: h.count,
    mean: ms(h.mean),
    min: ms(h.min),
    p50: ms(h.percentile(50)),
    p95: ms(h.percentile(95)),
    p99: ms(h.percentile(99)),
    max: ms(h.max),
  };
}

/**
 * Issues `read` every PROBE_MS (one in flight at a time) until stopped; returns the
 * latencies in ms. A read still in flight when stopped counts with the time it has waited
 * so far (a lower bound), so a read stuck behind a backlog shows instead of hanging the run.
 */
function probe(read: () => Promise<unknown>) {
  const times: number[] = [];
  let running = true;
  let inFlightSince: number | null = null;
  void (async () => {
    while (running) {
      const tick = performance.now();
      inFlightSince = tick;
      await read();
      inFlightSince = null;
      if (!running) break;
      times.push(performance.now() - tick);
      const wait = PROBE_MS - (performance.now() - tick);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return {
    stop(): Summary {
      running = false;
      if (inFlightSince !== null) times.push(performance.now() - inFlightSince);
      return summarize(times);
    },
  };
}

/** Both read probes at once, independent of each other. */
function probeReads(list: () => Promise<unknown>, ping: () => Promise<unknown>) {
  const l = probe(list);
  const p = probe(ping);
  return {
    stop: () => ({ list: l.stop(), ping: p.stop() }),
  };
}

async function measure(options: BenchOptions, scale: Scale, concurrency: number): Promise<InProcessRun> {
  return withTempDir('sync-inprocess', async (dir) => {
    const load = loadAverage();
    const sb = await startSandboxProcess({ scale, seed: SEED, ratePerSec: 0, now: benchNow() });
    try {
      await warmSandbox(sb, makePlan('full', Date.now()).cycles);
      const memoryBaseline = memoryNow();
      const rig = await engineRig(dir, connectionTo(sb, 0), concurrency);
      const opTimes = new Map<string, number[]>();
      let recording = false;
      // Times every operation the engine sends through this DbClient (an own-property wrapper on
      // this instance; the class is untouched).
      const run = rig.db.run.bind(rig.db) as (op: string, ...args: unknown[]) => Promise<unknown>;
      (rig.db as unknown as { run: typeof run }).run = (op, ...args) => {
        const t = performance.now();
        const p = run(op, ...args);
        if (recording)
          void p.then(
            () => {
              const list = opTimes.get(op) ?? [];
              opTimes.set(op, list);
              list.push(performance.now() - t);
            },
            () => {},
          );
        return p;
      };
      const ping = () => rig.db.run('db.ping', 'language');
      const list = () => rig.db.run('orders.list', LIST_INPUT);
      try {
        await ping();
        await list();

        // Idle anchor: the same probes and monitor, no sync.
        const memoryBefore = memoryNow();
        let h = monitorEventLoopDelay({ resolution: 10 });
        h.enable();
        let probes = probeReads(list, ping);
        await new Promise((r) => setTimeout(r, IDLE_MS));
        const idleEmpty = probes.stop();
        h.disable();
        const eventLoopIdle = eventLoopSummary(h);

        // The sync, observed.
        const peak = { ...memoryBefore };
        const sampler = setInterval(() => {
          const m = memoryNow();
          for (const k of Object.keys(peak) as (keyof MemoryPeaks)[]) peak[k] = Math.max(peak[k], m[k]);
        }, PROBE_MS);
        const threads = new ProcessSampler(process.pid, 250);
        const gc = { count: 0, totalMs: 0, maxMs: 0 };
        const gcObserver = new PerformanceObserver((entries) => {
          for (const e of entries.getEntries()) {
            gc.count++;
            gc.totalMs += e.duration;
            gc.maxMs = Math.max(gc.maxMs, e.duration);
          }
        });
        gcObserver.observe({ entryTypes: ['gc'] });
        h = monitorEventLoopDelay({ resolution: 10 });
        h.enable();
        probes = probeReads(list, ping);
        options.log(`sync (${scale}) in this process, sandbox in pid ${sb.pid}…`);
        recording = true;
        const outcome = await fullSync(rig);
        recording = false;
        const during = probes.stop();
        h.disable();
        clearInterval(sampler);
        gcObserver.disconnect();
        const threadCpu = threads.stop();
        const eventLoopDuring = eventLoopSummary(h);

        // After: idle again, tables full.
        probes = probeReads(list, ping);
        await new Promise((r) => setTimeout(r, IDLE_MS));
        const idleFull = probes.stop();
        const rowsFull = (await list()).rows.length;
        // sync.summary on the full database, on a connection of this benchmark's (the app's
        // reader may still be busy with a backlog): what each progress event costs the reader.
        const summaryTimes: number[] = [];
        const direct = openReader(rig.db.file);
        try {
          for (let i = 0; i < 5; i++) {
            const t = performance.now();
            syncOps['sync.summary'].run(direct, undefined);
            summaryTimes.push(performance.now() - t);
          }
        } finally {
          direct.close();
        }
        return {
          scale,
          concurrency,
          load,
          outcome,
          eventLoop: { during: eventLoopDuring, idle: eventLoopIdle },
          list: { during: during.list, idleEmpty: idleEmpty.list, idleFull: idleFull.list, rowsFull },
          ping: { during: during.ping, idleEmpty: idleEmpty.ping, idleFull: idleFull.ping },
          summaryMs: summarize(summaryTimes).p50,
          memoryBaseline,
          memoryBefore,
          memoryPeak: peak,
          memoryAfter: memoryNow(),
          vmHwmMb: memoryOf(process.pid)?.peakMb ?? null,
          threads: threadCpu,
          ops: Object.fromEntries([...opTimes].map(([op, times]) => [op, summarize(times)])),
          gc,
        };
      } finally {
        await rig.close();
      }
    } finally {
      await sb.close();
    }
  });
}

const runs = new Map<string, Promise<InProcessRun>>();

/** The in-process run for these options, measured once per invocation. */
export function inProcessRun(options: BenchOptions): Promise<InProcessRun> {
  const scale = scaleFor(options);
  const concurrency = options.concurrency ?? APP_CONCURRENCY;
  const key = `${scale}|${concurrency}`;
  let run = runs.get(key);
  if (!run) runs.set(key, (run = measure(options, scale, concurrency)));
  return run;
}
