import type Database from 'better-sqlite3';
import { expect } from 'vitest';

/**
 * Asserts that every step of a query's plan reads through an index (or a full-text index):
 * no full table scan. Returns the plan's steps, for asserting which index it uses.
 */
export function expectIndexed(db: Database.Database, sql: string, params: unknown[]): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  const details = plan.map((p) => p.detail);
  const scans = details.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(d));
  expect(scans, details.join('\n')).toEqual([]);
  return details;
}
