/**
 * Database worker thread entry. One worker owns the writer connection (opens, checks,
 * migrates), another owns a read-only connection; both run typed operations by name.
 * better-sqlite3 is synchronous, so keeping it here is what keeps the main thread free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { operations } from './operations';
import { openReader, openWriter } from './open';
import { schemaVersion } from './migrations';
import { serializeError, type FromWorker, type ToPeer, type ToWorker, type WorkerInit } from './protocol';

const init = workerData as WorkerInit;
const port = parentPort!;
const post = (msg: FromWorker) => port.postMessage(msg);

let db: Database.Database;

function open(): boolean {
  try {
    if (init.role === 'writer') {
      const opened = openWriter(init.file, { nativeBinding: init.nativeBinding });
      db = opened.db;
      post({ kind: 'ready', recovered: opened.recovered, migrated: opened.migrated, schemaVersion: schemaVersion(db) });
    } else {
      db = openReader(init.file, { nativeBinding: init.nativeBinding });
      post({ kind: 'ready', recovered: null, migrated: [], schemaVersion: schemaVersion(db) });
    }
    return true;
  } catch (err) {
    post({ kind: 'init-error', error: serializeError(err) });
    return false;
  }
}

const table = operations as Record<
  string,
  {
    mode: string;
    durable?: boolean;
    groupCommit?: boolean;
    atomic?: boolean;
    prepare?: (i: unknown) => unknown;
    preview?: (i: unknown) => unknown;
    run(db: Database.Database, i: unknown): unknown;
  }
>;
type Op = (typeof table)[string];
const own = (name: string) => (Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined);

// The reader thread boots in parallel with the writer (thread start-up is most of its
// cost) but opens the file only when told the writer has checked and migrated it.
let opened = init.deferOpen ? false : open();
if (!init.deferOpen && !opened) process.exit(0);

type OpMessage = Extract<ToWorker, { kind: 'op' }>;
type Result = Extract<FromWorker, { kind: 'result' }>;

/**
 * A shared commit: at most GROUP_MAX operations, gathered for at most GATHER_MS after the
 * first. A commit writes every page it dirtied to the WAL, so the size of a group is what a
 * synced page costs on disk: a full sync in groups of eight pages wrote 12.8 GB for a 1 GB
 * file, in groups of 512 about 4 GB, in half the writer's time. The sync asks for the next
 * page on the operation's preview, not its commit (DbClient.runStaged), so the wait stalls
 * nothing; a caller awaiting the answer waits at most GATHER_MS more.
 *
 * The group's transaction opens with its first operation, and each operation runs as it
 * arrives (in a savepoint of its own); only the answers wait for the commit. So a page's
 * decoded rows are garbage as soon as they are stored, not held for the group, and the
 * writer works while the next pages arrive instead of in bursts (a large full sync, back to
 * back on one machine: 90.4 s with the pages held, 84.4 s stored as they arrive). 256: the
 * sync's window of pages not yet committed (run.ts) is 256 deep.
 */
const GROUP_MAX = 256;
const GATHER_MS = 100;
/** The answers of the open group's operations, waiting for its commit. */
let group: Result[] = [];
let groupTimer: ReturnType<typeof setTimeout> | null = null;
/** The time the open group's work took: its operations and its commit, not the gathering. */
let groupBusyMs = 0;
let groupOp = '';

/** Reports work that took `ms` for `n` operations (a group, by its first one's name) if slower than slowMs each. */
function reportSlow(op: string, ms: number, n = 1) {
  if (ms / n > init.slowMs)
    post({ kind: 'slow', op: n === 1 ? op : `${op} ×${n}`, ms: Math.round(ms * 10) / 10, role: init.role });
}

const slow = (op: string, started: number) => reportSlow(op, performance.now() - started);

/** One transaction function per operation, made once: db.transaction() builds four wrappers each call. */
const transactions = new Map<Op, (input: unknown) => unknown>();
function transactionOf(op: Op): (input: unknown) => unknown {
  let tx = transactions.get(op);
  if (!tx) transactions.set(op, (tx = db.transaction((input: unknown) => op.run(db, input))));
  return tx;
}

function runOne(msg: OpMessage, op: Op): Result {
  try {
    const value = op.atomic ? transactionOf(op)(msg.input) : op.run(db, msg.input);
    return { kind: 'result', id: msg.id, ok: true, value };
  } catch (err) {
    return { kind: 'result', id: msg.id, ok: false, error: serializeError(err) };
  }
}

/**
 * Posts a result; an operation that returns a promise (the online backup, which copies a
 * few pages per turn of this thread's event loop so other operations run in between) is
 * answered when it settles.
 */
function answer(r: Result) {
  if (!(r.ok && r.value instanceof Promise)) return post(r);
  r.value.then(
    (value: unknown) => post({ kind: 'result', id: r.id, ok: true, value }),
    (err: unknown) => post({ kind: 'result', id: r.id, ok: false, error: serializeError(err) }),
  );
}

/** Runs a group-commit operation in the open group's transaction, opening it if need be. */
function joinGroup(msg: OpMessage, op: Op) {
  const started = performance.now();
  if (group.length === 0) {
    try {
      db.exec('BEGIN');
    } catch (err) {
      return post({ kind: 'result', id: msg.id, ok: false, error: serializeError(err) });
    }
    groupBusyMs = 0;
    groupOp = msg.op;
    groupTimer = setTimeout(flushGroup, GATHER_MS);
  }
  const r = runOne(msg, op);
  groupBusyMs += performance.now() - started;
  group.push(r);
  if (!db.inTransaction) {
    // SQLite rolled the whole transaction back (a full disk, an I/O error): nothing of the
    // group stands, and this operation failed with the reason.
    const error = r.ok ? { name: 'Error', message: 'the transaction was rolled back' } : r.error;
    post({ kind: 'results', results: failAll(takeGroup(), error) });
  } else if (group.length >= GROUP_MAX) flushGroup();
}

