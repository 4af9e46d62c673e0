import Decimal from 'decimal.js';

/**
 * The per-cycle consistency check (design §6): Σ settled + Σ 抹零 = Σ official, exactly.
 * The three sums arrive as decimal text, each summed independently over the records; the
 * difference is worked out in decimal.js and is "0" when the identity holds.
 */
export function checkSums(sums: { official: string; settled: string; erase: string }): {
  ok: boolean;
  difference: string;
} {
  const difference = new Decimal(sums.settled).plus(sums.erase).minus(sums.official);
  return { ok: difference.isZero(), difference: difference.toFixed() };
}
