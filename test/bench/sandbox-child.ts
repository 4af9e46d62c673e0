/**
 * The sandbox in its own process for the sync benchmarks (forked by sandbox-process.ts with
 * an IPC channel), so its CPU and memory never count as the app's. Options arrive as one
 * JSON argument; it answers `ready` with the URL and credentials, then `stats` and
 * `setRate` requests, and stops when the parent disconnects or on SIGTERM.
 */
import { startSandbox, type Scale } from '../../electron/sandbox';

export interface ChildOptions {
  scale: Scale;
  seed: number | string;
  ratePerSec: number;
  /** ISO time: the sandbox clock at start */
  now: string;
  /** serve repeated requests from their rendered bodies (response-cache.ts) */
  responseCache?: boolean;
}

export type ToChild = { kind: 'stats'; id: number } | { kind: 'setRate'; id: number; rate: number };

export type FromChild =
  | { kind: 'ready'; baseUrl: string; credentials: { domain: string; user: string; password: string } }
  | { kind: 'reply'; id: number; value: unknown }
  | { kind: 'error'; message: string };

const send = (msg: FromChild) => process.send!(msg);

async function main() {
  const opts = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
  const sb = await startSandbox({
    port: 0,
    scale: opts.scale,
    seed: opts.seed,
    ratePerSec: opts.ratePerSec,
    now: new Date(opts.now),
    responseCache: opts.responseCache,
  });
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await sb.close();
    process.exit(0);
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('message', (msg: ToChild) => {
    if (msg.kind === 'stats') send({ kind: 'reply', id: msg.id, value: sb.stats() });
    else if (msg.kind === 'setRate') {
      sb.setRate(msg.rate);
      send({ kind: 'reply', id: msg.id, value: null });
    }
  });
  send({ kind: 'ready', baseUrl: sb.baseUrl, credentials: sb.credentials });
}

main().catch((err) => {
  send({ kind: 'error', message: String((err as Error)?.stack ?? err) });
  process.exit(1);
});
