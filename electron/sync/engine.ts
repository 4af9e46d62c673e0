import { setMaxListeners } from 'node:events';
import { translate, type MessageKey } from '../../shared/i18n/messages';
import type { Language } from '../../shared/settings/schema';
import type { SyncStatus } from '../../shared/sync/schema';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/logger';
import type { DbClient } from '../db/client';
import { ApiError, BssClient, OfflineError, type Credentials, type Endpoints } from './bss-client';
import { RateLimiter } from './limiter';
import { makePlan, type PlanOptions, type SyncPlan } from './plan';
import { ProgressTracker } from './progress';
import type { ProfileService } from './profiles';
import type { RunRow, syncOps } from './repository';
import { executeRun } from './run';
import { trimHeapWhileSyncing } from './heap-trim';

/** How the engine reaches the API of the active profile (the embedded sandbox or a site). */
export interface Connection {
  endpoints: Endpoints;
  credentials: Credentials;
  /** The API's flow control per API per account. */
  ratePerSec: number;
}

/**
 * Requests in flight during a run. The limiter decides the rate; this only has to cover the
 * round-trip time, and enough pages waiting at the writer let it commit several per
 * transaction (group commit), which is most of its speed against a fast API.
 */
export const DEFAULT_CONCURRENCY = 8;
/**
 * While a run writes, the per-table row counts (count(*) over a million fee records, tens
 * of milliseconds of the reader's CPU each) are read again at most this often; the run's
 * own progress moves the bars in between. Idle, every status is counted fresh.
 */
const RUNNING_SUMMARY_MS = 5_000;

export interface SyncEngineOptions {
  db: DbClient;
  bus: EventBus;
  logger: Logger;
  profiles: ProfileService;
  language: () => Language;
  /** Resolves the active profile's connection; null when a password must be asked for. */
  connect: () => Promise<Connection | null>;
  /** HTTP requests in flight at most (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  plan?: PlanOptions;
  autoSyncMinutes?: number;
  /** A full run (reconciliation) at least this often; incremental runs otherwise. */
  fullEveryDays?: number;
  /** While offline, how often to check whether the API is back. */
  offlineRetryMs?: number;
  maxAttempts?: number;
}

type EngineState = SyncStatus['state'];
type SyncSummary = ReturnType<(typeof syncOps)['sync.summary']['run']>;

/**
 * Runs syncs one at a time: plans a run (or resumes the unfinished one), executes it,
 * reports progress as events, and handles cancel, offline (retrying until the API answers
 * again, then resuming) and auto-sync on an interval.
 */
export class SyncEngine {
  private state: EngineState = 'idle';
  private messageKey: { key: MessageKey; params?: Record<string, string | number> } | null = null;
  private current: { run: RunRow; controller: AbortController; progress: ProgressTracker; done: Promise<void> } | null =
    null;
  private lastRun: RunRow | null = null;
  private autoTimer: NodeJS.Timeout | null = null;
  private nextAutoAt: number | null = null;
  private offlineTimer: NodeJS.Timeout | null = null;
  private lastEmit = 0;
  private emitTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private summaryCache: { at: number; value: SyncSummary } | null = null;
  private onDemand: { key: string; client: BssClient } | null = null;

  constructor(private readonly opts: SyncEngineOptions) {}

  get running(): boolean {
    return this.current !== null;
  }

