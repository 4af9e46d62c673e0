import type Database from 'better-sqlite3';
import { fromUnits, toUnits } from '../../shared/money/units';
import { readOp, writeOp } from '../db/operation';
import { stmt } from '../db/statements';
import { checkAllocations } from '../../shared/invoices/matching';
import { matchLines, type MatchRefusal } from './match';
import { readPool, type ItemKind } from './pool';

export type InvoiceStatus = 'draft' | 'issued' | 'voided';
export type InvoiceType = 'ordinary' | 'special';
export type InvoiceMode = 'amount' | 'pick';

export interface Buyer {
  name: string;
  creditCode: string;
  address: string;
  phone: string;
  bank: string;
  account: string;
}

export interface LineRecord {
  lineNo: number;
  itemId: string;
  kind: ItemKind;
  itemTime: string | null;
  /** decimal text, cents */
  amount: string;
  /** the item's remaining amount when it was matched (decimal text) */
  itemAmount: string;
  reason: string;
  description: string;
}

export interface InvoiceRecord {
  id: string;
  profileId: string;
  customerId: string;
  customerName: string | null;
  type: InvoiceType;
  status: InvoiceStatus;
  number: string | null;
  mode: InvoiceMode;
  requestedAmount: string | null;
  totalAmount: string;
  buyer: Buyer;
  note: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  issuedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** What a write reports instead of throwing across the worker boundary: the service turns it into an AppError. */
export type Refusal =
  { refused: 'notFound' | 'notDraft' | 'notIssued' | 'stale' } | { refused: 'conflict'; items: string[] };

interface InvoiceRow {
  id: string;
  profile_id: string;
  customer_id: string;
  customer_name: string | null;
  type: InvoiceType;
  status: InvoiceStatus;
  number: string | null;
  mode: InvoiceMode;
  requested_amount: bigint | null;
  total_amount: bigint;
  buyer_name: string;
  buyer_credit_code: string;
  buyer_address: string;
  buyer_phone: string;
  buyer_bank: string;
  buyer_account: string;
  note: string;
  revision: bigint;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

function toRecord(r: InvoiceRow): InvoiceRecord {
  return {
    id: r.id,
    profileId: r.profile_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    type: r.type,
    status: r.status,
    number: r.number,
    mode: r.mode,
    requestedAmount: r.requested_amount === null ? null : fromUnits(r.requested_amount),
    totalAmount: fromUnits(r.total_amount),
    buyer: {
      name: r.buyer_name,
      creditCode: r.buyer_credit_code,
      address: r.buyer_address,
      phone: r.buyer_phone,
      bank: r.buyer_bank,
      account: r.buyer_account,
    },
    note: r.note,
    revision: Number(r.revision),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    issuedAt: r.issued_at,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
  };
}

export function getInvoice(db: Database.Database, id: string): InvoiceRecord | null {
  const row = stmt(db, 'inv.get', () => 'SELECT * FROM invoices WHERE id = ?')
    .safeIntegers(true)
    .get(id) as InvoiceRow | undefined;
  return row ? toRecord(row) : null;
}

export function getLines(db: Database.Database, id: string): LineRecord[] {
  const rows = stmt(db, 'inv.lines', () => 'SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no')
    .safeIntegers(true)
    .all(id) as {
    line_no: bigint;
    item_id: string;
    kind: ItemKind;
    item_time: string | null;
    amount: bigint;
    item_amount: bigint;
    reason: string;
    description: string;
  }[];
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    itemId: r.item_id,
    kind: r.kind,
    itemTime: r.item_time,
    amount: fromUnits(r.amount),
    itemAmount: fromUnits(r.item_amount),
    reason: r.reason,
    description: r.description,
  }));
}

