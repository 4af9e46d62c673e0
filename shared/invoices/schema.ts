import { z } from 'zod';
import { fromCents, toCents } from '../money/arith';
import { parseUserAmount } from '../money/parse';
import { LINE_REASON_CODES, type LineReasonCode } from './matching';
import { validateUscc } from './uscc';

/**
 * An invoice and its parts as they cross IPC (design §4, §7). Amounts are decimal text,
 * never numbers: `Cents` is exactly 2 decimals. Messages are i18n keys
 * (shared/i18n/features/invoice-rules.ts); where a message has placeholders the issue
 * carries them in `params`.
 *
 * Two levels: a draft is saved as the rep types (autosave), so its buyer may be
 * incomplete; issuing needs the full rule — `IssuableInvoice`: a valid credit code, and
 * for a special VAT invoice address, phone, bank and account.
 */

export const InvoiceType = z.enum(['ordinary', 'special']);
export type InvoiceType = z.infer<typeof InvoiceType>;
export const InvoiceStatus = z.enum(['draft', 'issued', 'voided']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;
export const PoolItemKind = z.enum(['refund', 'adjustment', 'bill']);
/** How the lines were chosen: a specified amount matched by the rule, or items picked by hand (as stored). */
export const InvoiceMode = z.enum(['amount', 'pick']);

const CENTS = /^-?\d{1,13}\.\d{2}$/;
/** Exactly 2 decimals, optional minus, magnitude below 10^13. */
export const Cents = z.string().regex(CENTS, 'invoice.validation.amount');

/** An amount as the user typed it → canonical invoice amount ("1,234.5" → "1234.50"). */
export const InvoiceAmountText = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const r = parseUserAmount(s, { purpose: 'invoice' });
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.error.code, params: r.error.params });
    return z.NEVER;
  });

/** A unified social credit code as typed → the normalized 18 characters (GB 32100-2015). */
export const CreditCode = z
  .string()
  .max(64, 'invoice.uscc.length')
  .transform((s, ctx) => {
    const r = validateUscc(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.reason, params: r.params });
    return z.NEVER;
  });

const trimmed = (max: number, tooLong: string) =>
  z
    .string()
    .max(max * 2, tooLong)
    .transform((s) => s.trim())
    .refine((s) => s.length <= max, tooLong);

/** Digits, spaces, + - ( ) — a landline with extension or a mobile number. */
const PHONE = /^\+?[0-9][0-9 ()-]{3,30}$/;
/** A bank account number: digits, optionally grouped with spaces or hyphens. */
const BANK_ACCOUNT = /^[0-9][0-9 -]{4,38}[0-9]$/;

/** Buyer fields as saved on a draft: any may still be empty. */
export const InvoiceBuyerDraft = z
  .object({
    name: trimmed(100, 'invoice.validation.nameTooLong').default(''),
    creditCode: trimmed(64, 'invoice.uscc.length').default(''),
    address: trimmed(200, 'invoice.validation.addressTooLong').default(''),
    phone: trimmed(32, 'invoice.validation.phone').default(''),
    bank: trimmed(100, 'invoice.validation.bankTooLong').default(''),
    bankAccount: trimmed(40, 'invoice.validation.bankAccount').default(''),
  })
  .strict();
export type InvoiceBuyerDraft = z.output<typeof InvoiceBuyerDraft>;

const SPECIAL_REQUIRED = {
  address: 'invoice.validation.addressRequired',
  phone: 'invoice.validation.phoneRequired',
  bank: 'invoice.validation.bankRequired',
  bankAccount: 'invoice.validation.bankAccountRequired',
} as const;

/**
 * Buyer fields checked for issuing: a name, a valid credit code; address, phone, bank and
 * account optional on an ordinary invoice and required on a special VAT invoice. Phone
 * and account, when given, must look like one.
 */
export function buyerFor(type: InvoiceType) {
  return InvoiceBuyerDraft.extend({
    name: trimmed(100, 'invoice.validation.nameTooLong').refine((s) => s !== '', 'invoice.validation.nameRequired'),
    creditCode: CreditCode,
  }).superRefine((b, ctx) => {
    const fold = (s: string) => s.normalize('NFKC');
    if (b.phone !== '' && !PHONE.test(fold(b.phone))) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'invoice.validation.phone' });
    }
    if (b.bankAccount !== '' && !BANK_ACCOUNT.test(fold(b.bankAccount))) {
      ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'invoice.validation.bankAccount' });
    }
    if (type !== 'special') return;
    for (const [field, message] of Object.entries(SPECIAL_REQUIRED) as [keyof typeof SPECIAL_REQUIRED, string][]) {
      if (b[field] === '') ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
}
export type InvoiceBuyer = z.output<ReturnType<typeof buyerFor>>;

