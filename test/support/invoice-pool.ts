import type { PoolItem, PoolItemKind } from '../../shared/invoices/matching';
import { fromCents } from '../../shared/money/arith';

/**
 * A synthetic invoiceable pool of n items for speed tests: consumption times spread over
 * two years (whole hours, so many ties), 2% refunds, 1% adjustments, amounts from 0.01 to
 * 10,000.00. Deterministic.
 */
export function syntheticPool(n: number): PoolItem[] {
  const pool: PoolItem[] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + ((i * 7919) % 700);
    const time = new Date(Date.UTC(2023, 0, day, i % 24)).toISOString();
    const kind: PoolItemKind = i % 50 === 0 ? 'refund' : i % 97 === 0 ? 'adjustment' : 'bill';
    const cents = BigInt(1 + ((i * 104729) % 1_000_000));
    pool.push({ id: `fee-${i}`, kind, time, available: fromCents(kind === 'refund' ? -cents / 10n : cents) });
  }
  return pool;
}
