/**
 * The app's main process during a full sync: the built browser host (the same core as the
 * Electron main process, in a process of its own) syncs the preset from a sandbox process
 * (`--sandbox-url`, unthrottled), started over its WebSocket with `sync.start` and followed
 * with `sync.status`. The host's RSS is sampled from /proc every 100 ms; VmHWM at the end
 * covers its whole life. Anchor: the same host, idle, just before the sync.
 *
 * sync-memory measures the same in this (tsx, benchmark-harness) process, which carries
 * about 200 MB of its own before the database opens; this is the figure of the app itself.
 */
import path from 'node:path';
import { SANDBOX_SEED } from '../../electron/core/core';
import { makePlan } from '../../electron/sync/plan';
import type { SyncStatus } from '../../shared/sync/schema';
import { spawnHost } from '../support/host-process';
import { hostClient } from '../support/ws-client';
import { loadAverage, memoryOf } from './proc';
import { row, type Benchmark, type Row } from './report';
import { benchNow, startSandboxProcess } from './sandbox-process';
import { warmSandbox } from './sync-ingest';
import { scaleFor } from './sync-rig';
import { withTempDir } from './support';

const BENCH = 'sync-host-memory';
const RSS_LIMIT_MB = 300;
const SAMPLE_MS = 100;
/** A large sync takes a few minutes here; give up well before the suite's own limits. */
const TIMEOUT_MS = 20 * 60_000;

export const syncHostMemory: Benchmark = {
  name: BENCH,
  summary: 'peak RSS of the browser host (the app main process) during a full sync from a sandbox process',
  run: (options) =>
    withTempDir(BENCH, async (dir) => {
      const scale = scaleFor(options);
      const load = loadAverage();
      const sb = await startSandboxProcess({ scale, seed: SANDBOX_SEED, ratePerSec: 0, now: benchNow() });
      try {
        await warmSandbox(sb, makePlan('full', Date.now()).cycles);
        const host = await spawnHost(path.join(dir, 'host'), ['--sandbox-url', sb.baseUrl, '--sandbox-rate', '0']);
        const client = await hostClient(host);
        try {
          const pid = host.child.pid!;
          await client.call('sync.status');
          await new Promise((r) => setTimeout(r, 2000));
          const before = memoryOf(pid);
          let peak = before?.rssMb ?? 0;
          const sampler = setInterval(() => {
            const m = memoryOf(pid);
            if (m) peak = Math.max(peak, m.rssMb);
          }, SAMPLE_MS);
          const t0 = performance.now();
          let status: SyncStatus;
          try {
            await client.call('sync.start', { kind: 'full' });
            for (;;) {
              await new Promise((r) => setTimeout(r, 1000));
              status = await client.call<SyncStatus>('sync.status');
              if (status.state !== 'syncing' && status.run?.status !== 'running') break;
              if (performance.now() - t0 > TIMEOUT_MS) throw new Error(`${BENCH}: the sync did not end in 20 min`);
            }
          } finally {
            clearInterval(sampler);
          }
          const seconds = (performance.now() - t0) / 1000;
          if (status.run?.status !== 'finished')
            throw new Error(
              `${BENCH}: the sync ended ${status.run?.status ?? 'without a run'}: ${status.message ?? ''}`,
            );
          const after = memoryOf(pid);
          const records = status.run.records;
          options.log(
            `${BENCH}: ${records} records in ${seconds.toFixed(1)} s; host RSS ${before?.rssMb.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, VmHWM ${after?.peakMb.toFixed(0)} MB`,
          );
          const idle = { name: 'same host, idle, just before the sync', value: before?.rssMb ?? NaN, unit: 'MB' };
          const rows: Row[] = [
            row(BENCH, `host peak RSS during the sync (${scale}, ${records} records)`, peak, 'MB', records, {
              anchor: idle,
              target: `≤ ${RSS_LIMIT_MB} MB`,
              met: peak <= RSS_LIMIT_MB,
            }),
            row(BENCH, 'host VmHWM after the sync (whole life of the process)', after?.peakMb ?? NaN, 'MB', records, {
              anchor: idle,
            }),
            row(BENCH, 'sync run time through the host', seconds, 's', records, {
              anchor: { name: 'records stored', value: records, unit: 'rows' },
            }),
            row(BENCH, 'load average at start', load, '', 1, { anchor: { name: 'cores', value: 2, unit: '' } }),
          ];
          return rows;
        } finally {
          client.close();
          await host.stop();
        }
      } finally {
        await sb.close();
      }
    }),
};
