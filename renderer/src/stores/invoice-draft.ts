import type {
  BuyerInput,
  DraftSave,
  InvoiceDetail,
  InvoiceLineView,
  PoolItemView,
} from '../../../shared/invoices/contract';
import {
  matchSpecifiedAmount,
  pickItems,
  PoolError,
  type MatchResult,
  type PoolItem,
} from '../../../shared/invoices/matching';
import { buyerFor } from '../../../shared/invoices/schema';
import { validateUscc } from '../../../shared/invoices/uscc';
import { equals, toFixed2 } from '../../../shared/money/arith';
import { parseUserAmount } from '../../../shared/money/parse';

/**
 * The rules a draft is held to in the renderer, before anything is sent: the live preview
 * of the matching (the same pure function the core re-runs when saving), and what keeps
 * an edit from being saved (an amount or credit code the core would refuse).
 */

/** Everything the rep edits on a draft; the amount is the text as typed. */
export interface DraftFields {
  type: 'ordinary' | 'special';
  mode: 'amount' | 'pick';
  requestedAmount: string;
  itemIds: string[];
  buyer: BuyerInput;
  note: string;
}

/** A message to show: an i18n key (or text the core already worded) and its placeholders. */
export interface Issue {
  key: string;
  params: Record<string, string | number>;
}

export type BuyerField = keyof BuyerInput;

export function fieldsOf(detail: InvoiceDetail): DraftFields {
  const inv = detail.invoice;
  return {
    type: inv.type,
    mode: inv.mode,
    requestedAmount: inv.requestedAmount === null ? '' : toFixed2(inv.requestedAmount),
    itemIds: inv.mode === 'pick' ? detail.lines.map((l) => l.itemId) : [],
    buyer: { ...inv.buyer },
    note: inv.note,
  };
}

/** The pool as the matching takes it. */
export function matchPool(items: readonly PoolItemView[]): PoolItem[] {
  return items.map((i) => ({ id: i.id, kind: i.kind, time: i.time, available: i.available, label: i.description }));
}

export type Preview =
  | { kind: 'empty' }
  | { kind: 'waiting' }
  | { kind: 'invalid'; issue: Issue }
  | { kind: 'matched'; result: Extract<MatchResult, { ok: true }> }
  | { kind: 'poolError'; message: string };

/**
 * What the lines would be: `empty` before an amount is typed or an item picked, `waiting`
 * while the pool is read, the matching's refusal (its message key and params) or its lines.
 */
export function preview(fields: DraftFields, pool: PoolItem[] | null): Preview {
  if (fields.mode === 'amount') {
    if (fields.requestedAmount.trim() === '') return { kind: 'empty' };
    const parsed = parseUserAmount(fields.requestedAmount, { purpose: 'invoice' });
    if (!parsed.ok) return { kind: 'invalid', issue: { key: parsed.error.code, params: parsed.error.params } };
  } else if (fields.itemIds.length === 0) return { kind: 'empty' };
  if (!pool) return { kind: 'waiting' };
  try {
    const result =
      fields.mode === 'amount' ? matchSpecifiedAmount(pool, fields.requestedAmount) : pickItems(pool, fields.itemIds);
    if (!result.ok) return { kind: 'invalid', issue: { key: result.error.code, params: result.error.params } };
    return { kind: 'matched', result };
  } catch (err) {
    if (err instanceof PoolError) return { kind: 'poolError', message: err.message };
    throw err;
  }
}

/** The preview's lines are not the saved ones (the pool changed under a saved draft). */
export function linesMoved(p: Preview, saved: readonly InvoiceLineView[]): boolean {
  if (p.kind !== 'matched') return false;
  const lines = p.result.lines;
  return (
    lines.length !== saved.length ||
    lines.some((l, i) => l.itemId !== saved[i]!.itemId || !equals(l.amount, saved[i]!.amount))
  );
}

/** The credit code's problem, if one is typed and it is not a valid code. */
export function creditCodeIssue(code: string): Issue | null {
  if (code.trim() === '') return null;
  const r = validateUscc(code);
  return r.ok ? null : { key: r.reason, params: r.params };
}

/** What keeps the current edits from being saved: each field with its message. */
export function saveBlockers(
  fields: DraftFields,
  pool: PoolItem[] | null,
): Partial<Record<'amount' | 'pick' | 'creditCode', Issue>> {
  const out: Partial<Record<'amount' | 'pick' | 'creditCode', Issue>> = {};
  const p = preview(fields, pool);
  if (p.kind === 'invalid') out[fields.mode === 'amount' ? 'amount' : 'pick'] = p.issue;
  const code = creditCodeIssue(fields.buyer.creditCode);
  if (code) out.creditCode = code;
  return out;
}

/** The buyer fields that keep a draft from being issued (shared rule: name, code; the rest for 专票). */
export function issueBlockers(fields: DraftFields): Partial<Record<BuyerField, Issue>> {
  const b = fields.buyer;
  const r = buyerFor(fields.type).safeParse({
    name: b.name,
    creditCode: b.creditCode,
    address: b.address,
    phone: b.phone,
    bank: b.bank,
    bankAccount: b.account,
  });
  const out: Partial<Record<BuyerField, Issue>> = {};
  if (r.success) return out;
  for (const issue of r.error.issues) {
    const path = String(issue.path[0] ?? '');
    const field = (path === 'bankAccount' ? 'account' : path) as BuyerField;
    out[field] ??= { key: issue.message, params: (issue as { params?: Record<string, string | number> }).params ?? {} };
  }
  return out;
}

/** The save the core is sent for these fields (the amount as canonical text). */
export function draftSave(id: string, revision: number, fields: DraftFields): DraftSave {
  const amount = fields.requestedAmount.trim();
  const parsed = amount ? parseUserAmount(amount, { purpose: 'invoice' }) : null;
  return {
    id,
    revision,
    type: fields.type,
    mode: fields.mode,
    requestedAmount: fields.mode === 'amount' && parsed?.ok ? parsed.value : null,
    itemIds: fields.mode === 'pick' ? fields.itemIds : [],
    buyer: fields.buyer,
    note: fields.note,
  };
}
