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
    run(db: Database.Database, i: unknown): unknown;
  }
>;
const own = (name: string) => (Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined);

// The reader thread boots in parallel with the writer (thread start-up is most of its
// cost) but opens the file only when told the writer has checked and migrated it.
let opened = init.deferOpen ? false : open();
if (!init.deferOpen && !opened) process.exit(0);

type OpMessage = Extract<ToWorker, { kind: 'op' }>;
type Result = Extract<FromWorker, { kind: 'result' }>;

/** Most operations one shared commit may hold: bounds how long the first caller waits. */
const GROUP_MAX = 256;
/** Group-commit operations received while the writer was busy, run together at the next turn. */
let group: OpMessage[] = [];
let groupScheduled = false;

function slow(op: string, started: number) {
  const ms = performance.now() - started;
  if (ms > init.slowMs) post({ kind: 'slow', op, ms: Math.round(ms * 10) / 10, role: init.role });
}

function runOne(msg: OpMessage, op: (typeof table)[string]): Result {
  try {
    const value = op.atomic ? db.transaction(() => op.run(db, msg.input))() : op.run(db, msg.input);
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

/**
 * Runs the waiting group in one transaction. Each operation runs in a transaction of its
 * own (runOne), which inside this one is a savepoint: a failing operation undoes only itself. Answers
 * go out after the commit; if the commit itself fails, every operation of the group fails.
 */
function flushGroup() {
  groupScheduled = false;
  if (group.length === 0) return;
  const batch = group;
  group = [];
  const started = performance.now();
  let results: Result[];
  try {
    results = db.transaction(() => batch.map((msg) => runOne(msg, table[msg.op]!)))();
  } catch (err) {
    const error = serializeError(err);
    results = batch.map((msg) => ({ kind: 'result', id: msg.id, ok: false, error }));
  }
  for (const r of results) post(r);
  slow(batch.length === 1 ? batch[0]!.op : `${batch[0]!.op} ×${batch.length}`, started);
}

/** Runs (or, for group commit, queues) one operation sent by the main thread or prepared by the reader. */
function handleOp(msg: OpMessage) {
  const op = own(msg.op);
  // Anything else keeps its order behind the operations already waiting in the group.
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
  if (op.groupCommit) {
    group.push(msg);
    if (group.length >= GROUP_MAX) flushGroup();
    else if (!groupScheduled) {
      groupScheduled = true;
      // After the messages already queued on the port have been delivered.
      setImmediate(flushGroup);
    }
    return;
  }
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
    toWriter({ kind: 'op', id: msg.id, op: msg.op, input: op.prepare(msg.input) });
  } catch (err) {
    toWriter({ kind: 'fail', id: msg.id, error: serializeError(err) });
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
