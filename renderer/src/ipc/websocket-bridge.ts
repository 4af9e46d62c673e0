import {
  WS_PROTOCOL,
  WS_TOKEN_PREFIX,
  type ClientFrame,
  type ServerFrame,
  type WorkstationBridge,
} from '../../../shared/ipc/bridge';
import type { EventName } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';

export type ConnectionState = 'connecting' | 'open' | 'closed';

const TOKEN_KEY = 'workstation.token';

/**
 * The per-launch token arrives in the URL fragment (`#token=…`). It is moved to
 * sessionStorage (this tab only, survives a reload) and removed from the address bar so
 * the hash router owns the fragment and the token is not left in the history.
 */
export function takeToken(): string | null {
  const match = /[#&]token=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + '#/');
    return match[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

type Listener = (payload: unknown) => void;

/**
 * The browser-host transport behind `window.workstation`: one WebSocket to the core,
 * reconnecting with backoff. Calls made while disconnected wait for the socket; calls in
 * flight when it drops reject (the caller shows an error and may retry).
 */
export function createWebSocketBridge(token: string, onState: (state: ConnectionState) => void): WorkstationBridge {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ipc`;
  const pending = new Map<number, { resolve(r: IpcResult<unknown>): void; reject(e: Error): void }>();
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let openWaiters: (() => void)[] = [];
  let retry = 0;

  const connect = () => {
    onState('connecting');
    const ws = new WebSocket(url, [WS_PROTOCOL, WS_TOKEN_PREFIX + token]);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      onState('open');
      const waiters = openWaiters;
      openWaiters = [];
      waiters.forEach((w) => w());
    };
    ws.onmessage = (ev) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(ev.data)) as ServerFrame;
      } catch {
        return;
      }
      if (frame.t === 'result' && frame.id !== null) {
        const p = pending.get(frame.id);
        pending.delete(frame.id);
        p?.resolve(frame.result);
      } else if (frame.t === 'event') {
        listeners.get(frame.name)?.forEach((l) => l(frame.payload));
      }
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      onState('closed');
      for (const p of pending.values()) p.reject(new Error('connection to the workstation core was lost'));
      pending.clear();
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 250 * 2 ** retry);
    };
  };
  connect();

  const whenOpen = () =>
    socket?.readyState === WebSocket.OPEN ? Promise.resolve() : new Promise<void>((r) => openWaiters.push(r));

  return {
    async invoke(channel, input) {
      await whenOpen();
      const id = nextId++;
      const frame: ClientFrame = { t: 'invoke', id, channel, input };
      return new Promise<IpcResult<unknown>>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket!.send(JSON.stringify(frame));
      });
    },
    on(event: EventName, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };
}
