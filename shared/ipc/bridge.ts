import type { EventName, EventPayload } from './contract';
import type { IpcResult } from './errors';

/**
 * The object both shells put at `window.workstation`. It is deliberately untyped per
 * channel (strings in, envelopes out) so the preload stays trivial; the renderer wraps it
 * in the typed client. `invoke` never rejects for an application error: it resolves with
 * `{ok:false,error}`. It rejects only when the transport itself is gone.
 */
export interface WorkstationBridge {
  invoke(channel: string, input?: unknown): Promise<IpcResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Channel names used on the Electron IPC wire and in WebSocket frames. */
export const ELECTRON_INVOKE_CHANNEL = 'workstation:invoke';
export const ELECTRON_EVENT_CHANNEL = 'workstation:event';

/** WebSocket frames of the browser-host transport. */
export type ClientFrame = { t: 'invoke'; id: number; channel: string; input?: unknown };
export type ServerFrame =
  { t: 'result'; id: number | null; result: IpcResult<unknown> } | { t: 'event'; name: EventName; payload: unknown };

/** The WebSocket subprotocol carries the per-launch token: `token.<hex>`. */
export const WS_PROTOCOL = 'workstation.v1';
export const WS_TOKEN_PREFIX = 'token.';
