import type { MessagePort } from 'node:worker_threads';
import type { DbRecovery } from '../../shared/app/schema';

/** Messages between the main thread (DbClient) and a database worker. */

export interface WorkerInit {
  role: 'writer' | 'reader';
  file: string;
  nativeBinding?: string;
  /** Operations slower than this are reported to the main thread's slow-query log. */
  slowMs: number;
  /** Boot now, open the file only on an `open` message (the reader waits for the writer). */
  deferOpen?: boolean;
  /**
   * The reader's end (sends) or the writer's end (receives) of the channel between the two:
   * a write with a `prepare` step is prepared on the reader and handed to the writer there.
   */
  peer?: MessagePort;
}

export type ToWorker =
  /** `preview`: answer the operation's preview of its prepared input first (the writer prepares it). */
  | { kind: 'op'; id: number; op: string; input: unknown; preview?: boolean }
  /**
   * To the reader: prepare this write and hand it to the writer, which answers under `id`;
   * with `preview`, the reader answers the preview under the same id as soon as it is prepared.
   */
  | { kind: 'prepare'; id: number; op: string; input: unknown; preview?: boolean }
  | { kind: 'open' }
  | { kind: 'close' };

/** Reader → writer: a prepared write to run, or one whose preparing failed (the writer answers both). */
export type ToPeer =
  { kind: 'op'; id: number; op: string; input: unknown } | { kind: 'fail'; id: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  /** DbTooNewError fields, so main can tell the user which versions clash. */
  found?: number;
  supported?: number;
}

export type FromWorker =
  | { kind: 'ready'; recovered: DbRecovery | null; migrated: number[]; schemaVersion: number }
  | { kind: 'init-error'; error: SerializedError }
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: SerializedError }
  /** The answers of a group commit's operations, in one message (a large sync commits 256 pages at a time). */
  | { kind: 'results'; results: Array<Extract<FromWorker, { kind: 'result' }>> }
  /** What an operation's `preview` made of its prepared input (or why preparing failed), before it is stored. */
  | { kind: 'preview'; id: number; ok: true; value: unknown }
  | { kind: 'preview'; id: number; ok: false; error: SerializedError }
  | { kind: 'slow'; op: string; ms: number; role: 'writer' | 'reader' }
  | { kind: 'closed' };

export function serializeError(err: unknown): SerializedError {
  const e = err as Error & { code?: string; found?: number; supported?: number };
  return {
    name: e?.name ?? 'Error',
    message: e?.message ?? String(err),
    ...(e?.code ? { code: e.code } : {}),
    ...(typeof e?.found === 'number' ? { found: e.found, supported: e.supported } : {}),
  };
}
