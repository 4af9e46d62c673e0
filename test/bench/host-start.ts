/**
 * Start-up of the browser host binary: from spawning
 * `node dist/electron/host.js --headless --data-dir D --port 0` to its `Workstation ready`
 * line, on a database that already exists (a first start creates it and is reported
 * apart). Anchor: spawning a bare `node -e "console.log('ready')"` in the same run, i.e.
 * what Node itself costs before any app code runs.
 */
import { spawn } from 'node:child_process';
import { max, median } from './stats';
import { row, type Benchmark, type Row } from './report';
import { distFile, withTempDir } from './support';

const BENCH = 'host-start';
const LIMIT_MS = 500;
const TIMEOUT_MS = 20_000;
const READY_LINE = /^Workstation ready: http:\/\/127\.0\.0\.1:\d+\//;

/**
 * Spawns `node args…`, resolves with the ms until a stdout line matches `ready`, then stops
 * the process (SIGTERM when `stop`) and waits for it to exit so runs never overlap.
 */
function timeToReady(args: string[], ready: RegExp, stop: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let elapsed: number | null = null;
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line within ${TIMEOUT_MS} ms from node ${args.join(' ')}\n${stdout}${stderr}`));
    }, TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (elapsed !== null) return;
      stdout += chunk;
      if (stdout.split('\n').some((line) => ready.test(line))) {
        elapsed = performance.now() - t0;
        if (stop) child.kill('SIGTERM');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (elapsed === null)
        reject(new Error(`node ${args.join(' ')} exited (${code ?? signal}) before ready\n${stderr}`));
      else resolve(elapsed);
    });
  });
}

export const hostStart: Benchmark = {
  name: BENCH,
  summary: 'spawn of dist/electron/host.js to its ready line (existing DB) vs a bare node start',
  run: (options) =>
    withTempDir(BENCH, async (dataDir) => {
      const host = distFile('electron/host.js');
      const hostArgs = [host, '--headless', '--data-dir', dataDir, '--port', '0'];
      const bareArgs = ['-e', "console.log('ready')"];

      // The first start creates and migrates the database; measured but not the target.
      const first = await timeToReady(hostArgs, READY_LINE, true);
      // One unmeasured run of each warms the OS file cache for both.
      await timeToReady(bareArgs, /^ready$/, false);
      await timeToReady(hostArgs, READY_LINE, true);

      const hostTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let i = 0; i < options.starts; i++) {
        // Interleaved so that machine noise lands on both alike.
        bareTimes.push(await timeToReady(bareArgs, /^ready$/, false));
        hostTimes.push(await timeToReady(hostArgs, READY_LINE, true));
      }
      options.log(
        `${BENCH}: host ${hostTimes.map((t) => t.toFixed(0)).join(', ')} ms; bare node ${bareTimes.map((t) => t.toFixed(0)).join(', ')} ms`,
      );
      const n = options.starts;
      const hostMedian = median(hostTimes);
      const bareMedian = median(bareTimes);
      return [
        row(BENCH, 'ready median', hostMedian, 'ms', n, {
          anchor: { name: 'bare node start median', value: bareMedian, unit: 'ms' },
          target: `≤ ${LIMIT_MS} ms`,
          met: hostMedian <= LIMIT_MS,
        }),
        row(BENCH, 'ready max', max(hostTimes), 'ms', n, {
          anchor: { name: 'bare node start max', value: max(bareTimes), unit: 'ms' },
          target: `≤ ${LIMIT_MS} ms`,
          met: max(hostTimes) <= LIMIT_MS,
        }),
        row(BENCH, 'app cost median (host − bare node)', hostMedian - bareMedian, 'ms', n, {
          anchor: { name: 'bare node start median', value: bareMedian, unit: 'ms' },
        }),
        row(BENCH, 'first start (creates the DB)', first, 'ms', 1, {
          anchor: { name: 'bare node start median', value: bareMedian, unit: 'ms' },
        }),
      ] satisfies Row[];
    }),
};
