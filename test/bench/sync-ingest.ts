/**
 * Full-sync ingest rate: `dist/electron/sync-cli.js` (the app's engine, BSS client and
 * database workers, in a process of their own) syncs the whole preset from an unthrottled
 * sandbox running in another process, at the app's concurrency.
 *
 * Twice, each into a new database: the first run has the sandbox render every response
 * (generate the records, write the JSON) and keep it (response-cache.ts); the second, the
 * figure compared with the target, is served the same bodies as stored bytes. On a rep's
 * laptop the API's CPU is a server's, not the laptop's; here the sandbox shares the two
 * cores with the app, and rendering took about a third of them. Both runs are reported,
 * with the sandbox's CPU in each. Anchors from the same run
 * (sync-anchor.ts): a raw better-sqlite3 bulk insert of the same rows into the same schema,
 * the decode step alone and the writer's own operation replayed without waiting for pages.
 * Per-thread CPU of the CLI (Linux /proc) shows which thread, if any, is saturated.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makePlan } from '../../electron/sync/plan';
import { loadAverage, processCpu } from './proc';
import { row, type Benchmark, type Row } from './report';
import { measureAnchors } from './sync-anchor';
import { APP_CONCURRENCY, SEED, SETTLE_CAP_MS, cliSync, scaleFor } from './sync-rig';
import type { SandboxStats } from '../../electron/sandbox';
import { benchNow, startSandboxProcess, type SandboxProcess } from './sandbox-process';
import { withTempDir } from './support';

const BENCH = 'sync-ingest';
const RATIO_TARGET = 0.5;

/**
 * Makes the sandbox build its per-cycle aggregates (§5 sums, §8 consumers: every fee record
 * of the cycle is generated once) before the timed run, so the run times the app rather
 * than the sandbox's lazy generation.
 */
