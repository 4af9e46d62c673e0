import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DbClient } from '../../electron/db/client';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { silentLogger, type Logger } from '../../electron/core/logger';
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
});
