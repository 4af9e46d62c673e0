import { matchSpecifiedAmount, pickItems, type MatchedLine } from '../../shared/invoices/matching';
import type { PoolItem } from './pool';
import type { LineRecord } from './repository';

/** A selection the pool cannot satisfy; the service turns it into a message in the user's language. */
export type MatchRefusal = { refused: 'match'; code: string; params: Record<string, string | number> };

/**
 * The authoritative matching, run by the writer inside the save transaction with the pure
 * rule from shared/invoices (the same function the renderer previews with). An empty
 * selection (no amount typed yet, nothing picked) is a draft without lines.
 */
export function matchLines(
  pool: PoolItem[],
  mode: 'amount' | 'pick',
  requested: string | null,
  itemIds: string[],
): { lines: Omit<LineRecord, 'lineNo'>[] } | MatchRefusal {
  if (mode === 'amount' ? requested === null : itemIds.length === 0) return { lines: [] };
  const result = mode === 'amount' ? matchSpecifiedAmount(pool, requested!) : pickItems(pool, itemIds);
  if (!result.ok) return { refused: 'match', code: result.error.code, params: result.error.params };
  const byId = new Map(pool.map((p) => [p.id, p]));
  return { lines: result.lines.map((l) => toLine(l, byId.get(l.itemId))) };
}

function toLine(l: MatchedLine, item: PoolItem | undefined): Omit<LineRecord, 'lineNo'> {
  return {
    itemId: l.itemId,
    kind: l.kind,
    itemTime: l.time,
    amount: l.amount,
    itemAmount: l.itemAmount,
    reason: JSON.stringify(l.reason),
    description: item ? `${item.cycle} ${item.description}`.trim() : '',
  };
}
