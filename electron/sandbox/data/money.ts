/**
 * Amounts while generating are integer units of 10^-8 yuan held in JS numbers (every single
 * amount stays far below 2^53 units); sums are BigInt. Text goes out through the shared
 * exact formatter.
 */
import { fromUnits } from '../../../shared/money/units';

export const UNITS_PER_YUAN = 100_000_000;
export const UNITS_PER_CENT = 1_000_000;

/**
 * Units → canonical decimal text ("-12.5", "0.04599822"), as fromUnits writes it. A safe
 * integer is split in doubles without BigInt (most of the sandbox's amounts go through
 * here, a dozen per fee record): yuan and remainder are exact integers, the quotient's
 * rounding corrected by the remainder's sign.
 */
export function money(units: number): string {
  if (!Number.isSafeInteger(units)) return fromUnits(BigInt(units));
  if (units === 0) return '0';
  const abs = Math.abs(units);
  let yuan = Math.floor(abs / UNITS_PER_YUAN);
  let rest = abs - yuan * UNITS_PER_YUAN;
  if (rest < 0) {
    yuan -= 1;
    rest += UNITS_PER_YUAN;
  } else if (rest >= UNITS_PER_YUAN) {
    yuan += 1;
    rest -= UNITS_PER_YUAN;
  }
  const sign = units < 0 ? '-' : '';
  if (rest === 0) return `${sign}${yuan}`;
  return `${sign}${yuan}.${String(rest).padStart(8, '0').replace(/0+$/, '')}`;
}

export function moneyBig(units: bigint): string {
  return fromUnits(units);
}

/**
 * The largest single amount generated, 9,999,999.99 yuan: well inside 2^52 units, so sums
 * of a few amounts stay exact in a JS number (see SumRow).
 */
export const MAX_AMOUNT_YUAN = 9_999_999.99;

/** A yuan figure (float, from a distribution) to whole cents, in units. */
export function centsUnits(yuan: number): number {
  return Math.max(1, Math.round(Math.min(yuan, MAX_AMOUNT_YUAN) * 100)) * UNITS_PER_CENT;
}

/** A yuan figure to units with all 8 decimals kept. */
export function exactUnits(yuan: number): number {
  return Math.max(1, Math.round(Math.min(yuan, MAX_AMOUNT_YUAN) * UNITS_PER_YUAN));
}

/**
 * Splits `total` units into parts proportional to `weights`; the parts sum to `total`
 * exactly (the last part takes the remainder).
 */
export function splitUnits(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const parts: number[] = [];
  let used = 0;
  weights.forEach((w, i) => {
    const part = i === weights.length - 1 ? total - used : Math.trunc(total * (w / (sum || 1)));
    parts.push(part);
    used += part;
  });
  return parts;
}
