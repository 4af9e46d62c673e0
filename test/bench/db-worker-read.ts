/**
 * A trivial indexed read through the DbClient (main thread → reader worker → main thread)
 * against the same query run directly on a better-sqlite3 connection to the same file in
 * this thread. The difference is what the worker hop costs a read: two postMessage
 * structured clones and two thread wake-ups.
 */
import { startCore } from '../../electron/core/core';
import { openReader } from '../../electron/db/open';
import { operations } from '../../electron/db/operations';
import { measureInterleaved, summarize } from './stats';
import { row, type Benchmark, type Row } from './report';
import { distFile, withTempDir } from './support';

const BENCH = 'db-worker-read';
const WARMUP = 500;
const BLOCKS = 8;
const ADDED_P95_LIMIT_MS = 0.5;
const KEY = 'language';
/** The statement db.ping runs (electron/db/status-repository.ts), for the prepared-once variant. */
const PING_SQL = 'SELECT key, value FROM settings WHERE key = ?';

export const dbWorkerRead: Benchmark = {
  name: BENCH,
  summary: "db.run('db.ping') through the reader worker vs the same query on a direct connection",
  run: (options) =>
    withTempDir(BENCH, async (dataDir) => {
      const core = await startCore({
        dataDir,
        transport: 'browser-host',
        autoSync: false, // no background sync of the Sandbox profile while measuring
        dbWorkerScript: distFile('electron/db-worker.js'),
      });
      let direct: ReturnType<typeof openReader> | null = null;
      try {
        if (!core.db.isReady) throw new Error(`database not ready: ${JSON.stringify(core.db.outcome)}`);
        // A fresh database has no settings rows: store one so the read finds a row.
        await core.settings.update({ language: 'en-US' });
        direct = openReader(core.db.file);
        const conn = direct;
        const ping = operations['db.ping'];
        const prepared = conn.prepare(PING_SQL);

        const viaWorker = await core.db.run('db.ping', KEY);
        const viaDirect = ping.run(conn, KEY);
        if (!viaWorker || JSON.stringify(viaWorker) !== JSON.stringify(viaDirect)) {
          throw new Error(
            `worker and direct reads differ: ${JSON.stringify(viaWorker)} vs ${JSON.stringify(viaDirect)}`,
          );
        }

        const samples = await measureInterleaved(
          {
            worker: () => core.db.run('db.ping', KEY),
            // The very operation the worker runs (it prepares the statement on each call).
            direct: () => ping.run(conn, KEY),
            // The statement prepared once: the floor of the query itself.
            prepared: () => prepared.get(KEY),
          },
          { warmup: WARMUP, samples: options.samples, blocks: BLOCKS },
        );
        const w = summarize(samples.worker!);
        const d = summarize(samples.direct!);
        const p = summarize(samples.prepared!);
        const anchor = (stat: 'p50' | 'p95' | 'p99') => ({
          name: `direct same query ${stat}`,
          value: d[stat],
          unit: 'ms',
        });
        return [
          row(BENCH, 'worker p50', w.p50, 'ms', w.n, { anchor: anchor('p50') }),
          row(BENCH, 'worker p95', w.p95, 'ms', w.n, { anchor: anchor('p95') }),
          row(BENCH, 'worker p99', w.p99, 'ms', w.n, { anchor: anchor('p99') }),
          row(BENCH, 'direct p50', d.p50, 'ms', d.n, {
            anchor: { name: 'direct prepared-once p50', value: p.p50, unit: 'ms' },
          }),
          row(BENCH, 'direct p95', d.p95, 'ms', d.n, {
            anchor: { name: 'direct prepared-once p95', value: p.p95, unit: 'ms' },
          }),
          row(BENCH, 'added p50 (worker − direct)', w.p50 - d.p50, 'ms', w.n, { anchor: anchor('p50') }),
          row(BENCH, 'added p95 (worker − direct)', w.p95 - d.p95, 'ms', w.n, {
            anchor: anchor('p95'),
            target: `≤ ${ADDED_P95_LIMIT_MS} ms`,
            met: w.p95 - d.p95 <= ADDED_P95_LIMIT_MS,
          }),
        ] satisfies Row[];
      } finally {
        direct?.close();
        await core.close();
      }
    }),
};
