/**
 * Benchmark entry: `npm run bench [-- --only NAME[,NAME…]] [--json-only] [--samples N] [--starts N]
 * [--scale S] [--concurrency N] [--rate N] [--limiter-seconds N]`.
 * Prints one JSON line per figure as each benchmark finishes, then (without --json-only)
 * a table. Targets are figures to watch, not pass/fail: a missed target still exits 0;
 * only a benchmark that could not run makes the exit code 1.
 */
import { billsBench } from './bills';
import { browseExport } from './browse-export';
import { browseOrdersPage } from './browse-orders-page';
import { browseOrdersPaint } from './browse-orders-paint';
import { browseSearch } from './browse-search';
import { certificatesBench } from './certificates';
import { dbWorkerRead } from './db-worker-read';
import { hostStart } from './host-start';
import { ipcRoundtrip } from './ipc-roundtrip';
import { invoiceMatching } from './invoice-matching';
import { invoicePdf } from './invoice-pdf';
import { qrcodesBench } from './qrcodes';
import { jsonLine, table, type Benchmark, type BenchOptions, type Row } from './report';
import { syncIngest } from './sync-ingest';
import { syncLimiter } from './sync-limiter';
import { syncHostMemory } from './sync-host-memory';
import { syncMemory } from './sync-memory';
import { syncResponsiveness } from './sync-responsiveness';

const BENCHMARKS: Benchmark[] = [
  ipcRoundtrip,
  dbWorkerRead,
  hostStart,
  syncLimiter,
  // These two share one in-process sync; they run before sync-ingest, whose anchors grow this process's heap.
  syncResponsiveness,
  syncMemory,
  syncIngest,
  syncHostMemory,
  browseOrdersPage,
  browseSearch,
  browseOrdersPaint,
  browseExport,
  invoiceMatching,
  invoicePdf,
  billsBench,
  qrcodesBench,
  certificatesBench,
];

interface CliOptions extends Omit<BenchOptions, 'log' | 'alone'> {
  selected: string[] | null;
  jsonOnly: boolean;
}

const SCALES = ['tiny', 'small', 'large'] as const;

const USAGE = `usage: npm run bench -- [--only NAME[,NAME…]] [--json-only] [--samples N] [--starts N]
                        [--scale tiny|small|large] [--concurrency N] [--rate N] [--limiter-seconds N]
  --only NAME        run only these benchmarks (repeat or comma-separate): ${BENCHMARKS.map((b) => b.name).join(', ')}
  --json-only        print only the JSON lines (no progress, no table)
  --samples N        measured round trips per contender, latency benchmarks (default 2000)
  --starts N         measured starts, host-start (default 7)
  --scale S          sandbox data set of sync-ingest, -responsiveness, -memory, -host-memory: large
                     (≈ 1.5M records: many minutes each) when picked with --only, small in the full
                     suite; sync-responsiveness and sync-memory share one sync when run together
  --concurrency N    requests in flight in the sync engine (default 8, the app's)
  --rate N           flow control per API for sync-limiter, requests/s (default 10)
  --limiter-seconds N  how long sync-limiter runs the engine (default 18)
${BENCHMARKS.map((b) => `  ${b.name.padEnd(21)}${b.summary}`).join('\n')}`;

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions {
  const out: CliOptions = {
    selected: null,
    jsonOnly: false,
    samples: 2000,
    starts: 7,
    scale: null,
    concurrency: null,
    rate: 10,
    limiterSeconds: 18,
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) [arg, value] = [arg.slice(0, eq), arg.slice(eq + 1)];
    const next = () => {
      const v = value ?? argv[++i];
      if (!v) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const count = (min: number) => {
      const v = next();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min) throw new UsageError(`${arg} must be an integer ≥ ${min}, got ${v}`);
      return n;
    };
    switch (arg) {
      case '--only': {
        for (const name of next().split(',')) {
          if (!BENCHMARKS.some((b) => b.name === name)) throw new UsageError(`unknown benchmark ${name}`);
          (out.selected ??= []).push(name);
        }
        break;
      }
      case '--scale': {
        const v = next();
        if (!(SCALES as readonly string[]).includes(v)) throw new UsageError(`--scale must be ${SCALES.join('|')}`);
        out.scale = v as (typeof SCALES)[number];
        break;
      }
      case '--concurrency':
        out.concurrency = count(1);
        break;
      case '--rate':
        out.rate = count(1);
        break;
      case '--limiter-seconds':
        out.limiterSeconds = count(5);
        break;
      case '--json-only':
        out.jsonOnly = true;
        break;
      case '--samples':
        out.samples = count(100);
        break;
      case '--starts':
        out.starts = count(1);
        break;
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return out;
}

async function main(): Promise<number> {
  let cli: CliOptions;
  try {
    cli = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  const log = (message: string) => {
    if (!cli.jsonOnly) process.stderr.write(`${message}\n`);
  };
  const rows: Row[] = [];
  const failed: string[] = [];
  const { selected, jsonOnly: _jsonOnly, ...common } = cli;
  for (const bench of BENCHMARKS.filter((b) => selected === null || selected.includes(b.name))) {
    log(`running ${bench.name}…`);
    const started = performance.now();
    try {
      const result = await bench.run({ ...common, alone: selected !== null, log });
      for (const r of result) process.stdout.write(jsonLine(r) + '\n');
      rows.push(...result);
      log(`${bench.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed.push(bench.name);
      process.stderr.write(`bench ${bench.name} failed: ${(err as Error)?.stack ?? err}\n`);
    }
  }
  if (!cli.jsonOnly) {
    process.stdout.write('\n' + table(rows) + '\n');
    const missed = rows.filter((r) => r.verdict === 'missed').length;
    const judged = rows.filter((r) => r.verdict !== null).length;
    process.stdout.write(
      `\n${judged - missed}/${judged} targets met${failed.length ? `; failed to run: ${failed.join(', ')}` : ''}\n`,
    );
  }
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`bench: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  },
);
