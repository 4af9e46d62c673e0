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
import { serializeError, type FromWorker, type ToWorker, type WorkerInit } from './protocol';

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
  { mode: string; durable?: boolean; run(db: Database.Database, i: unknown): unknown }
>;

// The reader thread boots in parallel with the writer (thread start-up is most of its
// cost) but opens the file only when told the writer has checked and migrated it.
let opened = init.deferOpen ? false : open();
if (!init.deferOpen && !opened) process.exit(0);

port.on('message', (msg: ToWorker) => {
  if (msg.kind === 'open') {
    if (!opened && !(opened = open())) process.exit(0);
    return;
  }
  if (msg.kind === 'close') {
    if (!opened) {
      post({ kind: 'closed' });
      port.close();
      return;
    }
    db.close();
    post({ kind: 'closed' });
    port.close();
    return;
  }
  const op = Object.prototype.hasOwnProperty.call(table, msg.op) ? table[msg.op] : undefined;
  if (!op || (op.mode === 'write') !== (init.role === 'writer')) {
    post({
      kind: 'result',
      id: msg.id,
      ok: false,
      error: { name: 'Error', message: `no ${init.role} operation ${msg.op}` },
    });
    return;
  }
  const started = performance.now();
  try {
    if (op.durable) db.pragma('synchronous = FULL');
    const value = op.run(db, msg.input);
    post({ kind: 'result', id: msg.id, ok: true, value });
  } catch (err) {
    post({ kind: 'result', id: msg.id, ok: false, error: serializeError(err) });
  } finally {
    if (op.durable) db.pragma('synchronous = NORMAL');
    const ms = performance.now() - started;
    if (ms > init.slowMs) post({ kind: 'slow', op: msg.op, ms: Math.round(ms * 10) / 10, role: init.role });
  }
});
