import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../shared/i18n/messages';
import { matchSpecifiedAmount, pickItems, type PoolItem } from '../../shared/invoices/matching';
import {
  CreditCode,
  Invoice,
  InvoiceAmountText,
  InvoiceBuyerDraft,
  InvoiceDraft,
  InvoiceLine,
  InvoicePoolItem,
  IssuableInvoice,
  buyerFor,
} from '../../shared/invoices/schema';

const CODE = '914403001922038216';
const fullBuyer = {
  name: '示例科技有限公司',
  creditCode: CODE,
  address: '深圳市龙岗区坂田街道 1 号',
  phone: '0755-28780808',
  bank: '中国银行深圳分行',
  bankAccount: '7559 1234 5678 9012',
};
const pool: PoolItem[] = [
  { id: 'R1', kind: 'refund', time: '2024-03-01', available: '-50.00' },
  { id: 'B1', kind: 'bill', time: '2024-01-01', available: '100.00' },
  { id: 'B2', kind: 'bill', time: '2024-02-01', available: '200.00' },
];
function matched(t: string) {
  const r = matchSpecifiedAmount(pool, t);
  if (!r.ok) throw new Error(r.error.code);
  return r;
}
const draft = (over: Record<string, unknown> = {}) => {
  const r = matched('120');
  return {
    customerId: 'c-1',
    type: 'ordinary',
    buyer: fullBuyer,
    mode: 'amount',
    requestedAmount: '120.00',
    lines: r.lines,
    total: r.total,
    ...over,
  };
};
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('invoice schemas', () => {
  it('matched lines are valid invoice lines, and a matched draft is valid and issuable', () => {
    const d = draft();
    for (const l of d.lines) expect(InvoiceLine.safeParse(l).success).toBe(true);
    expect(messages(InvoiceDraft.safeParse(d))).toEqual([]);
    expect(messages(IssuableInvoice.safeParse(d))).toEqual([]);
    const picked = pickItems(pool, ['B2']);
    if (!picked.ok) throw new Error(picked.error.code);
    const p = draft({ mode: 'pick', requestedAmount: null, lines: picked.lines, total: picked.total });
    expect(messages(IssuableInvoice.safeParse(p))).toEqual([]);
  });

  it('amounts are decimal strings with exactly 2 decimals, never numbers', () => {
    const [line] = draft().lines;
    expect(InvoiceLine.safeParse({ ...line, amount: -50 }).success).toBe(false);
    expect(messages(InvoiceLine.safeParse({ ...line, amount: '-50' }))).toEqual(['amount: invoice.validation.amount']);
    expect(messages(InvoiceDraft.safeParse(draft({ total: 120 })))[0]).toMatch(/^total: /);
  });

  it('a line cannot take more than its item had, nor change its sign; the remainder must add up', () => {
    const [, , last] = draft().lines; // B2: 70.00 of 200.00, remainder 130.00
    expect(messages(InvoiceLine.safeParse({ ...last, amount: '200.01', remainder: '-0.01' }))).toEqual([
      'amount: invoice.validation.lineExceedsItem',
    ]);
    expect(messages(InvoiceLine.safeParse({ ...last, amount: '-70.00', remainder: '270.00' }))).toEqual([
      'amount: invoice.validation.lineExceedsItem',
    ]);
    expect(messages(InvoiceLine.safeParse({ ...last, remainder: '129.99' }))).toEqual([
      'remainder: invoice.validation.remainderMismatch',
    ]);
  });

  it('the total must be the sum of the lines, the requested amount must match, no item twice', () => {
    expect(messages(InvoiceDraft.safeParse(draft({ total: '120.01' })))).toEqual([
      'total: invoice.validation.totalMismatch',
    ]);
    expect(messages(InvoiceDraft.safeParse(draft({ requestedAmount: '121.00' })))).toEqual([
      'requestedAmount: invoice.validation.requestedMismatch',
    ]);
    const d = draft();
    const twice = [...d.lines, d.lines[1]];
    expect(messages(InvoiceDraft.safeParse(draft({ lines: twice, total: '220.00', requestedAmount: null })))).toEqual([
      'lines.3.itemId: invoice.validation.duplicateLine',
    ]);
  });

  it('a draft may be incomplete (autosave); issuing needs the buyer rule', () => {
    const bare = draft({ buyer: {}, lines: [], total: '0.00', requestedAmount: null });
    const parsed = InvoiceDraft.safeParse(bare);
    expect(messages(parsed)).toEqual([]);
    expect(parsed.data?.buyer).toEqual({ name: '', creditCode: '', address: '', phone: '', bank: '', bankAccount: '' });
    expect(messages(IssuableInvoice.safeParse(bare))).toEqual([
      'buyer.name: invoice.validation.nameRequired',
      'buyer.creditCode: invoice.uscc.empty',
      'lines: invoice.validation.noLines',
    ]);
  });

  it('special VAT invoice: address, phone, bank and account are required; optional on an ordinary one', () => {
    const minimal = { name: '示例科技有限公司', creditCode: CODE };
    expect(messages(buyerFor('ordinary').safeParse(minimal))).toEqual([]);
    expect(messages(buyerFor('special').safeParse(minimal))).toEqual([
      'address: invoice.validation.addressRequired',
      'phone: invoice.validation.phoneRequired',
      'bank: invoice.validation.bankRequired',
      'bankAccount: invoice.validation.bankAccountRequired',
    ]);
    expect(messages(buyerFor('special').safeParse({ ...minimal, address: '  ', phone: '', bank: 'x' }))).toEqual([
      'address: invoice.validation.addressRequired',
      'phone: invoice.validation.phoneRequired',
      'bankAccount: invoice.validation.bankAccountRequired',
    ]);
    expect(messages(buyerFor('special').safeParse(fullBuyer))).toEqual([]);
    expect(messages(IssuableInvoice.safeParse(draft({ type: 'special', buyer: minimal })))).toEqual([
      'buyer.address: invoice.validation.addressRequired',
      'buyer.phone: invoice.validation.phoneRequired',
      'buyer.bank: invoice.validation.bankRequired',
      'buyer.bankAccount: invoice.validation.bankAccountRequired',
    ]);
  });

  it('buyer fields: trimmed, credit code normalized and checked, phone and account shapes', () => {
    const r = buyerFor('ordinary').safeParse({
      ...fullBuyer,
      name: '  示例（深圳）有限公司 ',
      creditCode: ' ９１４４０３００１９２２０３８２１６ ',
    });
    expect(r.success && r.data.name).toBe('示例（深圳）有限公司'); // full-width parentheses kept: it is the legal name
    expect(r.success && r.data.creditCode).toBe(CODE);
    expect(messages(buyerFor('ordinary').safeParse({ ...fullBuyer, creditCode: '914403001922038217' }))).toEqual([
      'creditCode: invoice.uscc.check',
    ]);
    expect(messages(buyerFor('ordinary').safeParse({ ...fullBuyer, phone: 'call me' }))).toEqual([
      'phone: invoice.validation.phone',
    ]);
    expect(messages(buyerFor('ordinary').safeParse({ ...fullBuyer, bankAccount: '12-ab' }))).toEqual([
      'bankAccount: invoice.validation.bankAccount',
    ]);
    expect(messages(buyerFor('ordinary').safeParse({ ...fullBuyer, phone: '+86 (755) 2878-0808' }))).toEqual([]);
    expect(messages(InvoiceBuyerDraft.safeParse({ ...fullBuyer, name: 'x'.repeat(101) }))).toEqual([
      'name: invoice.validation.nameTooLong',
    ]);
    expect(InvoiceBuyerDraft.safeParse({ ...fullBuyer, extra: 1 }).success).toBe(false);
  });

  it('credit code and amount text schemas carry the message params', () => {
    const code = CreditCode.safeParse('123');
    expect(code.success ? null : code.error.issues[0]).toMatchObject({
      message: 'invoice.uscc.length',
      params: { length: 3 },
    });
    expect(InvoiceAmountText.parse(' 1,234.5 ')).toBe('1234.50');
    const bad = InvoiceAmountText.safeParse('1.234');
    expect(bad.success ? null : bad.error.issues[0]).toMatchObject({
      message: 'money.error.tooManyDecimals',
      params: { max: 2, decimals: 3 },
    });
  });

  it('stored invoices: issued and voided ones carry a number; status rules', () => {
    const base = { ...draft(), id: 'inv-1', createdAt: '2024-05-01T00:00:00Z', updatedAt: '2024-05-01T00:00:00Z' };
    const issued = { ...base, status: 'issued', number: 'PW-000001', issuedAt: '2024-05-02T00:00:00Z', voidedAt: null };
    expect(messages(Invoice.safeParse(issued))).toEqual([]);
    expect(messages(Invoice.safeParse({ ...issued, status: 'voided', voidedAt: '2024-05-03T00:00:00Z' }))).toEqual([]);
    expect(messages(Invoice.safeParse({ ...issued, number: null }))).toEqual([
      'number: invoice.validation.numberMissing',
    ]);
    expect(messages(Invoice.safeParse({ ...issued, status: 'voided' }))).toEqual([
      'voidedAt: invoice.validation.voidedAt',
    ]);
    expect(messages(Invoice.safeParse({ ...issued, status: 'draft', number: null, issuedAt: null }))).toEqual([]);
    expect(Invoice.safeParse({ ...issued, status: 'paid' }).success).toBe(false);
  });

  it('pool items as they cross IPC', () => {
    for (const p of pool) expect(InvoicePoolItem.safeParse(p).success).toBe(true);
    expect(InvoicePoolItem.safeParse({ ...pool[0], available: -50 }).success).toBe(false);
    expect(messages(InvoicePoolItem.safeParse({ ...pool[0], available: '1.005' }))).toEqual([
      'available: invoice.validation.amount',
    ]);
  });

  it('every message the schemas use is an i18n key', () => {
    const samples = [
      IssuableInvoice.safeParse(draft({ type: 'special', buyer: { creditCode: 'x', phone: '?', bankAccount: '?' } })),
      InvoiceDraft.safeParse(draft({ total: '1.00', requestedAmount: '2.00' })),
      Invoice.safeParse({
        ...draft(),
        status: 'issued',
        id: 'x',
        number: null,
        createdAt: '',
        updatedAt: '',
        issuedAt: null,
        voidedAt: '',
      }),
    ];
    const all = samples.flatMap((r) => (r.success ? [] : r.error.issues.map((i) => i.message)));
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((m) => !isMessageKey(m))).toEqual([]);
  });
});
