import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { startSandbox } from '../../electron/sandbox';
import type { Buyer, InvoiceType } from '../../electron/invoices/repository';
import { DB_WORKER } from './paths';
import { syncRig } from './sync';

/**
 * Databases with issued invoices for the output tests (PDF, Excel, backups) and the PDF
 * benchmark. Invoices are made through the invoice repository's own operations in the
 * writer worker (create → saveDraft → issue), never by inserting rows.
 */
export interface InvoiceDb {
  dir: string;
  file: string;
  db: DbClient;
  close(): Promise<void>;
}

export const TEST_BUYER: Buyer = {
  name: '北京云端示例科技有限公司',
  creditCode: '91110108MA01ABCD5T',
  address: '北京市海淀区中关村大街 1 号',
  phone: '010-12345678',
  bank: '中国工商银行北京中关村支行',
  account: '0200 0045 0908 8888 888',
};

async function openDb(dir: string): Promise<InvoiceDb> {
  const file = path.join(dir, 'workstation.db');
  const db = new DbClient({ file, workerScript: DB_WORKER, logger: silentLogger });
  const outcome = await db.open();
  if (outcome.state !== 'ready') throw new Error(`database not ready: ${JSON.stringify(outcome)}`);
  return {
    dir,
    file,
    db,
    async close() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A data dir synced from the tiny sandbox (real Chinese customer names and fee records). */
export async function syncedInvoiceDb(seed = 31): Promise<InvoiceDb> {
  const sandbox = await startSandbox({ scale: 'tiny', seed, ratePerSec: 0 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-outputs-'));
  try {
    const rig = await syncRig(dir, () => sandbox);
    await rig.engine.start('full');
    await rig.engine.idle();
    await rig.close();
  } finally {
    await sandbox.close();
  }
  return openDb(dir);
}

/** A fresh data dir with one customer and `count` invoiceable fee records (a benchmark's long invoice). */
export async function syntheticInvoiceDb(count: number): Promise<InvoiceDb & { customerId: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-outputs-'));
  const opened = await openDb(dir);
  const customerId = 'c0ffee00000000000000000000000001';
  const raw = new Database(opened.file);
  raw.pragma('busy_timeout = 5000');
  raw.transaction(() => {
    raw
      .prepare(
        `INSERT INTO customers (customer_id, account_name, name, sync_gen, synced_at) VALUES (?, 'bench', '上海长文本测试有限公司', 1, ?)`,
      )
      .run(customerId, new Date().toISOString());
    const put = raw.prepare(
      `INSERT INTO fee_records (id, bill_cycle, customer_id, service_type_name, resource_name, bill_detail_type, consume_time, cash_amount, sync_gen)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, 1)`,
    );
    for (let i = 0; i < count; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      put.run(
        `bench-fee-${String(i).padStart(5, '0')}`,
        '2025-06',
        customerId,
        ['弹性云服务器 ECS', '对象存储服务 OBS', '云数据库 RDS for MySQL', '内容分发网络 CDN'][i % 4],
        `资源-${i}-华北-北京四-${'长名称'.repeat(i % 3)}`,
        `2025-06-${day}T0${i % 10}:00:00Z`,
        BigInt(100_000_000 + i * 1_234_000_000),
      );
    }
  })();
  raw.close();
  return { ...opened, customerId };
}

/** The customer of a synced database with the most positive invoiceable fee records. */
export function richestCustomer(file: string): string {
  const raw = new Database(file, { readonly: true });
  try {
    return raw
      .prepare(
        `SELECT customer_id FROM fee_records WHERE cash_amount >= 1000000
         GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`,
      )
      .pluck()
      .get() as string;
  } finally {
    raw.close();
  }
}

/**
 * Creates and issues one invoice for `customerId` taking up to `maxLines` of its positive
 * items (oldest first), through the repository operations. Returns its id.
 */
export async function issueInvoice(
  db: DbClient,
  customerId: string,
  opts: { maxLines?: number; type?: InvoiceType; buyer?: Buyer; note?: string; now?: string; issue?: boolean } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const now = opts.now ?? new Date().toISOString();
  const type = opts.type ?? 'special';
  const actor = 'test';
  const created = await db.run('invoices.create', { id, profileId: 'sandbox', customerId, type, now, actor });
  if ('refused' in created) throw new Error(`create refused: ${created.refused}`);
  const pool = await db.run('invoices.pool', { customerId, exceptInvoice: id });
  const itemIds = pool
    .filter((p) => !p.available.startsWith('-'))
    .slice(0, opts.maxLines ?? 12)
    .map((p) => p.id);
  if (itemIds.length === 0) throw new Error(`customer ${customerId} has nothing invoiceable left`);
  const saved = await db.run('invoices.saveDraft', {
    id,
    revision: 1,
    changes: {
      type,
      mode: 'pick',
      requestedAmount: null,
      buyer: opts.buyer ?? TEST_BUYER,
      note: opts.note ?? '服务期间：2025 年 6 月；含税金额。',
    },
    itemIds,
    now,
    actor,
  });
  if ('refused' in saved) throw new Error(`save refused: ${JSON.stringify(saved)}`);
  if (opts.issue === false) return id;
  const issued = await db.run('invoices.issue', {
    id,
    revision: saved.invoice.revision,
    now,
    actor,
    defaultPrefix: 'PW-',
  });
  if ('refused' in issued) throw new Error(`issue refused: ${JSON.stringify(issued)}`);
  return id;
}
