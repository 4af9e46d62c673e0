import fs from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { DbRecovery } from '../../shared/app/schema';
import type { Logger } from '../core/logger';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { operations, type OpInput, type OpName, type OpOutput, type OpPreview } from './operations';
import type { FromWorker, SerializedError, ToWorker, WorkerInit } from './protocol';

export const SLOW_QUERY_MS = 40;

export class DbWorkerError extends Error {
  code?: string;
  constructor(e: SerializedError) {
    super(e.message);
    this.name = e.name;
    this.code = e.code;
  }
}

export type DbOpenOutcome =
  | { state: 'ready'; recovered: DbRecovery | null; migrated: number[] }
  | { state: 'too-new'; found: number; supported: number }
  | { state: 'failed'; reason: string };

export interface DbClientOptions {
  file: string;
  /** URL or path of the bundled worker script (dist/electron/db-worker.js). */
  workerScript: string | URL;
  nativeBinding?: string;
  logger: Logger;
  slowMs?: number;
}

type Pending = { resolve(v: unknown): void; reject(e: Error): void };

/**
 * The database workers' young generation. V8 lets it grow to tens of megabytes per thread
 * when a thread allocates fast (the writer decodes a million records in a sync), and the
 * process's RSS carries every thread's: a few megabytes hold a page's short-lived garbage
 * just as well, at a little more scavenging.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** One worker thread with one connection, speaking the typed protocol. */
class DbWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  readonly ready: Promise<Extract<FromWorker, { kind: 'ready' }>>;
  private opened = false;
  private closed = false;

  constructor(
    init: WorkerInit,
    script: string | URL,
    logger: Logger,
    /** A preview this worker posted (DbClient.runStaged). */
    onPreview: (msg: Extract<FromWorker, { kind: 'preview' }>) => void,
  ) {
    this.worker = new Worker(script, {
      workerData: init,
      transferList: init.peer ? [init.peer] : [],
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (msg: FromWorker) => {
        switch (msg.kind) {
          case 'ready':
            this.opened = true;
            return resolve(msg);
          case 'init-error':
            return reject(Object.assign(new DbWorkerError(msg.error), msg.error));
          case 'result':
            return this.settle(msg);
          case 'results':
            for (const r of msg.results) this.settle(r);
            return;
          case 'preview':
            return onPreview(msg);
          case 'slow':
            return logger.warn('slow query', { op: msg.op, ms: msg.ms, role: msg.role });
        }
      });
      this.worker.on('error', (err) => {
        logger.error('database worker crashed', { role: init.role, error: String(err) });
        reject(err);
        this.failAll(err);
      });
      this.worker.on('exit', () => {
        this.closed = true;
        this.failAll(new Error('database worker exited'));
      });
    });
  }

  private settle(msg: Extract<FromWorker, { kind: 'result' }>) {
    const p = this.pending.get(msg.id);
    this.pending.delete(msg.id);
    if (!p) return;
    if (msg.ok) p.resolve(msg.value);
    else p.reject(new DbWorkerError(msg.error));
  }

  private failAll(err: Error) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  send(msg: ToWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(msg, transfer);
  }

  /** Opened its connection and still running. */
  get isUp(): boolean {
    return this.opened && !this.closed;
  }

  call(op: string, input: unknown, transfer?: ArrayBuffer[]): Promise<unknown> {
    return this.callWithId(op, input, transfer).answer;
  }

  /** As call(); the id also names the operation's preview, when `preview` asks for one. */
  callWithId(
    op: string,
    input: unknown,
    transfer?: ArrayBuffer[],
    preview?: boolean,
  ): { id: number; answer: Promise<unknown> } {
    if (this.closed) return { id: 0, answer: Promise.reject(new Error('database is closed')) };
    const { id, answer } = this.expect();
    this.worker.postMessage(
      { kind: 'op', id, op, input, ...(preview ? { preview } : {}) } satisfies ToWorker,
      transfer,
    );
    return { id, answer };
  }

  /** An answer this worker will give under `id` to a message sent another way (a write the reader prepares). */
  expect(): { id: number; answer: Promise<unknown> } {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    return { id, answer };
  }

  /** Fails one awaited answer (the worker that was to hand its message on is gone). */
  fail(id: number, err: Error): void {
    this.pending.get(id)?.reject(err);
    this.pending.delete(id);
  }

  onExit(fn: () => void): void {
    this.worker.once('exit', fn);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const exited = new Promise<void>((r) => this.worker.once('exit', () => r()));
    this.worker.postMessage({ kind: 'close' } satisfies ToWorker);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    if (!this.closed) await this.worker.terminate();
  }
}

