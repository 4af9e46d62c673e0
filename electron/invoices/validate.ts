import type { MessageKey } from '../../shared/i18n/messages';
import { AppError } from '../../shared/ipc/errors';
import { parseUserAmount } from '../../shared/money/parse';
import type { BuyerInput } from '../../shared/invoices/contract';
import { buyerFor } from '../../shared/invoices/schema';
import { validateUscc } from '../../shared/invoices/uscc';

/** The amount the rep typed for "specified amount" matching: a positive number of cents below 10^13. */
export function parseRequestedAmount(typed: string): string {
  const r = parseUserAmount(typed, { purpose: 'invoice' });
  if (!r.ok)
    throw new AppError('INVALID_INPUT', r.error.code as MessageKey, r.error.params, { field: 'requestedAmount' });
  return r.value;
}

/**
 * Buyer details. A credit code, once typed, must be a valid unified social credit code
 * (GB 32100-2015) even on a draft; `complete` (at issue) applies the whole shared rule the
 * renderer shows (shared/invoices/schema.ts buyerFor): a name, a valid code, phone and
 * account that look like one, and for a special VAT invoice address, phone, bank and account.
 */
export function checkBuyer(buyer: BuyerInput, type: 'ordinary' | 'special', opts: { complete: boolean }): void {
  const code = buyer.creditCode.trim();
  if (code) {
    const check = validateUscc(code);
    if (!check.ok)
      throw new AppError('INVALID_INPUT', check.reason as MessageKey, check.params, { field: 'creditCode' });
  }
  if (!opts.complete) return;
  const r = buyerFor(type).safeParse({
    name: buyer.name,
    creditCode: buyer.creditCode,
    address: buyer.address,
    phone: buyer.phone,
    bank: buyer.bank,
    bankAccount: buyer.account,
  });
  if (r.success) return;
  const issue = r.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  throw new AppError(
    'INVALID_INPUT',
    issue.message as MessageKey,
    {},
    {
      field: field === 'bankAccount' ? 'account' : field,
      fields: r.error.issues.map((i) => (i.path[0] === 'bankAccount' ? 'account' : String(i.path[0]))),
    },
  );
}
