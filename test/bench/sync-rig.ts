/**
 * What the sync benchmarks share: the app's sync engine in this process (a real DbClient
 * with its writer and reader workers, the real SyncEngine) or in its own process (the
 * headless sync CLI), pointed at a sandbox process.
 *
 * The end of a run is taken where the engine ends it (the `sync.finished` event; in the
 * CLI, its "sync run ended" log line) and its duration from the run's own row in
 * sync_runs (started_at → finished_at). What the engine still does after that (its last
 * progress read, queued behind earlier ones in the reader worker) is measured apart as the
 * settle lag and capped, so a backlog there cannot stretch the rate figures or hang a run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EventBus } from '../../electron/core/events';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import type { Scale } from '../../electron/sandbox';
import { DEFAULT_CONCURRENCY, SyncEngine, type Connection } from '../../electron/sync/engine';
import { ProfileService } from '../../electron/sync/profiles';
import { SessionSecretStore } from '../../electron/sync/secrets';
import { ProcessSampler, type ThreadCpuSummary } from './proc';
import type { BenchOptions } from './report';
import type { SandboxProcess } from './sandbox-process';
import { distFile } from './support';

/** The app's own default (electron/core/core.ts leaves the engine's concurrency at its default). */
export const APP_CONCURRENCY = DEFAULT_CONCURRENCY;
export const SEED = 'bench';
/** How long to wait, after a run has ended, for the engine (or the CLI) to settle. */
export const SETTLE_CAP_MS = 30_000;

/** The data set a sync benchmark uses: --scale, else large when run on its own, small in the full suite. */
export function scaleFor(options: BenchOptions): Scale {
  return options.scale ?? (options.alone ? 'large' : 'small');
}

export function connectionTo(sb: SandboxProcess, ratePerSec: number): Connection {
  return { endpoints: { iam: sb.baseUrl, bss: sb.baseUrl }, credentials: sb.credentials, ratePerSec };
}

/** The outcome of one run, from its row in sync_runs. */
export interface RunOutcome {
  records: number;
  requests: number;
  /** started_at → finished_at of the run */
  seconds: number;
  /** From the end of the run until the engine was idle (or the CLI exited); null = not within the cap. */
  settleSeconds: number | null;
}

/** The last run's row, read with a connection of its own (a few µs: the main thread can afford it). */
export function lastRun(dbFile: string): Omit<RunOutcome, 'settleSeconds'> & { status: string } {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const r = db
      .prepare('SELECT status, started_at, finished_at, requests, records FROM sync_runs ORDER BY id DESC LIMIT 1')
      .get() as
      { status: string; started_at: string; finished_at: string | null; requests: number; records: number } | undefined;
    if (!r) throw new Error('no sync run recorded');
    const seconds = r.finished_at ? (Date.parse(r.finished_at) - Date.parse(r.started_at)) / 1000 : Number.NaN;
    return { status: r.status, requests: r.requests, records: r.records, seconds };
  } finally {
    db.close();
  }
}

const within = <T>(p: Promise<T>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);

export interface EngineRig {
  db: DbClient;
  bus: EventBus;
  engine: SyncEngine;
  close(): Promise<void>;
}

/** A database in `dataDir` and a sync engine against `connection`, in this process. */
export async function engineRig(dataDir: string, connection: Connection, concurrency: number): Promise<EngineRig> {
  const db = new DbClient({
    file: path.join(dataDir, 'workstation.db'),
    workerScript: distFile('electron/db-worker.js'),
    logger: silentLogger,
  });
  const outcome = await db.open();
  if (outcome.state !== 'ready') throw new Error(`database not ready: ${JSON.stringify(outcome)}`);
  const profiles = new ProfileService(db, new SessionSecretStore());
  await profiles.load();
  const bus = new EventBus();
  const engine = new SyncEngine({
    db,
    bus,
    logger: silentLogger,
    profiles,
    language: () => 'en-US',
    connect: async () => connection,
    concurrency,
    offlineRetryMs: 3_600_000,
  });
  return {
    db,
    bus,
    engine,
    async close() {
      engine.cancel();
      // The database first: an engine still waiting on a queued read is released when the
      // workers go (their pending calls fail), so closing never hangs on a backlog.
      await db.close();
      await engine.close();
    },
  };
}

