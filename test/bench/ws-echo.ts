/**
 * The WebSocket pieces of the IPC benchmarks: a client with one request in flight, and the
 * anchor server, a bare `ws` server on loopback that answers every frame with a fixed one.
 */
import { WebSocket, WebSocketServer, type RawData } from 'ws';

/** How the host's event frames begin (shared/ipc/bridge.ts ServerFrame, serialised by JSON.stringify). */
const EVENT_FRAME = '{"t":"event"';

/**
 * A client with at most one request in flight: a reply resolves the single waiter. Event
 * frames the host pushes meanwhile (a sync's progress) are not replies and are skipped.
 */
export class SequentialClient {
  private waiter: ((text: string) => void) | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: RawData) => {
      const text = data.toString();
      if (text.startsWith(EVENT_FRAME)) return;
      const w = this.waiter;
      this.waiter = null;
      w?.(text);
    });
  }

  static connect(
    url: string,
    protocols: string[] = [],
    headers: Record<string, string> = {},
  ): Promise<SequentialClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, protocols, { headers });
      ws.once('open', () => resolve(new SequentialClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)));
    });
  }

  call(text: string): Promise<string> {
    if (this.waiter) return Promise.reject(new Error('one request in flight at a time'));
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.ws.send(text);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

/** The anchor: a ws server on loopback that answers each frame with `reply`. */
export async function startRawServer(reply: string): Promise<{ url: string; close(): Promise<void> }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 4 * 1024 * 1024 });
  wss.on('connection', (ws) => ws.on('message', () => ws.send(reply)));
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const { port } = wss.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
