import WebSocket from 'ws';
import type { HostProcess } from './host-process';

/** A WebSocket client of the browser host, as the renderer would be (token, Origin). */
export async function hostClient(host: HostProcess) {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ipc`, ['workstation.v1', `token.${host.token}`], {
    headers: { Origin: host.origin },
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map<number, (r: unknown) => void>();
  const events: { name: string; payload: unknown }[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as {
      t: string;
      id?: number;
      result?: unknown;
      name?: string;
      payload?: unknown;
    };
    if (frame.t === 'result' && frame.id !== undefined) pending.get(frame.id)?.(frame.result);
    else if (frame.t === 'event') events.push({ name: frame.name!, payload: frame.payload });
  });
  return {
    events,
    /** Resolves with the value, or throws the error envelope. */
    async call<T = unknown>(channel: string, input?: unknown): Promise<T> {
      const n = ++id;
      const result = (await new Promise<unknown>((resolve) => {
        pending.set(n, resolve);
        ws.send(JSON.stringify({ t: 'invoke', id: n, channel, input }));
      })) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw Object.assign(new Error(JSON.stringify(result.error)), { error: result.error });
      return result.value as T;
    },
    close: () => ws.close(),
  };
}
