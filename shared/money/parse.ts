import { dec, text } from './arith';

/**
 * Parsing an amount typed by a user (design §6): strict about what the number is, lenient
 * about how it is written.
 *
 * Accepted: `1234.5`, `1,234.50` (comma groups of three), `.5`, `5.`, full-width digits and
 * separators (`１２３４．５`, `１，２３４`), a leading `+`/`-` (also full-width `－` and `−`),
 * a leading `¥`/`￥`/`CNY` (so the app's own formatted text can be pasted back), surrounding
 * spaces (any Unicode space, full-width included). Trailing zeros do not count as
 * decimals: `1.500` is 1.50.
 *
 * Refused, each with its own message key and params: empty text, `NaN`/`Infinity`,
 * exponent notation (`1e3`), more than one sign (`--1`), misplaced group separators
 * (`1,23`), anything else that is not a plain number, more decimals than the purpose
 * allows (2 for an invoice amount, 8 — the API's precision — otherwise), a magnitude of
 * 10^13 or more, and for an invoice amount zero or a negative value.
 */

export type AmountPurpose = 'invoice' | 'general';

/** The error codes are i18n keys (shared/i18n/features/money.ts). */
export const MONEY_ERROR_CODES = [
  'money.error.empty',
  'money.error.notANumber',
  'money.error.exponent',
  'money.error.sign',
  'money.error.grouping',
  'money.error.format',
  'money.error.tooManyDecimals',
  'money.error.tooLarge',
  'money.error.zero',
  'money.error.negative',
] as const;
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[number];

export interface MoneyErrorInfo {
  code: MoneyErrorCode;
  params: Record<string, string | number>;
}

export type ParseAmountResult = { ok: true; value: string } | { ok: false; error: MoneyErrorInfo };

/** Thrown by requireUserAmount; `code` is an i18n key, `params` fill its placeholders. */
export class MoneyInputError extends Error {
  constructor(
    readonly code: MoneyErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'MoneyInputError';
  }
}

/** Amounts must be below this in magnitude (10^13 yuan). */
export const AMOUNT_LIMIT = '10000000000000';
const LIMIT_TEXT = '10,000,000,000,000';
const MAX_DECIMALS: Record<AmountPurpose, number> = { invoice: 2, general: 8 };
/** Longer input is refused before any work (no number the app accepts needs more). */
const MAX_INPUT = 200;

function fail(code: MoneyErrorCode, params: Record<string, string | number> = {}): ParseAmountResult {
  return { ok: false, error: { code, params } };
}

/** What the user typed, shortened for a message. */
function shown(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

const PLAIN = /^(\d+)?(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Parses user input. On success `value` is canonical text: exactly 2 decimals for an
 * invoice amount (`"1234.50"`), the shortest exact form otherwise (`"-0.00000001"`).
 */
export function parseUserAmount(input: string, options: { purpose: AmountPurpose }): ParseAmountResult {
  const { purpose } = options;
  if (typeof input !== 'string') return fail('money.error.notANumber', { text: '' });
  const s = input
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
  if (s === '') return fail('money.error.empty');
  if (s.length > MAX_INPUT) return fail('money.error.format', { text: shown(s) });

  const signs = /^[+-]*/.exec(s)![0];
  let body = s.slice(signs.length).trimStart();
  if (signs.length > 1) return fail('money.error.sign', { text: shown(s) });
  const currency = /^(?:¥|CNY)\s*/i.exec(body);
  if (currency) body = body.slice(currency[0].length);

  if (/^(nan|inf(inity)?)$/i.test(body)) return fail('money.error.notANumber', { text: shown(s) });
  if (/^[\d.,]+e[+-]?\d*$/i.test(body)) return fail('money.error.exponent', { text: shown(s) });
  if (/[+-]/.test(body)) return fail('money.error.sign', { text: shown(s) });

  const m = PLAIN.exec(body) ?? GROUPED.exec(body);
  if (!m || (m[1] === undefined && !m[2])) {
    const looksGrouped = /^[\d,]+(?:\.\d*)?$/.test(body) && body.includes(',');
    return fail(looksGrouped ? 'money.error.grouping' : 'money.error.format', { text: shown(s) });
  }
  const intPart = (m[1] ?? '0').replace(/,/g, '');
  const fracPart = (m[2] ?? '').replace(/0+$/, '');

  const maxDecimals = MAX_DECIMALS[purpose];
  if (fracPart.length > maxDecimals) {
    return fail('money.error.tooManyDecimals', { max: maxDecimals, decimals: fracPart.length });
  }
  const value = dec(`${signs === '-' ? '-' : ''}${intPart}.${fracPart || '0'}`);
  if (value.abs().gte(AMOUNT_LIMIT)) return fail('money.error.tooLarge', { limit: LIMIT_TEXT });
  if (purpose === 'invoice') {
    if (value.isZero()) return fail('money.error.zero');
    if (value.isNegative()) return fail('money.error.negative');
    return { ok: true, value: value.toFixed(2) };
  }
  return { ok: true, value: text(value) };
}

/** parseUserAmount, throwing MoneyInputError instead of returning the error. */
export function requireUserAmount(input: string, options: { purpose: AmountPurpose }): string {
  const r = parseUserAmount(input, options);
  if (!r.ok) throw new MoneyInputError(r.error.code, r.error.params);
  return r.value;
}
