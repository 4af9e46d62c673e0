import { add, sign, sub } from '../money/arith';

/**
 * The per-cycle consistency check (design §6): Σ settled + Σ 抹零 = Σ official, exactly.
 * The three sums arrive as decimal text, each summed independently over the records; the
 * difference is worked out exactly by the money module (never at decimal.js's default 20
 * digits, which would round a sum in the billions) and is "0" when the identity holds.
 */
export function checkSums(sums: { official: string; settled: string; erase: string }): {
  ok: boolean;
  difference: string;
} {
  const difference = sub(add(sums.settled, sums.erase), sums.official);
  return { ok: sign(difference) === 0, difference };
}
