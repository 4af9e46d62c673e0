import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DbClient } from '../../electron/db/client';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { silentLogger, type Logger } from '../../electron/core/logger';
import { startSandbox } from '../../electron/sandbox';
import { toJson } from '../../electron/sandbox/json';
import { taskSpecs } from '../../electron/sync/tasks';
import { TEST_NOW } from '../support/sandbox';
import { DB_WORKER } from '../support/paths';
import { tempDir } from '../support/temp';

let client: DbClient | null = null;
afterEach(async () => {
  await client?.close();
  client = null;
});

function open(dir: string, extra: { logger?: Logger; slowMs?: number } = {}) {
  client = new DbClient({
    file: path.join(dir, 'workstation.db'),
    workerScript: DB_WORKER,
    logger: silentLogger,
    ...extra,
  });
  return client;
}

/** Reads the database file with a connection of its own (so: what was committed), then closes it. */
function inFile<T>(dir: string, read: (file: Database.Database) => T): T {
  const file = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  try {
    return read(file);
  } finally {
    file.close();
  }
}

describe('DbClient', () => {
  it('runs reads on the reader and writes on the writer, over the typed protocol', async () => {
    const db = open(tempDir());
    expect(await db.open()).toMatchObject({ state: 'ready', recovered: null });
    await db.run('settings.write', [{ key: 'language', value: '"en-US"' }]);
    expect(await db.run('db.ping', 'language')).toEqual({ key: 'language', value: '"en-US"' });
    expect(await db.run('settings.readAll')).toEqual([{ key: 'language', value: '"en-US"' }]);
    expect(await db.run('db.info')).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION, journalMode: 'wal' });
  });

  it('reports a failing operation as an error and keeps working', async () => {
    const db = open(tempDir());
    await db.open();
    await expect(db.run('settings.write', [{ key: 'k', value: null as unknown as string }])).rejects.toThrow(
      /NOT NULL/,
    );
    expect(await db.run('db.ping', 'k')).toBeNull();
  });

  it('logs operations slower than the threshold to the slow-query log', async () => {
    const warnings: { msg: string; fields?: Record<string, unknown> }[] = [];
    const logger: Logger = { ...silentLogger, warn: (msg, fields) => warnings.push({ msg, fields }) };
    const db = open(tempDir(), { logger, slowMs: -1 });
    await db.open();
    await db.run('db.ping', 'x');
    await new Promise((r) => setTimeout(r, 50));
    expect(warnings).toContainEqual({
      msg: 'slow query',
      fields: expect.objectContaining({ op: 'db.ping', role: 'reader' }),
    });
    expect(db.slowQueries).toBeGreaterThan(0);
  });

  it('runs every write in a transaction of its own: a failing statement undoes the ones before it', async () => {
    const dir = tempDir();
    const db = open(dir);
    await db.open();
    const now = '2026-12-02T00:00:00.000Z';
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    // sync.openRun marks the open run abandoned, then inserts the new one; the insert fails
    // (plan is NOT NULL), and the update must not stay behind.
    await expect(
      db.run('sync.openRun', { kind: 'full', plan: null as unknown as string, now, resume: false }),
    ).rejects.toThrow(/NOT NULL/);
    await db.close();
    client = null;
    inFile(dir, (file) => {
      expect(file.prepare('SELECT id, status FROM sync_runs').all()).toEqual([{ id: run.id, status: 'running' }]);
    });
  });

  it('serves reads while a long write is in progress', async () => {
    const db = open(tempDir());
    await db.open();
    const rows = Array.from({ length: 300_000 }, (_, i) => ({ key: `k${i}`, value: `"${i}"` }));
    const order: string[] = [];
    const write = db.run('settings.write', rows).then(() => order.push('write'));
    await new Promise((r) => setTimeout(r, 30)); // the writer is now busy inside its transaction
    await db.run('db.ping', 'k1').then(() => order.push('read'));
    await write;
    expect(order).toEqual(['read', 'write']);
    expect(await db.run('db.ping', 'k299999')).toEqual({ key: 'k299999', value: '"299999"' });
  });

  it('group-commits sync pages that queue up, each atomic on its own, answered after the commit', async () => {
    const dir = tempDir();
    const timed: unknown[] = [];
    const logger: Logger = { ...silentLogger, warn: (_msg, fields) => timed.push(fields?.op) };
    const db = open(dir, { logger, slowMs: -1 }); // every operation is "slow": the log names each commit
    await db.open();
    const now = new Date().toISOString();
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    const page = (cycle: string, ids: string[]) =>
      JSON.stringify({ total_count: ids.length, sub_customers: ids.map((customer_id) => ({ customer_id })) });
    const task = (cycle: string) => taskSpecs.cycleCustomers(cycle);
    // A long write keeps the writer busy, so the three pages posted behind it are all waiting
    // when it finishes and share one transaction.
    const busy = db.run(
      'settings.write',
      Array.from({ length: 100_000 }, (_, i) => ({ key: `k${i}`, value: `"${i}"` })),
    );
    const calls = [
      db.run('sync.ingestRaw', {
        task: task('2026-01'),
        gen: run.id,
        offset: 0,
        body: page('2026-01', ['a', 'b']),
        now,
      }),
      db.run('sync.ingestRaw', {
        task: task('2026-02'),
        gen: run.id,
        offset: 0,
        body: '{"total_count":1,"sub_cus',
        now,
      }),
      // As the sync sends a page: its bytes, transferred.
      (() => {
        const body = new TextEncoder().encode(page('2026-03', ['c']));
        return db.runTransferring('sync.ingestRaw', { task: task('2026-03'), gen: run.id, offset: 0, body, now }, [
          body.buffer,
        ]);
      })(),
    ];
    await busy;
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason.name).toBe('PageDecodeError');
    await new Promise((r) => setTimeout(r, 50));
    expect(timed).toContain('sync.ingestRaw ×3');
    // What was answered as stored is in the file (read by another connection after the answers).
    inFile(dir, (file) => {
      expect(file.prepare('SELECT bill_cycle, customer_id FROM cycle_customers ORDER BY 1, 2').all()).toEqual([
        { bill_cycle: '2026-01', customer_id: 'a' },
        { bill_cycle: '2026-01', customer_id: 'b' },
        { bill_cycle: '2026-03', customer_id: 'c' },
      ]);
      expect(
        file.prepare("SELECT scope, done FROM sync_checkpoints WHERE resource = 'cycle_customers' ORDER BY 1").all(),
      ).toEqual([
        { scope: '2026-01', done: 1 },
        { scope: '2026-03', done: 1 },
      ]);
    });
  });

  it('commits an open group before any other write, which then runs after it and in its own transaction', async () => {
    const dir = tempDir();
    const db = open(dir);
    await db.open();
    const now = new Date().toISOString();
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    const answered: string[] = [];
    const body = JSON.stringify({ total_count: 1, sub_customers: [{ customer_id: 'a' }] });
    const input = { task: taskSpecs.cycleCustomers('2026-01'), gen: run.id, offset: 0, body, now };
    // The page opens a group (its commit is up to 100 ms away); the settings write behind it
    // must not wait for the timer, nor join the group's transaction.
    const page = db.run('sync.ingestRaw', input).then(() => answered.push('page'));
    const write = db.run('settings.write', [{ key: 'k', value: '"v"' }]).then(() => answered.push('write'));
    // A failing write behind them fails alone: the page and the first write stay stored.
    const bad = db.run('settings.write', [{ key: 'k2', value: null as unknown as string }]);
    await Promise.all([page, write]);
    await expect(bad).rejects.toThrow();
    expect(answered).toEqual(['page', 'write']);
    inFile(dir, (file) => {
      expect(file.prepare('SELECT customer_id FROM cycle_customers').all()).toEqual([{ customer_id: 'a' }]);
      expect(file.prepare("SELECT key, value FROM settings WHERE key LIKE 'k%'").all()).toEqual([
        { key: 'k', value: '"v"' },
      ]);
    });
  });

  it('stores amounts decoded on the reader as exact INTEGERs, up to the ±10^17-unit bound', async () => {
    const dir = tempDir();
    const db = open(dir);
    await db.open();
    await db.run('db.ping', 'x'); // the reader is up
    const sb = await startSandbox({ seed: 7, scale: 'tiny', now: TEST_NOW, ratePerSec: 0 });
    let records;
    let cycle = '';
    try {
      cycle = sb.data.cycles().at(-2)!;
      const customer = sb.data.consumeSubCustomers(cycle)[0]!;
      records = sb.data.feeRecords(customer, cycle).slice(0, 3);
    } finally {
      await sb.close();
    }
    expect(records.length).toBe(3);
    const edges = ['1000000000', '-999999999.99999999', '123456789.12345678'];
    records.forEach((r, i) => (r.official_amount = edges[i]!));
    const customerId = records[0]!.customer_id!;
    const now = new Date().toISOString();
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    const body = new TextEncoder().encode(toJson({ total_count: 3, currency: 'CNY', fee_records: records }));
    const input = { task: taskSpecs.feeRecords(cycle, customerId), gen: run.id, offset: 0, body, now };
    await db.runTransferring('sync.ingestRaw', input, [body.buffer]);
    inFile(dir, (file) => {
      const rows = file
        .prepare('SELECT id, typeof(official_amount) AS t, official_amount AS v FROM fee_records')
        .safeIntegers()
        .all() as { id: string; t: string; v: bigint }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(records.map((r) => byId.get(r.id!))).toEqual([
        { id: records[0]!.id, t: 'integer', v: 100000000000000000n },
        { id: records[1]!.id, t: 'integer', v: -99999999999999999n },
        { id: records[2]!.id, t: 'integer', v: 12345678912345678n },
      ]);
    });
  });

  it('decodes a transferred sync page on the reader and stores it on the writer; without the reader the writer decodes', async () => {
    const dir = tempDir();
    const timed: { op: unknown; role: unknown }[] = [];
    const logger: Logger = { ...silentLogger, warn: (_msg, f) => timed.push({ op: f?.op, role: f?.role }) };
    const db = open(dir, { logger, slowMs: -1 });
    await db.open();
    await db.run('db.ping', 'x'); // the reader is up
    const now = new Date().toISOString();
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    const send = (cycle: string, text: string) => {
      const body = new TextEncoder().encode(text);
      const input = { task: taskSpecs.cycleCustomers(cycle), gen: run.id, offset: 0, body, now };
      return db.runTransferring('sync.ingestRaw', input, [body.buffer]);
    };
    const page = (ids: string[]) =>
      JSON.stringify({ total_count: ids.length, sub_customers: ids.map((customer_id) => ({ customer_id })) });

    expect(await send('2026-01', page(['a', 'b']))).toMatchObject({ applied: true, records: 2, done: true });
    await expect(send('2026-02', '{"total_count":1,"sub_cus')).rejects.toMatchObject({ name: 'PageDecodeError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(timed).toContainEqual({ op: 'sync.ingestRaw (prepare)', role: 'reader' });
    expect(timed).toContainEqual({ op: 'sync.ingestRaw', role: 'writer' });

    // The reader thread dies: pages still go in, decoded by the writer.
    const reader = (db as unknown as { reader: { worker: { terminate(): Promise<number> } } }).reader;
    await reader.worker.terminate();
    timed.length = 0;
    expect(await send('2026-03', page(['c']))).toMatchObject({ applied: true, records: 1 });
    await expect(send('2026-04', 'not json')).rejects.toMatchObject({ name: 'PageDecodeError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(timed.filter((t) => t.role === 'reader')).toEqual([]);
    inFile(dir, (file) => {
      expect(file.prepare('SELECT bill_cycle, customer_id FROM cycle_customers ORDER BY 1, 2').raw().all()).toEqual([
        ['2026-01', 'a'],
        ['2026-01', 'b'],
        ['2026-03', 'c'],
      ]);
    });
  });

  it('runStaged: the preview comes when the page is decoded, before the commit; the stored answer after it, on the reader or without it', async () => {
    const dir = tempDir();
    const db = open(dir);
    await db.open();
    await db.run('db.ping', 'x'); // the reader is up
    const now = new Date().toISOString();
    const { run } = await db.run('sync.openRun', { kind: 'full', plan: '{}', now, resume: false });
    const stage = (cycle: string, text: string) => {
      const body = new TextEncoder().encode(text);
      const input = { task: taskSpecs.cycleCustomers(cycle), gen: run.id, offset: 0, body, now };
      return db.runStaged('sync.ingestRaw', input, [body.buffer]);
    };
    const page = (ids: string[]) =>
      JSON.stringify({ total_count: ids.length, sub_customers: ids.map((customer_id) => ({ customer_id })) });
    const committed = () =>
      inFile(dir, (file) => file.prepare('SELECT customer_id FROM cycle_customers ORDER BY 1').pluck().all());

    for (const readerUp of [true, false]) {
      if (!readerUp)
        await (db as unknown as { reader: { worker: { terminate(): Promise<number> } } }).reader.worker.terminate();
      const cycle = readerUp ? '2026-01' : '2026-02';
      const ids = readerUp ? ['a', 'b'] : ['c'];
      const staged = stage(cycle, page(ids));
      expect(await staged.preview).toEqual({
        nextOffset: ids.length,
        total: ids.length,
        done: true,
        records: ids.length,
        quarantined: 0,
      });
      // The group commit gathers for a while: the preview is there, the rows are not yet.
      expect(committed()).not.toContain(ids[0]);
      expect(await staged.stored).toMatchObject({ applied: true, records: ids.length, done: true });
      expect(committed()).toContain(ids[0]);
      const bad = stage(cycle === '2026-01' ? '2026-03' : '2026-04', '{"total_count":1,"sub_cus');
      await expect(bad.preview).rejects.toMatchObject({ name: 'PageDecodeError' });
      await expect(bad.stored).rejects.toMatchObject({ name: 'PageDecodeError' });
    }
    expect(committed()).toEqual(['a', 'b', 'c']);
  });
});
