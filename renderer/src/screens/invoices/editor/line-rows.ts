import type { InvoiceLineView, PoolItemView } from '../../../../../shared/invoices/contract';
import type { LineReason, MatchedLine } from '../../../../../shared/invoices/matching';
import { sub, toFixed2 } from '../../../../../shared/money/arith';
import { parseReason } from './issue-text';

/** One row of the lines table, from the live preview or from the saved invoice. */
export interface LineRow {
  key: string;
  no: number;
  itemId: string;
  kind: PoolItemView['kind'];
  time: string | null;
  /** Taken by this invoice (negative for a refund). */
  amount: string;
  /** What the item had left to invoice before this invoice. */
  itemAmount: string;
  /** What stays invoiceable: "0.00" unless the line is partial. */
  remainder: string;
  reason: LineReason | null;
  description: string;
}

const describe = (item: PoolItemView | undefined) => (item ? `${item.cycle} ${item.description}`.trim() : '');

/** The preview's lines, described from the pool (cycle and service, as the core stores them). */
export function previewRows(lines: readonly MatchedLine[], pool: readonly PoolItemView[]): LineRow[] {
  const byId = new Map(pool.map((p) => [p.id, p]));
  return lines.map((l, i) => ({
    key: l.itemId,
    no: i + 1,
    itemId: l.itemId,
    kind: l.kind,
    time: l.time,
    amount: l.amount,
    itemAmount: l.itemAmount,
    remainder: l.remainder,
    reason: l.reason,
    description: describe(byId.get(l.itemId)),
  }));
}

/** The lines the core saved. */
export function savedRows(lines: readonly InvoiceLineView[]): LineRow[] {
  return lines.map((l) => ({
    key: `${l.lineNo}-${l.itemId}`,
    no: l.lineNo,
    itemId: l.itemId,
    kind: l.kind,
    time: l.itemTime,
    amount: toFixed2(l.amount),
    itemAmount: toFixed2(l.itemAmount),
    remainder: toFixed2(sub(l.itemAmount, l.amount)),
    reason: parseReason(l.reason),
    description: l.description,
  }));
}