export const LineReason = z
  .object({
    code: z.enum(LINE_REASON_CODES as [LineReasonCode, ...LineReasonCode[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .strict();

/**
 * One invoice line: what it takes from one pool item. `itemAmount` and `remainder` are
 * the item's invoiceable amount when the line was made and what it left (a snapshot for
 * the rep; the authority at issue time is checkAllocations against the current pool).
 */
export const InvoiceLine = z
  .object({
    itemId: z.string().min(1).max(128),
    kind: PoolItemKind,
    time: z.string().max(40),
    amount: Cents,
    itemAmount: Cents,
    remainder: Cents,
    reason: LineReason,
  })
  .strict()
  .superRefine((l, ctx) => {
    if (![l.amount, l.itemAmount, l.remainder].every((a) => CENTS.test(a))) return;
    const amount = toCents(l.amount);
    const item = toCents(l.itemAmount);
    const sameSign = amount > 0n ? item > 0n : amount < 0n ? item < 0n : false;
    if (!sameSign || (amount > 0n ? amount > item : amount < item)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'invoice.validation.lineExceedsItem' });
    }
    if (toCents(l.remainder) !== item - amount) {
      ctx.addIssue({ code: 'custom', path: ['remainder'], message: 'invoice.validation.remainderMismatch' });
    }
  });
export type InvoiceLine = z.output<typeof InvoiceLine>;

/** A pool item as it crosses IPC (the renderer's live preview runs the same matching). */
export const InvoicePoolItem = z
  .object({
    id: z.string().min(1).max(128),
    kind: PoolItemKind,
    time: z.string().max(40),
    available: z.string().regex(/^-?\d{1,13}(\.\d{1,2})?$/, 'invoice.validation.amount'),
    label: z.string().max(200).optional(),
  })
  .strict();

const draftShape = {
  customerId: z.string().min(1).max(64),
  type: InvoiceType,
  buyer: InvoiceBuyerDraft,
  mode: InvoiceMode,
  /** T, when the lines came from 指定金额开票. */
  requestedAmount: Cents.nullable(),
  lines: z.array(InvoiceLine).max(10_000),
  total: Cents,
};

type DraftLike = { mode: string; requestedAmount: string | null; lines: InvoiceLine[]; total: string };

function checkLines(inv: DraftLike, ctx: z.RefinementCtx): void {
  if (!CENTS.test(inv.total) || inv.lines.some((l) => !CENTS.test(l.amount))) return;
  if (inv.requestedAmount !== null && !CENTS.test(inv.requestedAmount)) return;
  let total = 0n;
  const seen = new Set<string>();
  inv.lines.forEach((l, i) => {
    total += toCents(l.amount);
    if (seen.has(l.itemId)) {
      ctx.addIssue({ code: 'custom', path: ['lines', i, 'itemId'], message: 'invoice.validation.duplicateLine' });
    }
    seen.add(l.itemId);
  });
  if (toCents(inv.total) !== total) {
    ctx.addIssue({
      code: 'custom',
      path: ['total'],
      message: 'invoice.validation.totalMismatch',
      params: { total: inv.total, sum: fromCents(total) },
    });
  }
  if (inv.mode === 'amount' && inv.requestedAmount !== null && inv.lines.length > 0) {
    if (toCents(inv.requestedAmount) !== total) {
      ctx.addIssue({ code: 'custom', path: ['requestedAmount'], message: 'invoice.validation.requestedMismatch' });
    }
  }
}

/** A draft as saved (autosave): lines consistent with the total; the buyer may be incomplete. */
export const InvoiceDraft = z.object(draftShape).strict().superRefine(checkLines);
export type InvoiceDraft = z.output<typeof InvoiceDraft>;

/** A draft ready to issue: the buyer rule for its type, at least one line, a total above 0. */
export const IssuableInvoice = InvoiceDraft.superRefine((inv, ctx) => {
  const buyer = buyerFor(inv.type).safeParse(inv.buyer);
  if (!buyer.success) {
    for (const issue of buyer.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: ['buyer', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
        params: (issue as { params?: Record<string, unknown> }).params ?? {},
      });
    }
  }
  if (inv.lines.length === 0) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'invoice.validation.noLines' });
  else if (CENTS.test(inv.total) && toCents(inv.total) <= 0n) {
    ctx.addIssue({ code: 'custom', path: ['total'], message: 'invoice.validation.totalNotPositive' });
  }
});

/** A stored invoice as the core returns it. Issued and voided invoices carry their number. */
export const Invoice = z
  .object({
    ...draftShape,
    id: z.string().min(1).max(64),
    status: InvoiceStatus,
    number: z.string().max(64).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    issuedAt: z.string().nullable(),
    voidedAt: z.string().nullable(),
  })
  .strict()
  .superRefine(checkLines)
  .superRefine((inv, ctx) => {
    if (inv.status !== 'draft' && (inv.number === null || inv.issuedAt === null)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'invoice.validation.numberMissing' });
    }
    if ((inv.status === 'voided') !== (inv.voidedAt !== null)) {
      ctx.addIssue({ code: 'custom', path: ['voidedAt'], message: 'invoice.validation.voidedAt' });
    }
  });
export type Invoice = z.output<typeof Invoice>;
