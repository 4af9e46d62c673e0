import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/sandbox';
import { runAndKill as runChild } from '../support/kill-child';
import { syncRig } from '../support/sync';

/**
 * Nothing is lost: a real process saves drafts and issues invoices while it is killed with
 * SIGKILL at random moments, over and over. After each kill: the file passes
 * integrity_check, every acknowledged save and issue is there, and no invoice is half
 * written (lines add up to its total; an issued invoice has its number; no item is taken
 * beyond its amount).
 */
const KILLS = 20;
let dir: string;
let customerId: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-invoices-kill-'));
  const sandbox = await startSandbox({ scale: 'tiny', seed: 31, ratePerSec: 0 });
  const rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  await rig.close();
  await sandbox.close();
  const db = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  customerId = db
    .prepare(
      'SELECT customer_id FROM fee_records WHERE cash_amount > 0 GROUP BY customer_id ORDER BY sum(cash_amount) DESC LIMIT 1',
    )
    .pluck()
    .get() as string;
  db.close();
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Acked {
  saved: Map<string, { revision: number; total: string }>;
  issued: Map<string, string>;
  voided: Set<string>;
  created: Set<string>;
}

/** Runs the child until SIGKILL after `ms` (counted from its "ready"), collecting what it acknowledged. */
function runAndKill(ms: number, seed: number, acked: Acked) {
  return runChild('test/support/invoice-writer-child.ts', [dir, customerId, String(seed)], ms, ([what, id, a, b]) => {
    if (what === 'created') acked.created.add(id!);
    else if (what === 'saved') acked.saved.set(id!, { revision: Number(a), total: b! });
    else if (what === 'issued') acked.issued.set(id!, a!);
    else if (what === 'voided') acked.voided.add(id!);
  });
}

function check(acked: Acked) {
  const db = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  db.defaultSafeIntegers(true);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = new Map(
      (
        db.prepare('SELECT id, status, number, revision, total_amount FROM invoices').all() as {
          id: string;
          status: string;
          number: string | null;
          revision: bigint;
          total_amount: bigint;
        }[]
      ).map((r) => [r.id, r]),
    );
    for (const id of acked.created) expect(rows.has(id), `created ${id}`).toBe(true);
    for (const [id, s] of acked.saved) {
      const r = rows.get(id)!;
      expect(Number(r.revision), `revision of ${id}`).toBeGreaterThanOrEqual(s.revision);
    }
    for (const [id, number] of acked.issued) {
      const r = rows.get(id)!;
      expect(['issued', 'voided'], `status of ${id}`).toContain(r.status);
      expect(r.number).toBe(number);
    }
    for (const id of acked.voided) expect(rows.get(id)!.status).toBe('voided');
    // Whole invoices: lines add up to the total.
    const sums = db
      .prepare(
        `SELECT i.id, i.total_amount AS total, coalesce(sum(l.amount), 0) AS lines FROM invoices i
         LEFT JOIN invoice_lines l ON l.invoice_id = i.id GROUP BY i.id HAVING total != lines`,
      )
      .all();
    expect(sums).toEqual([]);
    // No item taken beyond its settled cash amount by the drafts and issued invoices together.
    const over = db
      .prepare(
        `SELECT l.item_id, sum(l.amount) AS taken, (f.cash_amount / 1000000) * 1000000 AS settled
         FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN fee_records f ON f.id = l.item_id
         WHERE i.status != 'voided' GROUP BY l.item_id
         HAVING (settled >= 0 AND (taken > settled OR taken < 0)) OR (settled < 0 AND (taken < settled OR taken > 0))`,
      )
      .all();
    expect(over).toEqual([]);
  } finally {
    db.close();
  }
}

describe('invoices under SIGKILL', () => {
  it(`keeps every acknowledged draft save and issued invoice, whole, across ${KILLS} kills`, async () => {
    const acked: Acked = { saved: new Map(), issued: new Map(), voided: new Set(), created: new Set() };
    let kills = 0;
    for (let i = 0; i < KILLS; i++) {
      const r = await runAndKill(150 + Math.floor(Math.random() * 900), i + 1, acked);
      expect(r.stderr).toBe('');
      if (r.killed) kills++;
      check(acked);
    }
    expect(kills).toBe(KILLS);
    expect(acked.saved.size).toBeGreaterThan(KILLS);
    expect(acked.issued.size).toBeGreaterThan(0);
  }, 300_000);
});