function audit(db: Database.Database, id: string, at: string, actor: string, action: string, detail: unknown) {
  stmt(
    db,
    'inv.audit',
    () => 'INSERT INTO invoice_audit (invoice_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(id, at, actor, action, JSON.stringify(detail));
}

function replaceLines(db: Database.Database, id: string, lines: Omit<LineRecord, 'lineNo'>[]): bigint {
  stmt(db, 'inv.lines.del', () => 'DELETE FROM invoice_lines WHERE invoice_id = ?').run(id);
  const insert = stmt(
    db,
    'inv.lines.put',
    () => `INSERT INTO invoice_lines (invoice_id, line_no, item_id, kind, item_time, amount, item_amount, reason, description)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let total = 0n;
  lines.forEach((l, i) => {
    const amount = toUnits(l.amount);
    total += amount;
    insert.run(id, i + 1, l.itemId, l.kind, l.itemTime, amount, toUnits(l.itemAmount), l.reason, l.description);
  });
  return total;
}

export interface DraftChanges {
  type: InvoiceType;
  mode: InvoiceMode;
  requestedAmount: string | null;
  buyer: Buyer;
  note: string;
}

export const invoiceOps = {
  'invoices.pool': readOp((db, input: { customerId: string; exceptInvoice: string | null }) =>
    readPool(db, input.customerId, input.exceptInvoice),
  ),

  'invoices.get': readOp((db, id: string) => {
    const invoice = getInvoice(db, id);
    if (!invoice) return null;
    const trail = db
      .prepare('SELECT at, actor, action, detail FROM invoice_audit WHERE invoice_id = ? ORDER BY id')
      .all(id) as AuditEntry[];
    return { invoice, lines: getLines(db, id), audit: trail };
  }),

  'invoices.list': readOp(
    (
      db,
      input: {
        status: InvoiceStatus | null;
        customerId: string | null;
        search: string | null;
        offset: number;
        limit: number;
      },
    ) => {
      const where: string[] = [];
      const params: unknown[] = [];
      if (input.status) {
        where.push('status = ?');
        params.push(input.status);
      }
      if (input.customerId) {
        where.push('customer_id = ?');
        params.push(input.customerId);
      }
      if (input.search) {
        where.push("(number LIKE ? ESCAPE '\\' OR buyer_name LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')");
        const like = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        params.push(like, like, like);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = db
        .prepare(`SELECT count(*) FROM invoices ${clause}`)
        .pluck()
        .get(...params) as number;
      const rows = db
        .prepare(`SELECT * FROM invoices ${clause} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`)
        .safeIntegers(true)
        .all(...params, input.limit, input.offset) as InvoiceRow[];
      return { total, rows: rows.map(toRecord) };
    },
  ),

  /** A new, empty draft for one customer. */
  'invoices.create': writeOp(
    (
      db,
      input: { id: string; profileId: string; customerId: string; type: InvoiceType; now: string; actor: string },
    ): InvoiceRecord | Refusal =>
      db.transaction(() => {
        const name = db.prepare('SELECT name FROM customers WHERE customer_id = ?').pluck().get(input.customerId) as
          string | null | undefined;
        if (name === undefined) return { refused: 'notFound' as const };
        db.prepare(
          `INSERT INTO invoices (id, profile_id, customer_id, customer_name, type, status, mode, buyer_name, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'draft', 'amount', ?, ?, ?)`,
        ).run(input.id, input.profileId, input.customerId, name, input.type, name ?? '', input.now, input.now);
        audit(db, input.id, input.now, input.actor, 'create', { customerId: input.customerId, type: input.type });
        return getInvoice(db, input.id)!;
      })(),
    { durable: true },
  ),

  /**
   * Saves a draft's fields and lines. The matching runs again here, on the pool read inside
   * this transaction (the authoritative run; the renderer only previewed it), so two drafts
   * saved one after the other never take the same cents. A selection that cannot be matched
   * (the amount is above what is left) saves nothing and says why.
   */
  'invoices.saveDraft': writeOp(
    (
      db,
      input: { id: string; revision: number; changes: DraftChanges; itemIds: string[]; now: string; actor: string },
    ): { invoice: InvoiceRecord; lines: LineRecord[] } | Refusal | MatchRefusal =>
      db.transaction(() => {
        const current = getInvoice(db, input.id);
        if (!current) return { refused: 'notFound' as const };
        if (current.status !== 'draft') return { refused: 'notDraft' as const };
        if (current.revision !== input.revision) return { refused: 'stale' as const };
        const c = input.changes;
        const pool = readPool(db, current.customerId, current.id);
        const matched = matchLines(pool, c.mode, c.requestedAmount, input.itemIds);
        if ('refused' in matched) return matched;
        const total = replaceLines(db, current.id, matched.lines);
        db.prepare(
          `UPDATE invoices SET type = ?, mode = ?, requested_amount = ?, total_amount = ?, buyer_name = ?, buyer_credit_code = ?,
             buyer_address = ?, buyer_phone = ?, buyer_bank = ?, buyer_account = ?, note = ?, revision = revision + 1, updated_at = ?
           WHERE id = ?`,
        ).run(
          c.type,
          c.mode,
          c.requestedAmount === null ? null : toUnits(c.requestedAmount),
          total,
          c.buyer.name,
          c.buyer.creditCode,
          c.buyer.address,
          c.buyer.phone,
          c.buyer.bank,
          c.buyer.account,
          c.note,
          input.now,
          current.id,
        );
        audit(db, current.id, input.now, input.actor, 'save', {
          ...changed(current, c),
          lines: matched.lines.length,
          total: fromUnits(total),
        });
        return { invoice: getInvoice(db, current.id)!, lines: getLines(db, current.id) };
      })(),
    { durable: true },
  ),

  /**
   * Issues a draft: its lines must still fit the pool (else a conflict naming the items,
   * and the draft stays as it was), it gets the next number of its profile's sequence, and
   * its amounts are locked. One transaction: a crash leaves a draft or an issued invoice,
   * never half of one.
   */
  'invoices.issue': writeOp(
    (
      db,
      input: { id: string; revision: number; now: string; actor: string; defaultPrefix: string },
    ): InvoiceRecord | Refusal =>
      db.transaction(() => {
        const current = getInvoice(db, input.id);
        if (!current) return { refused: 'notFound' as const };
        if (current.status !== 'draft') return { refused: 'notDraft' as const };
        if (current.revision !== input.revision) return { refused: 'stale' as const };
        const lines = getLines(db, current.id);
        const check = checkAllocations(readPool(db, current.customerId, current.id), lines);
        if (!check.ok) return { refused: 'conflict' as const, items: check.conflicts.map((c) => c.itemId) };
        const number = nextNumber(db, current.profileId, input.defaultPrefix, input.now);
        db.prepare(
          "UPDATE invoices SET status = 'issued', number = ?, issued_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?",
        ).run(number, input.now, input.now, current.id);
        audit(db, current.id, input.now, input.actor, 'issue', { number, total: current.totalAmount });
        return getInvoice(db, current.id)!;
      })(),
    { durable: true },
  ),

  /** Voids an issued invoice: its lines stop counting, so the items are invoiceable again. */
  'invoices.void': writeOp(
    (db, input: { id: string; reason: string; now: string; actor: string }): InvoiceRecord | Refusal =>
      db.transaction(() => {
        const current = getInvoice(db, input.id);
        if (!current) return { refused: 'notFound' as const };
        if (current.status !== 'issued') return { refused: 'notIssued' as const };
        db.prepare(
          "UPDATE invoices SET status = 'voided', voided_at = ?, void_reason = ?, updated_at = ?, revision = revision + 1 WHERE id = ?",
        ).run(input.now, input.reason, input.now, current.id);
        audit(db, current.id, input.now, input.actor, 'void', { reason: input.reason });
        return getInvoice(db, current.id)!;
      })(),
    { durable: true },
  ),

  /** Deletes a draft (its audit trail stays). */
  'invoices.deleteDraft': writeOp(
    (db, input: { id: string; now: string; actor: string }): { deleted: true } | Refusal =>
      db.transaction(() => {
        const current = getInvoice(db, input.id);
        if (!current) return { refused: 'notFound' as const };
        if (current.status !== 'draft') return { refused: 'notDraft' as const };
        db.prepare('DELETE FROM invoices WHERE id = ?').run(current.id);
        audit(db, current.id, input.now, input.actor, 'delete', {});
        return { deleted: true as const };
      })(),
    { durable: true },
  ),

  'invoices.sequence': readOp((db, profileId: string) => {
    return (
      (db
        .prepare('SELECT prefix, next_number AS nextNumber FROM invoice_sequences WHERE profile_id = ?')
        .get(profileId) as { prefix: string; nextNumber: number } | undefined) ?? null
    );
  }),

  'invoices.setPrefix': writeOp(
    (db, input: { profileId: string; prefix: string }) => {
      db.prepare(
        `INSERT INTO invoice_sequences (profile_id, prefix, next_number) VALUES (?, ?, 1)
         ON CONFLICT (profile_id) DO UPDATE SET prefix = excluded.prefix`,
      ).run(input.profileId, input.prefix);
      return { prefix: input.prefix };
    },
    { durable: true },
  ),
};

/** The profile's next invoice number: prefix + 8 digits, from a sequence that never goes back. */
function nextNumber(db: Database.Database, profileId: string, defaultPrefix: string, _now: string): string {
  db.prepare(
    'INSERT INTO invoice_sequences (profile_id, prefix, next_number) VALUES (?, ?, 1) ON CONFLICT (profile_id) DO NOTHING',
  ).run(profileId, defaultPrefix);
  const seq = db
    .prepare('SELECT prefix, next_number AS n FROM invoice_sequences WHERE profile_id = ?')
    .get(profileId) as { prefix: string; n: number };
  db.prepare('UPDATE invoice_sequences SET next_number = next_number + 1 WHERE profile_id = ?').run(profileId);
  return `${seq.prefix}${String(seq.n).padStart(8, '0')}`;
}

/** Which draft fields a save changed, for the audit trail (values, never whole documents). */
function changed(before: InvoiceRecord, c: DraftChanges): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (before.type !== c.type) out.type = c.type;
  if (before.mode !== c.mode) out.mode = c.mode;
  // By value: the stored amount reads back as "5000", the parsed one is "5000.00".
  if ((before.requestedAmount && toUnits(before.requestedAmount)) !== (c.requestedAmount && toUnits(c.requestedAmount)))
    out.requestedAmount = c.requestedAmount;
  if (before.note !== c.note) out.note = c.note;
  for (const k of Object.keys(c.buyer) as (keyof Buyer)[])
    if (before.buyer[k] !== c.buyer[k]) out[`buyer.${k}`] = c.buyer[k];
  return out;
}
