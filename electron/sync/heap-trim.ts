import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options: { type: 'major' | 'minor'; execution: 'async' | 'sync' }) => void;

let gc: Gc | null | undefined;

/** V8's gc(), exposed once at run time (the Electron main process takes no V8 flags after launch). */
function exposedGc(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  } catch {
    gc = null;
  }
  return gc;
}

/**
 * While a sync runs, asks V8 every `everyMs` for an incremental (async) major collection.
 * A sync's hundred thousand requests promote short-lived objects (requests in flight, pages
 * waiting for the writer) to the old generation faster than V8's heuristics collect it, so
 * the main thread's heap grew to several times what is live (a snapshot mid-sync: ~20 MB
 * live in a 120–160 MB heap), and the process's RSS with it. Returns the stop function.
 */
export function trimHeapWhileSyncing(everyMs = 2000): () => void {
  const collect = exposedGc();
  if (!collect) return () => {};
  const timer = setInterval(() => collect({ type: 'major', execution: 'async' }), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
