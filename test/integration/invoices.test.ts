import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { matchSpecifiedAmount } from '../../shared/invoices/matching';
import { add, compare, sub, toFixed2 } from '../../shared/money/arith';
import { call, testCore } from '../support/core';
import { syncRig } from '../support/sync';

/**
 * Invoices through the real dispatcher, core and writer worker, on a database synced from
 * the sandbox: the authoritative matching, competing drafts, issue/void, conflicts and
 * refusals that change nothing.
 */
let sandbox: Sandbox;
let core: Core;
let dir: string;
let customerId: string;

const db = () => new Database(path.join(dir, 'workstation.db'), { readonly: true });
const buyer = {
  name: '北京测试科技有限公司',
  creditCode: '91110000100017643K',
  address: '',
  phone: '',
  bank: '',
  account: '',
};

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function newDraft(type: 'ordinary' | 'special' = 'ordinary') {
  return ok(call(core, 'invoices.create', { customerId, type }));
}

function save(d: { invoice: { id: string; revision: number } }, patch: Record<string, unknown>) {
  return call(core, 'invoices.save', {
    id: d.invoice.id,
    revision: d.invoice.revision,
    type: 'ordinary',
    mode: 'amount',
    requestedAmount: null,
    itemIds: [],
    buyer,
    note: '',
    ...patch,
  });
}

const pool = (exceptInvoice: string | null = null) => ok(call(core, 'invoices.pool', { customerId, exceptInvoice }));

beforeAll(async () => {
  sandbox = await startSandbox({ scale: 'tiny', seed: 29, ratePerSec: 0 });
  // Not tempDir(): that one is removed after each test, and this database lives for the file.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-invoices-'));
  const rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  await rig.close();
  // The customer with the most invoiceable records, refunds preferred.
  const raw = db();
  customerId = raw
    .prepare(
      `SELECT customer_id FROM fee_records WHERE cash_amount >= 1000000 OR cash_amount <= -1000000
       GROUP BY customer_id ORDER BY sum(bill_detail_type IN (4, 20, 24)) DESC, count(*) DESC LIMIT 1`,
    )
    .pluck()
    .get() as string;
  raw.close();
  core = await testCore(dir, { language: 'en-US' });
}, 120_000);

// Every test starts from the whole pool: drafts deleted, issued invoices voided.
afterEach(async () => {
  const page = await ok(call(core, 'invoices.list', { offset: 0, limit: 500 }));
  for (const inv of page.rows) {
    if (inv.status === 'draft') await ok(call(core, 'invoices.delete', { id: inv.id }));
    if (inv.status === 'issued') await ok(call(core, 'invoices.void', { id: inv.id, reason: 'test cleanup' }));
  }
});