/**
 * The main thread's handle on the local database: a writer worker and a reader worker.
 * Reads (lists, search, export) go to the reader so a long sync write never delays them.
 */
export class DbClient {
  private writer: DbWorker | null = null;
  private reader: DbWorker | null = null;
  private readerReady: Promise<DbWorker> | null = null;
  /** Writes handed to the reader to prepare, not yet answered by the writer. */
  private readonly preparing = new Set<number>();
  /** Previews asked for (runStaged), by the writer's id of the operation. */
  private readonly previews = new Map<number, Pending>();
  private slow = 0;
  outcome: DbOpenOutcome = { state: 'failed', reason: 'not opened' };

  constructor(private readonly opts: DbClientOptions) {}

  get file(): string {
    return this.opts.file;
  }

  get slowQueries(): number {
    return this.slow;
  }

  async open(): Promise<DbOpenOutcome> {
    const slowMs = this.opts.slowMs ?? SLOW_QUERY_MS;
    const logger: Logger = {
      ...this.opts.logger,
      warn: (msg, fields) => {
        if (msg === 'slow query') this.slow++;
        this.opts.logger.warn(msg, fields);
      },
    };
    const base = { file: this.opts.file, nativeBinding: this.opts.nativeBinding, slowMs };
    const channel = new MessageChannel();
    const onPreview = (msg: Extract<FromWorker, { kind: 'preview' }>) => {
      const p = this.previews.get(msg.id);
      this.previews.delete(msg.id);
      if (!p) return;
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new DbWorkerError(msg.error));
    };
    const writer = new DbWorker(
      { ...base, role: 'writer', peer: channel.port2 },
      this.opts.workerScript,
      logger,
      onPreview,
    );
    // Both threads boot at once; the reader opens the file once the writer has checked it.
    const reader = new DbWorker(
      { ...base, role: 'reader', deferOpen: true, peer: channel.port1 },
      this.opts.workerScript,
      logger,
      onPreview,
    );
    // A write the reader was preparing when it went away is never answered: fail it.
    reader.onExit(() => {
      const gone = new Error('database reader exited');
      for (const id of this.preparing) {
        writer.fail(id, gone);
        this.previews.get(id)?.reject(gone);
        this.previews.delete(id);
      }
      this.preparing.clear();
    });
    // Nor is a preview the writer was to give.
    writer.onExit(() => {
      for (const p of this.previews.values()) p.reject(new Error('database worker exited'));
      this.previews.clear();
    });
    try {
      const ready = await writer.ready;
      this.writer = writer;
      reader.send({ kind: 'open' });
      this.reader = reader;
      this.readerReady = reader.ready.then(
        () => reader,
        (err: unknown) => {
          this.opts.logger.error('database reader failed to open', { error: String((err as Error)?.message ?? err) });
          throw err;
        },
      );
      this.readerReady.catch(() => {});
      this.outcome = { state: 'ready', recovered: ready.recovered, migrated: ready.migrated };
      if (ready.recovered) this.opts.logger.warn('database was damaged and moved aside', { ...ready.recovered });
    } catch (err) {
      await Promise.all([writer.close(), reader.close()]);
      const e = err as SerializedError;
      this.outcome =
        e.name === 'DbTooNewError'
          ? { state: 'too-new', found: e.found ?? 0, supported: e.supported ?? LATEST_SCHEMA_VERSION }
          : { state: 'failed', reason: e.message ?? String(err) };
      this.opts.logger.error('database not opened', { outcome: this.outcome });
    }
    return this.outcome;
  }

  get isReady(): boolean {
    return this.outcome.state === 'ready' && this.writer !== null;
  }

  /** Runs a named operation on the right connection. */
  run<K extends OpName>(
    op: K,
    ...args: undefined extends OpInput<K> ? [input?: OpInput<K>] : [input: OpInput<K>]
  ): Promise<OpOutput<K>> {
    if (operations[op].mode === 'write') {
      if (!this.writer) return Promise.reject(new Error('database is not open'));
      return this.writer.call(op, args[0]) as Promise<OpOutput<K>>;
    }
    if (!this.readerReady) return Promise.reject(new Error('database is not open'));
    return this.readerReady.then((reader) => reader.call(op, args[0]) as Promise<OpOutput<K>>);
  }

  /**
   * A write operation whose input owns `transfer` (ArrayBuffers): they move to the writer
   * without a copy and are unusable here afterwards.
   */
  runTransferring<K extends OpName>(op: K, input: OpInput<K>, transfer: ArrayBuffer[]): Promise<OpOutput<K>> {
    const spec = operations[op] as { mode: string };
    if (spec.mode !== 'write') return Promise.reject(new Error(`${op} is not a write operation`));
    if (!this.writer) return Promise.reject(new Error('database is not open'));
    return this.sendWrite(this.writer, op, input, transfer, false).answer as Promise<OpOutput<K>>;
  }

  /**
   * Sends a write: one with a prepare step goes through the reader while it is up (the
   * reader prepares it and hands it to the writer, which answers), otherwise to the writer
   * directly. With `preview`, whichever prepares it answers the preview under the same id.
   */
  private sendWrite(
    writer: DbWorker,
    op: string,
    input: unknown,
    transfer: ArrayBuffer[],
    preview: boolean,
  ): { id: number; answer: Promise<unknown> } {
    const spec = operations[op as OpName] as { prepare?: unknown };
    if (!spec.prepare || !this.reader?.isUp) return writer.callWithId(op, input, transfer, preview);
    const { id, answer } = writer.expect();
    this.preparing.add(id);
    this.reader.send({ kind: 'prepare', id, op, input, ...(preview ? { preview } : {}) }, transfer);
    return { id, answer: answer.finally(() => this.preparing.delete(id)) };
  }

  /**
   * A write with a preview (operation.ts), its input owning `transfer` as in runTransferring:
   * `preview` settles as soon as the input is prepared (the reader's work; it rejects when
   * preparing fails), `stored` when the write is committed (or has failed). A sync page's
   * preview says where the scope goes on, so the next request need not wait for the group
   * commit; what is counted as stored still waits for `stored`.
   */
  runStaged<K extends OpName>(
    op: K,
    input: OpInput<K>,
    transfer: ArrayBuffer[],
  ): { preview: Promise<OpPreview<K>>; stored: Promise<OpOutput<K>> } {
    const spec = operations[op] as { mode: string; preview?: unknown };
    const refused =
      spec.mode !== 'write' || !spec.preview
        ? new Error(`${op} is not a write operation with a preview`)
        : !this.writer
          ? new Error('database is not open')
          : null;
    if (refused || !this.writer) {
      const err = Promise.reject(refused);
      return { preview: err, stored: err };
    }
    const { id, answer } = this.sendWrite(this.writer, op, input, transfer, true);
    // A write whose preview fails is refused by the writer too, and that answer may arrive
    // while its caller still awaits the preview: not an unhandled rejection. A caller that
    // awaits or chains `stored` still sees the failure.
    answer.catch(() => {});
    const preview =
      id === 0 // the writer is closed: answer says so
        ? answer
        : new Promise<unknown>((resolve, reject) => this.previews.set(id, { resolve, reject }));
    return { preview: preview as Promise<OpPreview<K>>, stored: answer as Promise<OpOutput<K>> };
  }

  /** Main file plus WAL, in bytes (async: the main thread never waits on the disk). */
  async sizeBytes(): Promise<number> {
    const sizes = await Promise.all(
      [this.opts.file, this.opts.file + '-wal'].map((f) =>
        fs.promises.stat(f).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    );
    return sizes.reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    await Promise.all([this.reader?.close(), this.writer?.close()]);
    this.reader = this.writer = null;
    this.readerReady = null;
  }
}
