import type { MessageKey } from '../i18n/messages';

/**
 * Error codes that cross the IPC boundary. The renderer branches on `code`; `message` is
 * already in the user's language; `details` carries machine-readable specifics (for
 * example the zod issues of a refused input).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'BAD_FRAME',
  'DB_UNAVAILABLE',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorBody };

/**
 * Thrown by handlers for expected failures. Carries a message key rather than text so the
 * dispatcher can render it in the current UI language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}
