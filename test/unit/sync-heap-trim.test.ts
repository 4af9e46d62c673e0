import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { trimHeapWhileSyncing } from '../../electron/sync/heap-trim';

/** Major collections (mark-compact) V8 reports while `during` runs. */
async function majorGcs(during: () => Promise<void>): Promise<number> {
  let n = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) n++;
  });
  obs.observe({ entryTypes: ['gc'] });
  await during();
  await new Promise((r) => setTimeout(r, 50)); // entries are delivered asynchronously
  obs.disconnect();
  return n;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('trimHeapWhileSyncing', () => {
  it('has V8 collect the old generation while a sync runs, and stops when told', async () => {
    let stop = () => {};
    const during = await majorGcs(async () => {
      stop = trimHeapWhileSyncing(20);
      await wait(400);
    });
    expect(during).toBeGreaterThan(0);
    stop();
    await wait(100); // a collection already under way may still finish
    expect(await majorGcs(() => wait(400))).toBe(0);
  });
});