/** Runs a full sync to the end of its run; throws unless it finished. */
export async function fullSync(rig: EngineRig): Promise<RunOutcome> {
  const ended = new Promise<string | null>((resolve) => {
    const off = rig.bus.subscribe((name, payload) => {
      if (name === 'sync.finished') resolve(null);
      else if (name === 'sync.failed' || name === 'sync.offline')
        resolve(String((payload as { message?: string }).message));
      else return;
      off();
    });
  });
  await rig.engine.start('full');
  const failure = await ended;
  if (failure !== null) throw new Error(`sync did not finish: ${failure}`);
  const t0 = performance.now();
  const settled = await within(rig.engine.idle(), SETTLE_CAP_MS);
  const settleSeconds = settled ? (performance.now() - t0) / 1000 : null;
  const run = lastRun(rig.db.file);
  if (run.status !== 'finished') throw new Error(`sync run ${run.status}`);
  return { records: run.records, requests: run.requests, seconds: run.seconds, settleSeconds };
}

export interface CliOutcome extends RunOutcome {
  /** Peak RSS of the CLI process (VmHWM) up to the end of the run, MB; null without /proc. */
  peakRssMb: number | null;
  /** CPU per thread of the CLI up to the end of the run. */
  threads: ThreadCpuSummary | null;
}

/** The last error and warning lines of a CLI's log, for a failed run's message. */
function logErrors(logFile: string): string {
  try {
    const lines = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => /"level":"(error|warn)"/.test(l) && !l.includes('"slow query"'));
    return lines.length ? `\nlast log errors:\n${lines.slice(-8).join('\n')}` : '';
  } catch {
    return '';
  }
}

/**
 * One full sync by `dist/electron/sync-cli.js` in its own process (the app's engine and
 * database workers, nothing of the benchmark's), sampled from /proc while it runs. The end
 * of the run is its "sync run ended" log line; a CLI that has not exited SETTLE_CAP_MS
 * later is stopped (SIGTERM) and its settle time reported as unknown.
 */
export function cliSync(dataDir: string, sb: SandboxProcess, concurrency: number): Promise<CliOutcome> {
  const args = [
    distFile('electron/sync-cli.js'),
    '--data-dir',
    dataDir,
    '--endpoint',
    sb.baseUrl,
    '--domain',
    sb.credentials.domain,
    '--user',
    sb.credentials.user,
    '--rate',
    '0',
    '--concurrency',
    String(concurrency),
    '--kind',
    'full',
  ];
  const logFile = path.join(dataDir, 'logs', 'sync-cli.log');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WORKSTATION_PASSWORD: sb.credentials.password },
    });
    const sampler = new ProcessSampler(child.pid!, 100);
    let threads: ThreadCpuSummary | null = null;
    let peakRssMb: number | null = null;
    let endedAt: number | null = null;
    let killed = false;
    let stderr = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let logOffset = 0;
    const poll = () => {
      if (endedAt !== null) return;
      let text = '';
      try {
        const fd = fs.openSync(logFile, 'r');
        const size = fs.fstatSync(fd).size;
        const buf = Buffer.alloc(Math.max(0, size - logOffset));
        fs.readSync(fd, buf, 0, buf.length, logOffset);
        fs.closeSync(fd);
        const lastNl = buf.lastIndexOf(0x0a);
        if (lastNl < 0) return;
        text = buf.subarray(0, lastNl + 1).toString('utf8');
        logOffset += lastNl + 1;
      } catch {
        return; // no log yet
      }
      if (!text.includes('"msg":"sync run ended"')) return;
      endedAt = performance.now();
      sampler.sample();
      peakRssMb = sampler.peakMb;
      threads = sampler.stop();
      setTimeout(() => {
        if (child.exitCode === null) {
          killed = true;
          child.kill('SIGTERM');
        }
      }, SETTLE_CAP_MS).unref();
    };
    const watch = setInterval(poll, 250);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(watch);
      // A short run can end and exit between two polls: read what the log holds by now.
      if (endedAt === null) poll();
      if (endedAt === null) {
        sampler.stop();
        return reject(new Error(`sync-cli exited (${code}) before its run ended: ${stderr}`));
      }
      if (!killed && code !== 0)
        return reject(new Error(`sync-cli exited with ${code}: ${stdout}${stderr}${logErrors(logFile)}`));
      try {
        const run = lastRun(path.join(dataDir, 'workstation.db'));
        if (run.status !== 'finished') throw new Error(`sync run ${run.status}: ${stderr}`);
        resolve({
          records: run.records,
          requests: run.requests,
          seconds: run.seconds,
          settleSeconds: killed ? null : (performance.now() - endedAt) / 1000,
          peakRssMb,
          threads,
        });
      } catch (err) {
        reject(err as Error);
      }
    });
  });
}
