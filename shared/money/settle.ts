import Decimal from 'decimal.js';
import { dec, text } from './arith';

/**
 * Settlement (design §6): the API's deduction rule keeps 2 decimals by truncating toward
 * zero; the discarded 3rd–8th decimals are the 抹零 (rounding-off) amount. Per record,
 * `official = settled + erase` exactly; totals are sums of the per-record values, never
 * the settlement of a sum.
 */

/** Settled amount: truncated toward zero to 2 decimals ("-3.999" → "-3.99"). */
export function settle(amount: string): string {
  return dec(amount).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
}

/** The 抹零 part: official − settled, exactly ("-3.999" → "-0.009"). */
export function erase(amount: string): string {
  const d = dec(amount);
  return text(d.minus(d.toDecimalPlaces(2, Decimal.ROUND_DOWN)));
}

export interface Settlement {
  /** The official amount as given (canonical text). */
  official: string;
  /** Truncated toward zero to 2 decimals, always with 2 decimals. */
  settled: string;
  /** official − settled; same sign as official, below 0.01 in magnitude. */
  erase: string;
}

/** One record's three amounts. */
export function settlement(official: string): Settlement {
  return { official: text(dec(official)), settled: settle(official), erase: erase(official) };
}

/**
 * Totals of many records: Σ official, Σ settled (of each record) and Σ 抹零 (of each
 * record). Σ settled + Σ erase = Σ official holds exactly; Σ settled is generally not
 * settle(Σ official).
 */
export function settlementTotals(officials: Iterable<string>): Settlement & { records: number } {
  let official = dec('0');
  let settled = dec('0');
  let erased = dec('0');
  let records = 0;
  for (const a of officials) {
    const d = dec(a);
    const s = d.toDecimalPlaces(2, Decimal.ROUND_DOWN);
    official = official.plus(d);
    settled = settled.plus(s);
    erased = erased.plus(d.minus(s));
    records++;
  }
  return { official: text(official), settled: settled.toFixed(2), erase: text(erased), records };
}
