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
}

export type ToWorker = { kind: 'op'; id: number; op: string; input: unknown } | { kind: 'open' } | { kind: 'close' };

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
