import type Database from 'better-sqlite3';

/**
 * One typed database operation. Operations run inside a database worker: `read` ones on the
 * reader connection (never waiting behind a sync write), `write` ones on the single writer.
 * `durable` writes hold local-only data (drafts, invoices, settings…): they commit with
 * synchronous=FULL so a power cut cannot take back a write the user saw succeed.
 */
export interface Operation<I, O, V = never> {
  mode: 'read' | 'write';
  durable?: boolean;
  /**
   * Cache writes that arrive while the writer is busy may share one transaction (group
   * commit): each still runs atomically in a savepoint of its own, and each caller is
   * answered only after the shared commit, so what a caller was told is stored is stored.
   */
  groupCommit?: boolean;
  /**
   * A write runs in a transaction of its own (a savepoint inside a group), so an operation
   * of several statements commits all of them or none, whether or not it opens one itself.
   * False only for the few that cannot run inside a transaction: ATTACH, the online backup.
   */
  atomic?: boolean;
  /**
   * Work a write can do before it needs the database (decoding a synced page), run on the
   * reader thread so the single writer only writes; the writer then gets what it returns.
   * Pure (no database, no I/O) and `run` accepts either form, so the writer can also take
   * the input unprepared. A prepare that throws fails the operation, as `run` would.
   */
  prepare?: (input: I) => I;
  /**
   * What a caller may learn from the prepared input before the write is stored (a synced
   * page's size and total, so the sync can ask for the next page while this one waits for
   * its group's commit). Pure, like `prepare`; asked for with DbClient.runStaged.
   */
  preview?: (prepared: I) => V;
  run(db: Database.Database, input: I): O;
}

export function readOp<I, O>(run: (db: Database.Database, input: I) => O): Operation<I, O> {
  return { mode: 'read', run };
}

export function writeOp<I, O, V = never>(
  run: (db: Database.Database, input: I) => O,
  opts: {
    durable?: boolean;
    groupCommit?: boolean;
    atomic?: boolean;
    prepare?: (input: I) => I;
    preview?: (prepared: I) => V;
  } = {},
): Operation<I, O, V> {
  const durable = opts.durable ?? false;
  const atomic = opts.atomic ?? true;
  const groupCommit = atomic && !durable && (opts.groupCommit ?? false);
  return {
    mode: 'write',
    durable,
    groupCommit,
    atomic,
    ...(opts.prepare ? { prepare: opts.prepare } : {}),
    ...(opts.prepare && opts.preview ? { preview: opts.preview } : {}),
    run,
  };
}

export type OperationTable = Record<string, Operation<never, unknown, unknown>>;