  /** Starts a run unless one is under way. `kind` defaults to full when no full run ever finished. */
  async start(kind?: 'full' | 'incremental'): Promise<void> {
    if (this.current || this.closed) return;
    this.clearOfflineTimer();
    const connection = await this.opts.connect();
    if (!connection) {
      this.setState('needs-password', { key: 'sync.error.needsPassword' });
      return;
    }
    const summary = await this.opts.db.run('sync.summary');
    const lastFull =
      summary.resources
        .map((r) => r.lastFullAt)
        .filter(Boolean)
        .sort()[0] ?? null;
    const fullDue = !lastFull || Date.now() - Date.parse(lastFull) > (this.opts.fullEveryDays ?? 7) * 86_400_000;
    const chosen = kind ?? (fullDue ? 'full' : 'incremental');
    const plan = makePlan(chosen, Date.now(), this.opts.plan);
    const { run } = await this.opts.db.run('sync.openRun', {
      kind: chosen,
      plan: JSON.stringify(plan),
      now: new Date().toISOString(),
      // A scheduled/implicit start resumes an interrupted run; an explicit "full sync" does too
      // unless the interrupted one is only incremental.
      resume: true,
    });
    const runPlan = JSON.parse(run.plan) as SyncPlan;
    const controller = new AbortController();
    // Every request in flight and every rate-limit wait listens for the stop: a few per
    // concurrent fetch, not a leak (Node warned past 10 on every large sync).
    setMaxListeners(256, controller.signal);
    const progress = new ProgressTracker();
    const limiter = new RateLimiter({ ratePerSec: connection.ratePerSec });
    const client = new BssClient({
      endpoints: connection.endpoints,
      credentials: () => connection.credentials,
      limiter,
      signal: controller.signal,
      maxAttempts: this.opts.maxAttempts,
    });
    this.setState('syncing', null);
    const started = Date.now();
    const done = (async () => {
      let status: RunRow['status'] = 'finished';
      let error: string | null = null;
      let records = 0;
      const stopTrim = trimHeapWhileSyncing();
      try {
        const totals = await executeRun({
          db: this.opts.db,
          client,
          plan: runPlan,
          gen: run.id,
          progress,
          signal: controller.signal,
          concurrency: this.opts.concurrency ?? DEFAULT_CONCURRENCY,
          onPage: () => this.emitProgressSoon(),
        });
        records = totals.records;
      } catch (err) {
        status = 'running'; // interrupted: stays resumable
        error = String((err as Error)?.message ?? err);
        if (controller.signal.aborted) {
          this.setState('idle', { key: 'sync.cancelled' });
        } else if (err instanceof OfflineError) {
          this.setState('offline', { key: 'sync.error.offline' });
          this.scheduleOfflineRetry();
        } else if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
          status = 'failed';
          this.setState('error', { key: 'sync.error.auth', params: { code: err.code } });
        } else {
          status = 'failed';
          this.opts.logger.error('sync failed', { error });
          this.setState('error', { key: 'sync.error.failed', params: { reason: error.slice(0, 200) } });
        }
      } finally {
        stopTrim();
      }
      const now = new Date().toISOString();
      await this.opts.db.run('sync.countRun', { id: run.id, requests: client.stats.requests, records });
      if (status !== 'running') {
        await this.opts.db.run('sync.finishRun', {
          id: run.id,
          status,
          error,
          requests: 0,
          records: 0,
          now,
          kind: run.kind,
        });
      }
      this.lastRun = { ...run, status, finished_at: status === 'running' ? null : now };
      this.current = null;
      if (status === 'finished') {
        this.setState('idle', null);
        this.opts.bus.emit('sync.finished', {
          runId: run.id,
          kind: run.kind,
          records,
          seconds: Math.round((Date.now() - started) / 100) / 10,
        });
      } else if (status === 'failed') {
        this.opts.bus.emit('sync.failed', { runId: run.id, message: this.message() ?? error ?? '' });
      }
      this.opts.logger.info('sync run ended', {
        run: run.id,
        kind: run.kind,
        status,
        requests: client.stats.requests,
        retries: client.stats.retries,
        throttled: client.stats.throttled,
        records,
      });
      await this.emitProgress();
    })();
    this.current = { run, controller, progress, done };
    await this.emitProgress();
  }

  /** Waits for the current run (tests, shutdown). */
  async idle(): Promise<void> {
    await this.current?.done;
  }

  /**
   * A client for on-demand reads (order details) on the active profile, or null when no
   * connection can be made. It fails fast (one attempt, short timeout): the caller falls
   * back to the cache. Reused while the profile stays the same, so its token is too.
   */
  async client(): Promise<BssClient | null> {
    const c = await this.opts.connect().catch(() => null);
    if (!c) return null;
    const key = `${c.endpoints.iam}|${c.endpoints.bss}|${c.credentials.domain}|${c.credentials.user}`;
    if (this.onDemand?.key !== key) {
      this.onDemand = {
        key,
        client: new BssClient({
          endpoints: c.endpoints,
          credentials: () => c.credentials,
          limiter: new RateLimiter({ ratePerSec: c.ratePerSec }),
          maxAttempts: 2,
          offlineAfter: 1,
          timeoutMs: 8_000,
        }),
      };
    }
    return this.onDemand.client;
  }

  cancel(): void {
    this.current?.controller.abort(new Error('cancelled'));
  }

  setAutoSync(enabled: boolean, minutes = this.opts.autoSyncMinutes ?? 15): void {
    if (this.autoTimer) clearInterval(this.autoTimer);
    this.autoTimer = null;
    this.nextAutoAt = null;
    if (!enabled) return;
    const ms = minutes * 60_000;
    this.nextAutoAt = Date.now() + ms;
    this.autoTimer = setInterval(() => {
      this.nextAutoAt = Date.now() + ms;
      if (this.state !== 'offline')
        void this.start().catch((e) => this.opts.logger.error('auto sync failed to start', { error: String(e) }));
    }, ms);
    this.autoTimer.unref();
  }

  private scheduleOfflineRetry(): void {
    this.clearOfflineTimer();
    this.offlineTimer = setTimeout(async () => {
      this.offlineTimer = null;
      if (this.closed || this.current) return;
      const connection = await this.opts.connect().catch(() => null);
      if (!connection) return this.scheduleOfflineRetry();
      const probe = new BssClient({
        endpoints: connection.endpoints,
        credentials: () => connection.credentials,
        limiter: new RateLimiter({ ratePerSec: connection.ratePerSec }),
        maxAttempts: 1,
        offlineAfter: 1,
      });
      try {
        await probe.testConnection();
      } catch (err) {
        if (err instanceof OfflineError) return this.scheduleOfflineRetry();
      }
      this.opts.logger.info('partner API reachable again; resuming sync');
      await this.start();
    }, this.opts.offlineRetryMs ?? 30_000);
    this.offlineTimer.unref();
  }

  private clearOfflineTimer(): void {
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.offlineTimer = null;
  }

  private setState(state: EngineState, message: SyncEngine['messageKey']): void {
    this.state = state;
    this.messageKey = message;
    if (state === 'offline') this.opts.bus.emit('sync.offline', { message: this.message() ?? '' });
  }

  private message(): string | null {
    return this.messageKey ? translate(this.opts.language(), this.messageKey.key, this.messageKey.params) : null;
  }

  async status(): Promise<SyncStatus> {
    const summary = this.opts.db.isReady ? await this.summary() : { resources: [], lastRun: null };
    const run = this.current?.run ?? summary.lastRun ?? this.lastRun;
    return {
      state: this.state,
      profile: await this.opts.profiles.activeProfile(),
      message: this.message(),
      run: run
        ? {
            id: run.id,
            kind: run.kind,
            status: this.current ? 'running' : run.status,
            startedAt: run.started_at,
            finishedAt: run.finished_at,
            requests: run.requests,
            records: run.records,
          }
        : null,
      progress: this.current?.progress.snapshot() ?? [],
      resources: summary.resources,
      autoSync: {
        enabled: this.autoTimer !== null,
        intervalMinutes: this.opts.autoSyncMinutes ?? 15,
        nextAt: this.nextAutoAt ? new Date(this.nextAutoAt).toISOString() : null,
      },
    };
  }

  private async summary(): Promise<SyncSummary> {
    const cached = this.summaryCache;
    if (this.current && cached && Date.now() - cached.at < RUNNING_SUMMARY_MS) return cached.value;
    const value = await this.opts.db.run('sync.summary');
    this.summaryCache = { at: Date.now(), value };
    return value;
  }

  /** Progress events at most 4 per second: enough for a smooth bar, cheap for the renderer. */
  private emitProgressSoon(): void {
    if (this.emitTimer) return;
    const wait = Math.max(0, 250 - (Date.now() - this.lastEmit));
    this.emitTimer = setTimeout(() => {
      this.emitTimer = null;
      void this.emitProgress();
    }, wait);
  }

  private async emitProgress(): Promise<void> {
    this.lastEmit = Date.now();
    try {
      this.opts.bus.emit('sync.progress', await this.status());
    } catch (err) {
      this.opts.logger.warn('sync progress not sent', { error: String(err) });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.setAutoSync(false);
    this.clearOfflineTimer();
    if (this.emitTimer) clearTimeout(this.emitTimer);
    this.cancel();
    await this.idle().catch(() => {});
  }
}