export async function warmSandbox(sb: SandboxProcess, cycles: string[]): Promise<void> {
  const { domain, user, password } = sb.credentials;
  const login = await fetch(new URL('/v3/auth/tokens', sb.baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: domain } } } },
        scope: { domain: { name: domain } },
      },
    }),
  });
  const token = login.headers.get('x-subject-token');
  if (login.status !== 201 || !token) throw new Error(`sandbox login failed: ${login.status}`);
  const headers = { 'Content-Type': 'application/json', 'X-Auth-Token': token };
  for (const cycle of cycles) {
    const res = await fetch(new URL('/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query', sb.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify({ bill_cycle: cycle, offset: 0, limit: 1 }),
    });
    if (res.status !== 200) throw new Error(`sandbox warm-up ${cycle}: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
}

export const syncIngest: Benchmark = {
  name: BENCH,
  summary:
    'full sync (sync-cli, sandbox in another process serving rendered bodies) rows/s vs a raw bulk insert of the same rows',
  run: (options) =>
    withTempDir(BENCH, async (dir) => {
      const scale = scaleFor(options);
      const concurrency = options.concurrency ?? APP_CONCURRENCY;
      const now = benchNow();
      const load = loadAverage();
      options.log(`${BENCH}: scale ${scale}, concurrency ${concurrency}, load average ${load.toFixed(2)}`);

      let t0 = performance.now();
      const sb = await startSandboxProcess({ scale, seed: SEED, ratePerSec: 0, now, responseCache: true });
      let live, sync;
      let liveSandboxCpuMs: number | null = null;
      let sandboxCpuMs: number | null = null;
      let cache: SandboxStats['cache'] = null;
      try {
        await warmSandbox(sb, makePlan('full', Date.now()).cycles);
        options.log(`${BENCH}: sandbox ready and warm in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        const timed = async (name: string) => {
          const cpu0 = processCpu(sb.pid);
          const outcome = await cliSync(path.join(dir, name), sb, concurrency);
          const cpu1 = processCpu(sb.pid);
          // The database is done with: the next run's is new, and two large ones need 2 GB.
          await fs.rm(path.join(dir, name), { recursive: true, force: true });
          return { outcome, sandboxCpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null };
        };
        ({ outcome: live, sandboxCpuMs: liveSandboxCpuMs } = await timed('cli-live'));
        options.log(`${BENCH}: first run (sandbox rendering) ${live.records} records, ${live.seconds.toFixed(1)} s`);
        const before = (await sb.stats()).cache;
        ({ outcome: sync, sandboxCpuMs } = await timed('cli'));
        const after = (await sb.stats()).cache;
        cache =
          after && before ? { ...after, hits: after.hits - before.hits, misses: after.misses - before.misses } : null;
      } finally {
        await sb.close();
      }
      options.log(
        `${BENCH}: synced ${sync.records} records in ${sync.requests} requests, ${sync.seconds.toFixed(1)} s ` +
          `(cache hits ${cache?.hits}, misses ${cache?.misses}); building the anchors…`,
      );

      t0 = performance.now();
      const anchors = await measureAnchors({
        dir,
        scale,
        seed: SEED,
        now,
        planNow: Date.now(),
        log: options.log,
      });
      options.log(
        `${BENCH}: anchors over ${anchors.rows} rows / ${anchors.pages} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
          `(sandbox generation ${anchors.generateSeconds.toFixed(1)} s); rows by table ${JSON.stringify(anchors.rowsByResource)}`,
      );
      if (anchors.rows !== sync.records)
        options.log(`${BENCH}: note: the sync stored ${sync.records} records, the anchors ${anchors.rows} rows`);

      const rate = sync.records / sync.seconds;
      const liveRate = live.records / live.seconds;
      const rawRate = anchors.rows / anchors.rawSeconds;
      const replayRate = anchors.rows / anchors.replaySeconds;
      const decodeRate = anchors.rows / anchors.decodeSeconds;
      const ratio = rate / rawRate;
      const raw = { name: 'raw bulk insert, same rows', value: rawRate, unit: 'rows/s' };
      const wall = { name: 'sync run time', value: sync.seconds, unit: 's' };
      const n = sync.records;
      const rows: Row[] = [
        row(BENCH, `sync rate (${scale}, concurrency ${concurrency})`, rate, 'rows/s', n, { anchor: raw }),
        row(BENCH, 'sync rate / raw insert rate', ratio, '×', n, {
          anchor: raw,
          target: `≥ ${RATIO_TARGET}× raw insert`,
          met: ratio >= RATIO_TARGET,
        }),
        row(BENCH, 'sync rate, sandbox rendering each response (first run)', liveRate, 'rows/s', live.records, {
          anchor: raw,
        }),
        row(BENCH, 'first run / raw insert rate', liveRate / rawRate, '×', live.records, { anchor: raw }),
        row(BENCH, 'records stored', sync.records, 'rows', n, {
          anchor: { name: 'rows in the anchors (same plan)', value: anchors.rows, unit: 'rows' },
        }),
        row(BENCH, 'requests', sync.requests, 'requests', n, {
          anchor: { name: 'API pages in the anchors', value: anchors.pages, unit: 'pages' },
        }),
        row(BENCH, 'sync run time (started_at → finished_at)', sync.seconds, 's', n, {
          anchor: { name: 'raw insert time, same rows', value: anchors.rawSeconds, unit: 's' },
        }),
        row(BENCH, 'writer op replayed back to back (page decoded)', replayRate, 'rows/s', anchors.rows, {
          anchor: raw,
        }),
        row(BENCH, 'decodePage alone', decodeRate, 'rows/s', anchors.rows, { anchor: raw }),
      ];
      if (sync.threads) {
        rows.push(
          row(BENCH, 'CLI main thread CPU', sync.threads.mainMs / 1000, 's', n, { anchor: wall }),
          row(BENCH, 'CLI busiest worker thread CPU (db writer)', sync.threads.busiestOtherMs / 1000, 's', n, {
            anchor: wall,
          }),
          row(BENCH, 'CLI other threads CPU', sync.threads.restMs / 1000, 's', n, { anchor: wall }),
        );
      }
      rows.push(
        row(
          BENCH,
          'CLI exit after its run ended (last progress read, close)',
          sync.settleSeconds ?? SETTLE_CAP_MS / 1000,
          sync.settleSeconds === null ? 's (cap hit: stopped)' : 's',
          1,
          { anchor: wall },
        ),
      );
      if (sandboxCpuMs !== null)
        rows.push(
          row(BENCH, 'sandbox process CPU (served from its cache)', sandboxCpuMs / 1000, 's', n, { anchor: wall }),
        );
      if (liveSandboxCpuMs !== null)
        rows.push(
          row(BENCH, 'sandbox process CPU, first run (rendering)', liveSandboxCpuMs / 1000, 's', live.records, {
            anchor: { name: 'first run time', value: live.seconds, unit: 's' },
          }),
        );
      if (cache)
        rows.push(
          row(BENCH, 'requests served from the cache', cache.hits, 'requests', n, {
            anchor: { name: 'rendered (not in the cache)', value: cache.misses, unit: 'requests' },
          }),
        );
      if (sync.peakRssMb !== null)
        rows.push(row(BENCH, 'CLI peak RSS (VmHWM; sync-memory has the in-process figure)', sync.peakRssMb, 'MB', n));
      rows.push(
        row(BENCH, 'load average at start', load, '', 1, {
          anchor: { name: 'cores', value: os.cpus().length, unit: '' },
        }),
      );
      return rows;
    }),
};
