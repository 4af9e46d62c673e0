import type { MessageKey } from '../../shared/i18n/messages';
import { AppError } from '../../shared/ipc/errors';
import { parseUserAmount } from '../../shared/money/parse';
import type { BuyerInput } from '../../shared/invoices/contract';
import { validateUscc } from '../../shared/invoices/uscc';

/** The amount the rep typed for "specified amount" matching: a positive number of cents below 10^13. */
export function parseRequestedAmount(typed: string): string {
  const r = parseUserAmount(typed, { purpose: 'invoice' });
  if (!r.ok)
    throw new AppError('INVALID_INPUT', r.error.code as MessageKey, r.error.params, { field: 'requestedAmount' });
  return r.value;
}

const SPECIAL_FIELDS = ['address', 'phone', 'bank', 'account'] as const;

/**
 * Buyer details. A credit code, once typed, must be a valid unified social credit code
 * (GB 32100-2015) even on a draft; `complete` (at issue) also needs the name and, for a
 * special VAT invoice, address, phone, bank and account.
 */
export function checkBuyer(buyer: BuyerInput, type: 'ordinary' | 'special', opts: { complete: boolean }): void {
  const code = buyer.creditCode.trim();
  if (code) {
    const check = validateUscc(code);
    if (!check.ok)
      throw new AppError('INVALID_INPUT', check.reason as MessageKey, check.params, { field: 'creditCode' });
  }
  if (!opts.complete) return;
  if (!buyer.name.trim()) throw new AppError('INVALID_INPUT', 'invoices.error.buyerName', {}, { field: 'name' });
  if (type === 'special') {
    const missing = SPECIAL_FIELDS.filter((f) => !buyer[f].trim());
    if (missing.length) throw new AppError('INVALID_INPUT', 'invoices.error.specialRequires', {}, { missing });
  }
}
