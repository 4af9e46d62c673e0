/**
 * What the browse benchmarks share: the synced large database copied into a temp dir, the
 * built browser host spawned on it (its own process, as the app runs it), a direct
 * better-sqlite3 connection for the anchors, and a DbClient whose workers report the time
 * of every operation they run (the slow-query hook with a threshold below zero), so a
 * figure "in the database worker" is the worker's own clock, not the round trip.
 */
import type Database from 'better-sqlite3';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { openReader } from '../../electron/db/open';
import { spawnHost, type HostProcess } from '../support/host-process';
import { hostClient } from '../support/ws-client';
import { largeDb, type LargeDb } from './large-db';
import { loadAverage } from './proc';
import { row, type BenchOptions, type Row } from './report';
import { distFile, withTempDir } from './support';

export type HostClient = Awaited<ReturnType<typeof hostClient>>;

export interface BrowseRig {
  large: LargeDb;
  host: HostProcess;
  client: HostClient;
  /** A read-only connection of this thread to the same file (the anchors). */
  direct: Database.Database;
  /** 1-minute load average when the rig was up. */
  load: number;
}

/** A DbClient on `file` whose reader reports how long each operation took inside the worker. */
export async function timedDbClient(file: string) {
  const times = new Map<string, number[]>();
  const db = new DbClient({
    file,
    workerScript: distFile('electron/db-worker.js'),
    slowMs: -1,
    logger: {
      ...silentLogger,
      warn: (msg, fields) => {
        if (msg !== 'slow query' || !fields) return;
        const op = String(fields.op);
        const list = times.get(op) ?? [];
        list.push(Number(fields.ms));
        times.set(op, list);
      },
    },
  });
  const outcome = await db.open();
  if (outcome.state !== 'ready') throw new Error(`database not ready: ${JSON.stringify(outcome)}`);
  return {
    db,
    /**
     * The worker-side times of the last `n` runs of `op`. Each report follows its answer on
     * the same port, so one more read first makes sure the last report has arrived.
     */
    async lastTimes(op: string, n: number): Promise<number[]> {
      await db.run('db.ping', 'language');
      return (times.get(op) ?? []).slice(-n);
    },
  };
}

/** Runs `fn` with the large database in a temp dir and the built host serving it. */
export function withBrowseRig<T>(
  bench: string,
  options: BenchOptions,
  fn: (rig: BrowseRig) => Promise<T>,
  hostArgs: string[] = [],
): Promise<T> {
  return withTempDir(bench, async (dataDir) => {
    const large = await largeDb(dataDir, options.log);
    const host = await spawnHost(dataDir, ['--lang', 'zh-CN', ...hostArgs]);
    let client: HostClient | null = null;
    const direct = openReader(large.file);
    try {
      client = await hostClient(host);
      return await fn({ large, host, client, direct, load: loadAverage() });
    } finally {
      client?.close();
      direct.close();
      await host.stop();
    }
  });
}

/** The rows every browse benchmark starts with: the load average, and where the database came from. */
export function rigRows(bench: string, rig: BrowseRig): Row[] {
  const orders = rig.direct.prepare('SELECT count(*) FROM orders').pluck().get() as number;
  return [
    row(bench, 'load average at start (2 cores, shared)', rig.load, '', 1),
    row(
      bench,
      `orders in the database (${rig.large.source === 'cache' ? 'cached copy' : 'synced now'})`,
      orders,
      '',
      1,
    ),
  ];
}
