/**
 * One list query (`orders.list` / `customers.list`) three ways, for the browse benchmarks:
 * through the browser host's WebSocket as the renderer asks it, through a DbClient as the
 * core's handler runs it (input parsed by the channel's schema first, as the dispatcher
 * does), and as the same operation on a direct connection in this thread.
 */
import type Database from 'better-sqlite3';
import { operations } from '../../electron/db/operations';
import { CustomerListInput } from '../../shared/customers/schema';
import { OrderListInput } from '../../shared/orders/schema';
import type { HostClient } from './browse-rig';

const SCHEMAS = { 'orders.list': OrderListInput, 'customers.list': CustomerListInput } as const;
export type ListOp = keyof typeof SCHEMAS;

export interface ListPageValue {
  total: number;
  rows: unknown[];
}

type RunAny = (op: string, input: unknown) => Promise<unknown>;

export interface ListCall {
  op: ListOp;
  /** What the renderer sends. */
  input: unknown;
  ipc(): Promise<ListPageValue>;
  worker(): Promise<ListPageValue>;
  direct(): ListPageValue;
}

export function listCall(
  op: ListOp,
  input: unknown,
  via: { client: HostClient; db?: { run: unknown }; direct: Database.Database },
): ListCall {
  const parsed = SCHEMAS[op].parse(input);
  const db = via.db;
  const run: RunAny = db ? (db.run as RunAny).bind(db) : () => Promise.reject(new Error('no DbClient given'));
  const direct = operations[op].run as (db: Database.Database, input: unknown) => ListPageValue;
  return {
    op,
    input,
    ipc: () => via.client.call<ListPageValue>(op, input),
    worker: () => run(op, parsed) as Promise<ListPageValue>,
    direct: () => direct(via.direct, parsed),
  };
}

/** The size of the host's reply frame to `value` (for an echo anchor moving the same bytes). */
export function replyFrame(value: unknown): string {
  return JSON.stringify({ t: 'result', id: 1, result: { ok: true, value } });
}