/** The open group's answers, leaving no group open. */
function takeGroup(): Result[] {
  if (groupTimer) clearTimeout(groupTimer);
  groupTimer = null;
  const taken = group;
  group = [];
  return taken;
}

const failAll = (results: Result[], error: Extract<Result, { ok: false }>['error']): Result[] =>
  results.map((r) => ({ kind: 'result', id: r.id, ok: false, error }));

/**
 * Commits the open group and answers its operations. Each ran in a transaction of its own
 * (runOne), which inside the group's is a savepoint: a failing operation undid only itself.
 * If the commit fails, every operation of the group fails.
 */
function flushGroup() {
  let results = takeGroup();
  if (results.length === 0) return;
  const started = performance.now();
  try {
    db.exec('COMMIT');
  } catch (err) {
    const error = serializeError(err);
    try {
      if (db.inTransaction) db.exec('ROLLBACK');
    } catch {
      // the rollback's own failure changes nothing: the group failed either way
    }
    results = failAll(results, error);
  }
  // One message for the group: the main thread handles one event, not one per page.
  post({ kind: 'results', results });
  reportSlow(groupOp, groupBusyMs + performance.now() - started, results.length);
}

/** Posts an operation's preview of its prepared input, or why preparing it failed. */
function postPreview(id: number, make: () => unknown): void {
  try {
    post({ kind: 'preview', id, ok: true, value: make() });
  } catch (err) {
    post({ kind: 'preview', id, ok: false, error: serializeError(err) });
  }
}

/** Runs (or, for group commit, queues) one operation sent by the main thread or prepared by the reader. */
function handleOp(msg: OpMessage) {
  const op = own(msg.op);
  // Anything else runs after the open group has committed: in its own transaction, and in order.
  if (!(op?.groupCommit && init.role === 'writer')) flushGroup();
  if (!op || (op.mode === 'write') !== (init.role === 'writer')) {
    post({
      kind: 'result',
      id: msg.id,
      ok: false,
      error: { name: 'Error', message: `no ${init.role} operation ${msg.op}` },
    });
    return;
  }
  if (msg.preview && op.prepare && op.preview) {
    // Sent here directly (the reader is down): prepare it here, and preview it first.
    let input: unknown;
    try {
      input = op.prepare(msg.input);
    } catch (err) {
      const error = serializeError(err);
      post({ kind: 'preview', id: msg.id, ok: false, error });
      return post({ kind: 'result', id: msg.id, ok: false, error });
    }
    postPreview(msg.id, () => op.preview!(input));
    msg = { kind: 'op', id: msg.id, op: msg.op, input };
  }
  if (op.groupCommit) return joinGroup(msg, op);
  const started = performance.now();
  try {
    if (op.durable) db.pragma('synchronous = FULL');
    answer(runOne(msg, op));
  } finally {
    if (op.durable) db.pragma('synchronous = NORMAL');
    slow(msg.op, started);
  }
}

/**
 * The reader's queue of writes to prepare. One is prepared per turn of the event loop, so a
 * list read that arrives meanwhile waits for at most one page's decoding, not a queue's.
 */
const preparing: Extract<ToWorker, { kind: 'prepare' }>[] = [];
let prepareScheduled = false;
const toWriter = (msg: ToPeer) => init.peer!.postMessage(msg);

function prepareNext() {
  prepareScheduled = false;
  const msg = preparing.shift();
  if (!msg) return;
  const started = performance.now();
  const op = own(msg.op);
  try {
    if (!op?.prepare || op.mode !== 'write') throw new Error(`no write operation ${msg.op} to prepare`);
    const input = op.prepare(msg.input);
    toWriter({ kind: 'op', id: msg.id, op: msg.op, input });
    if (msg.preview && op.preview) postPreview(msg.id, () => op.preview!(input));
  } catch (err) {
    const error = serializeError(err);
    toWriter({ kind: 'fail', id: msg.id, error });
    if (msg.preview) post({ kind: 'preview', id: msg.id, ok: false, error });
  }
  slow(`${msg.op} (prepare)`, started);
  schedulePrepare();
}

function schedulePrepare() {
  if (prepareScheduled || preparing.length === 0) return;
  prepareScheduled = true;
  setImmediate(prepareNext);
}

function close() {
  flushGroup();
  if (opened) db.close();
  init.peer?.close();
  post({ kind: 'closed' });
  port.close();
}

port.on('message', (msg: ToWorker) => {
  if (msg.kind === 'open') {
    if (!opened && !(opened = open())) process.exit(0);
    return;
  }
  if (msg.kind === 'close') return close();
  if (msg.kind === 'prepare') {
    preparing.push(msg);
    return schedulePrepare();
  }
  handleOp(msg);
});

// The writer's end of the channel from the reader: prepared writes, and the ones that failed to prepare.
if (init.role === 'writer')
  init.peer?.on('message', (msg: ToPeer) => {
    if (msg.kind === 'fail') post({ kind: 'result', id: msg.id, ok: false, error: msg.error });
    else handleOp(msg);
  });
