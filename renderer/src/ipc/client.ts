import type { WorkstationBridge } from '../../../shared/ipc/bridge';
import {
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type InvokeArgs,
} from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { createWebSocketBridge, takeToken, type ConnectionState } from './websocket-bridge';

declare global {
  interface Window {
    workstation?: WorkstationBridge;
  }
}

/** An application error from the core: `message` is already in the user's language. */
export class IpcError extends Error {
  constructor(
    readonly code: ErrorCode | 'TRANSPORT',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

let connectionListener: (s: ConnectionState) => void = () => {};
/** Lets the shell's connection indicator follow the transport. */
export function onConnectionState(listener: (s: ConnectionState) => void): void {
  connectionListener = listener;
}

/**
 * Installs `window.workstation`. Electron's preload has already put it there; in the
 * browser host the renderer builds it over the WebSocket, from the token in the URL.
 * Returns the transport name, or null when there is no way to reach the core.
 */
export function installBridge(): 'electron' | 'browser-host' | null {
  if (window.workstation) return 'electron';
  const token = takeToken();
  if (!token) return null;
  window.workstation = createWebSocketBridge(token, (s) => connectionListener(s));
  return 'browser-host';
}

function bridge(): WorkstationBridge {
  if (!window.workstation) throw new IpcError('TRANSPORT', 'workstation bridge not installed');
  return window.workstation;
}

/** Typed request to the core; resolves with the value or throws IpcError. */
export async function invoke<C extends ChannelName>(channel: C, ...args: InvokeArgs<C>): Promise<ChannelOutput<C>> {
  let result;
  try {
    result = await bridge().invoke(channel, args[0]);
  } catch (err) {
    throw new IpcError('TRANSPORT', (err as Error).message);
  }
  if (!result.ok) throw new IpcError(result.error.code, result.error.message, result.error.details);
  return result.value as ChannelOutput<C>;
}

/** Typed subscription to a core event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener);
}
