import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../electron/sandbox/data/money';
import { fromUnits } from '../../shared/money/units';

describe('sandbox money text', () => {
  it('is what the shared exact formatter writes, for every safe integer of units', () => {
    const edges = [
      0,
      1,
      -1,
      99_999_999,
      100_000_000,
      100_000_001,
      -100_000_000,
      4_599_822,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
    ];
    for (const n of edges) expect(money(n), String(n)).toBe(fromUnits(BigInt(n)));
    expect(money(-1_250_000_000)).toBe('-12.5');
    expect(money(4_599_822)).toBe('0.04599822');
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1e12, max: 1e12 })), (n) => {
        expect(money(n)).toBe(fromUnits(BigInt(n)));
      }),
      { numRuns: 20_000 },
    );
  });
});