afterAll(async () => {
  await core?.close();
  await sandbox?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('invoices', () => {
  it('saves a draft matched by the rule: lines as the pure function computes them, rows and audit in the DB', async () => {
    const items = await pool();
    expect(items.length).toBeGreaterThan(2);
    const max = items.reduce((s, i) => add(s, i.available), '0');
    const positive = items.filter((i) => compare(i.available, '0') > 0);
    // Half of the largest positive item, on top of everything before it: a partial last line.
    const target = sub(max, '0.01');
    const draft = await newDraft();
    const saved = await ok(save(draft, { requestedAmount: target }));
    const expected = matchSpecifiedAmount(items, target);
    if (!expected.ok) throw new Error(expected.error.code);
    const cents = (lines: { itemId: string; amount: string }[]) => lines.map((l) => [l.itemId, toFixed2(l.amount)]);
    expect(cents(saved.lines)).toEqual(cents(expected.lines));
    expect(toFixed2(saved.invoice.totalAmount)).toBe(toFixed2(target));
    expect(saved.invoice.revision).toBe(draft.invoice.revision + 1);
    expect(positive.length).toBeGreaterThan(0);
    const raw = db();
    try {
      expect(raw.prepare('SELECT count(*) FROM invoice_lines WHERE invoice_id = ?').pluck().get(saved.invoice.id)).toBe(
        saved.lines.length,
      );
      expect(
        raw.prepare('SELECT action FROM invoice_audit WHERE invoice_id = ? ORDER BY id').pluck().all(saved.invoice.id),
      ).toEqual(['create', 'save']);
    } finally {
      raw.close();
    }
    await ok(call(core, 'invoices.delete', { id: saved.invoice.id }));
  });

  it('a second draft sees the pool reduced by the first; above the maximum is refused with the maximum', async () => {
    const before = await pool();
    const max = before.reduce((s, i) => add(s, i.available), '0');
    const first = await ok(save(await newDraft(), { requestedAmount: '1.00' }));
    const after = await pool();
    expect(after.reduce((s, i) => add(s, i.available), '0')).toBe(sub(max, '1'));
    const second = await newDraft();
    const refused = await save(second, { requestedAmount: max });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(toFixed2(sub(max, '1')));
    expect((await ok(call(core, 'invoices.get', { id: second.invoice.id }))).invoice.revision).toBe(
      second.invoice.revision,
    );
    await ok(call(core, 'invoices.delete', { id: first.invoice.id }));
    await ok(call(core, 'invoices.delete', { id: second.invoice.id }));
  });

  it('issues with the next number, locks the amounts; voiding releases them', async () => {
    const before = await pool();
    const d = await ok(save(await newDraft(), { requestedAmount: '2.50' }));
    const issued = await ok(call(core, 'invoices.issue', { id: d.invoice.id, revision: d.invoice.revision }));
    expect(issued.invoice.status).toBe('issued');
    expect(issued.invoice.number).toMatch(/^PW-\d{8}$/);
    const edit = await save(issued, { requestedAmount: '3.00' });
    expect(edit.ok).toBe(false);
    const voided = await ok(call(core, 'invoices.void', { id: d.invoice.id, reason: 'wrong buyer' }));
    expect(voided.invoice.status).toBe('voided');
    expect((await pool()).reduce((s, i) => add(s, i.available), '0')).toBe(
      before.reduce((s, i) => add(s, i.available), '0'),
    );
    expect(voided.audit.map((a) => a.action)).toEqual(['create', 'save', 'issue', 'void']);
  });

  it('refuses to issue a draft whose items changed meanwhile, and keeps the draft intact', async () => {
    const d = await ok(save(await newDraft(), { requestedAmount: '1.00' }));
    const itemId = d.lines.at(-1)!.itemId;
    // A re-sync lowered that item to nothing (the same write the sync's upsert makes).
    const rw = new Database(path.join(dir, 'workstation.db'));
    const old = rw.prepare('SELECT cash_amount FROM fee_records WHERE id = ?').pluck().get(itemId);
    rw.prepare('UPDATE fee_records SET cash_amount = 0 WHERE id = ?').run(itemId);
    try {
      const r = await call(core, 'invoices.issue', { id: d.invoice.id, revision: d.invoice.revision });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'CONFLICT', details: { items: [itemId] } });
      const after = await ok(call(core, 'invoices.get', { id: d.invoice.id }));
      expect(after.invoice).toMatchObject({ status: 'draft', revision: d.invoice.revision, number: null });
      expect(after.lines).toEqual(d.lines);
    } finally {
      rw.prepare('UPDATE fee_records SET cash_amount = ? WHERE id = ?').run(old, itemId);
      rw.close();
    }
    await ok(call(core, 'invoices.delete', { id: d.invoice.id }));
  });

  it('bad amounts and a bad credit code get a clear message and change nothing', async () => {
    const d = await ok(save(await newDraft(), { requestedAmount: '1.00' }));
    for (const bad of [
      { requestedAmount: '1e3' },
      { requestedAmount: '0' },
      { requestedAmount: '-5' },
      { requestedAmount: '1.234' },
      { requestedAmount: '99999999999999' },
      { buyer: { ...buyer, creditCode: '91110000100017643X' } },
    ]) {
      const r = await save(d, { requestedAmount: '1.00', ...bad });
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.message, JSON.stringify(bad)).not.toMatch(/^(invoice|money|validation)\./);
      }
    }
    const after = await ok(call(core, 'invoices.get', { id: d.invoice.id }));
    expect(after.invoice.revision).toBe(d.invoice.revision);
    expect(after.lines).toEqual(d.lines);
    await ok(call(core, 'invoices.delete', { id: d.invoice.id }));
  });

  it('a special VAT invoice is not issued without the buyer’s address, phone, bank and account', async () => {
    const d = await newDraft('special');
    const saved = await ok(save(d, { type: 'special', requestedAmount: '1.00' }));
    const r = await call(core, 'invoices.issue', { id: saved.invoice.id, revision: saved.invoice.revision });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: 'INVALID_INPUT',
        details: { fields: ['address', 'phone', 'bank', 'account'] },
      });
    await ok(call(core, 'invoices.delete', { id: saved.invoice.id }));
  });
});
