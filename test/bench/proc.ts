/**
 * Linux /proc readings for the sync benchmarks: a process's peak RSS and the CPU time of
 * each of its threads (main thread vs database workers vs Node's helper threads). Every
 * reading returns null where /proc is not available, and the figures built on them are
 * then left out.
 */
import fs from 'node:fs';
import os from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** VmRSS / VmHWM (peak) of a process in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    return Number.isFinite(rss) && Number.isFinite(hwm) ? { rssMb: rss / 1024, peakMb: hwm / 1024 } : null;
  } catch {
    return null;
  }
}

/** CPU ms (user + system) per thread id of a process. */
export function threadCpu(pid: number | 'self'): Map<number, number> | null {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  const out = new Map<number, number>();
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after "(comm) ": state is field 3, utime 14, stime 15.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // the thread ended between readdir and read
    }
  }
  return out;
}

/** CPU ms of a whole process (all threads, children not included). */
export function processCpu(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** The 1-minute load average, to read wall-clock figures against (a busy machine slows everything). */
export const loadAverage = (): number => os.loadavg()[0]!;

export interface ThreadCpuSummary {
  /** CPU ms of the main thread (tid = pid) */
  mainMs: number;
  /** CPU ms of the busiest other thread: the database writer worker during a sync */
  busiestOtherMs: number;
  /** CPU ms of every other thread together (reader worker, libuv pool, GC helpers…) */
  restMs: number;
  totalMs: number;
}

/**
 * Samples the per-thread CPU of `pid` every `everyMs` (threads vanish when they end, so each
 * keeps its last reading; up to `everyMs` of a thread's end is missed) and the process's
 * memory peak.
 */
export class ProcessSampler {
  private readonly start: Map<number, number>;
  /** Latest CPU ms seen per thread (kept for threads that have ended since). */
  private readonly seen = new Map<number, number>();
  private timer: NodeJS.Timeout;
  peakMb: number | null = null;

  constructor(
    private readonly pid: number,
    everyMs = 250,
  ) {
    this.start = (pid === process.pid ? threadCpu('self') : threadCpu(pid)) ?? new Map();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    const now = this.pid === process.pid ? threadCpu('self') : threadCpu(this.pid);
    for (const [tid, ms] of now ?? []) this.seen.set(tid, Math.max(ms, this.seen.get(tid) ?? 0));
    const mem = memoryOf(this.pid);
    if (mem) this.peakMb = Math.max(this.peakMb ?? 0, mem.peakMb);
  }

  stop(): ThreadCpuSummary | null {
    clearInterval(this.timer);
    if (this.seen.size === 0) return null;
    let mainMs = 0;
    let busiestOtherMs = 0;
    let restMs = 0;
    for (const [tid, ms] of this.seen) {
      const used = ms - (this.start.get(tid) ?? 0);
      if (tid === this.pid) mainMs = used;
      else if (used > busiestOtherMs) {
        restMs += busiestOtherMs;
        busiestOtherMs = used;
      } else restMs += used;
    }
    return { mainMs, busiestOtherMs, restMs, totalMs: mainMs + busiestOtherMs + restMs };
  }
}
