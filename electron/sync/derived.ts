import type Database from 'better-sqlite3';
import { stmt } from '../db/statements';
import { refreshBillTotals } from '../bills/totals';
import type { ResourceName } from './resources';

/**
 * Tables derived from the cache, refreshed when a scope has been stored completely (inside
 * the same transaction): fee totals per customer and cycle, the bills' per-record settled
 * sums (electron/bills/totals.ts), and the 1–2 character grams of customer names for short
 * searches.
 */
export function refreshDerived(db: Database.Database, resource: ResourceName, scope: string): void {
  if (resource === 'fee_records') {
    const [cycle, customer] = scope.split('|') as [string, string];
    refreshBillTotals(db, cycle, customer);
    if (customer === '*') {
      db.prepare(
        'DELETE FROM fee_totals WHERE bill_cycle = ? AND customer_id NOT IN (SELECT customer_id FROM cycle_customers WHERE bill_cycle = ?)',
      ).run(cycle, cycle);
      return;
    }
    stmt(db, 'totals.del', () => 'DELETE FROM fee_totals WHERE bill_cycle = ? AND customer_id = ?').run(
      cycle,
      customer,
    );
    stmt(
      db,
      'totals.put',
      () => `INSERT INTO fee_totals
       SELECT bill_cycle, customer_id, count(*), coalesce(sum(official_amount), 0), coalesce(sum(payment_amount), 0)
       FROM fee_records WHERE bill_cycle = ? AND customer_id = ? GROUP BY bill_cycle, customer_id`,
    ).run(cycle, customer);
  } else if (resource === 'customers') {
    rebuildGrams(db);
  }
}

/** Every 1- and 2-character piece of a text, lower-cased (Chinese names are short; ids are not searched this way). */
export function grams(text: string): Set<string> {
  const chars = [...text.normalize('NFKC').toLowerCase()].filter((c) => c.trim() !== '');
  const out = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function rebuildGrams(db: Database.Database): void {
  db.prepare('DELETE FROM customer_grams').run();
  const insert = db.prepare('INSERT OR IGNORE INTO customer_grams (gram, customer_id) VALUES (?, ?)');
  // .all(), not .iterate(): the connection cannot insert while an iterator is open.
  for (const c of db.prepare('SELECT customer_id, name, account_name FROM customers').all() as Array<{
    customer_id: string;
    name: string | null;
    account_name: string;
  }>) {
    for (const g of grams(`${c.name ?? ''} ${c.account_name}`)) insert.run(g, c.customer_id);
  }
}
