/**
 * What a fee record is, from its `bill_detail_type` (../shared/reference/bss-api.md §6):
 * refunds (4 退款-退订, 20 退款-变更, 24 退款-包年/包月转按需), adjustments (9 调账-补偿,
 * 16 调账-扣费), or a charge (everything else). Write-offs are not a type: a record whose
 * `writeoff_amount` is not zero had part of its arrears written off.
 */
export const REFUND_DETAIL_TYPES = [4, 20, 24] as const;
export const ADJUSTMENT_DETAIL_TYPES = [9, 16] as const;

export type RecordKind = 'charge' | 'refund' | 'adjustment';

export function recordKind(billDetailType: number | null): RecordKind {
  if (billDetailType === null) return 'charge';
  if ((REFUND_DETAIL_TYPES as readonly number[]).includes(billDetailType)) return 'refund';
  if ((ADJUSTMENT_DETAIL_TYPES as readonly number[]).includes(billDetailType)) return 'adjustment';
  return 'charge';
}

/** The units of 10^-8 yuan in one settled cent: settling drops everything below it. */
export const UNITS_PER_CENT = 1_000_000;
