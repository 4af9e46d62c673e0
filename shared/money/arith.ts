import Decimal from 'decimal.js';

/**
 * Exact arithmetic on amounts (design §6). Amounts cross every boundary as decimal text;
 * inside, decimal.js does the arithmetic. decimal.js rounds every operation's result to its
 * `precision` significant digits (20 by default — too few for a sum of 8-decimal amounts in
 * the billions), so the money module uses its own clone with 1000: every sum an app can
 * meet is exact, and a result that would need more digits than that is refused rather than
 * rounded.
 */
export const MoneyDecimal = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_EVEN });
export type MoneyDecimal = Decimal;

const MAX_DIGITS = 1000;

function exact(d: Decimal): Decimal {
  if (!d.isFinite() || d.precision() >= MAX_DIGITS) throw new RangeError('amount out of exact range');
  return d;
}

/** Decimal text → decimal (exponent notation from the API is fine; NaN/Infinity are not). */
export function dec(amount: string | Decimal): Decimal {
  return exact(new MoneyDecimal(amount));
}

/** Canonical text of an exact value: no exponent, no trailing fraction zeros, "-0" is "0". */
export function text(d: Decimal): string {
  return d.isZero() ? '0' : d.toFixed();
}

export function add(...amounts: string[]): string {
  return sum(amounts);
}

export function sub(a: string, b: string): string {
  return text(exact(dec(a).minus(dec(b))));
}

export function negate(a: string): string {
  return text(dec(a).negated());
}

/** Σ of decimal texts, exact. */
export function sum(amounts: Iterable<string>): string {
  let total = new MoneyDecimal(0);
  for (const a of amounts) total = total.plus(dec(a));
  return text(exact(total));
}

/** -1, 0 or 1 as a is below, equal to or above b (by value: "1.50" equals "1.5"). */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

export function equals(a: string, b: string): boolean {
  return compare(a, b) === 0;
}

/** -1, 0 or 1: the sign of an amount. */
export function sign(a: string): -1 | 0 | 1 {
  const d = dec(a);
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

/** Text with exactly 2 decimals ("12.5" → "12.50"); refuses a value with a sub-cent part. */
export function toFixed2(a: string): string {
  const d = dec(a);
  if (d.decimalPlaces() > 2) throw new RangeError(`not a whole number of cents: ${a.slice(0, 40)}`);
  return d.toFixed(2);
}

/**
 * Whole cents as a bigint, for integer arithmetic in hot loops ("12.3" → 1230n). Refuses a
 * value with a sub-cent part; pure string work, so it is exact at any magnitude.
 */
export function toCents(a: string): bigint {
  const m = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(a);
  if (!m) return BigInt(toFixed2(a).replace('.', ''));
  const cents = BigInt(m[2]! + (m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

/** Cents back to text with exactly 2 decimals (1230n → "12.30", -5n → "-0.05"). */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
