/**
 * Headless sync: one run against an API endpoint, into a data dir, then exit. Used by the
 * crash/resume tests (a real process killed mid-sync) and the ingest benchmark.
 *
 *   WORKSTATION_PASSWORD=… node dist/electron/sync-cli.js --data-dir D --endpoint URL \
 *       --domain NAME --user NAME [--kind full|incremental] [--rate N] [--concurrency N]
 *
 * The password is read from the environment so it never shows in a process list.
 * Prints one JSON line with the outcome.
 */
import path from 'node:path';
import { EventBus } from '../core/events';
import { createFileLogger } from '../core/logger';
import { DbClient } from '../db/client';
import { DEFAULT_CONCURRENCY, SyncEngine } from './engine';
import { ProfileService } from './profiles';
import { SessionSecretStore } from './secrets';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) {
    process.stderr.write(`sync-cli: --${name} is required\n`);
    process.exit(2);
  }
  return v;
}

async function main() {
  const dataDir = arg('data-dir');
  const endpoint = arg('endpoint');
  const password = process.env.WORKSTATION_PASSWORD;
  if (!password) throw new Error('WORKSTATION_PASSWORD is not set');
  const logger = createFileLogger(path.join(dataDir, 'logs'), 'sync-cli', false);
  const db = new DbClient({
    file: path.join(dataDir, 'workstation.db'),
    workerScript: new URL('./db-worker.js', import.meta.url),
    logger,
  });
  const outcome = await db.open();
  if (outcome.state !== 'ready') throw new Error(`database: ${outcome.state}`);
  const profiles = new ProfileService(db, new SessionSecretStore());
  const engine = new SyncEngine({
    db,
    bus: new EventBus(),
    logger,
    profiles,
    language: () => 'en-US',
    concurrency: Number(arg('concurrency', String(DEFAULT_CONCURRENCY))),
    connect: async () => ({
      endpoints: { iam: endpoint, bss: endpoint },
      credentials: { domain: arg('domain'), user: arg('user'), password },
      ratePerSec: Number(arg('rate', '10')),
    }),
    offlineRetryMs: 3_600_000,
  });
  const kind = arg('kind', 'full') as 'full' | 'incremental';
  const t0 = performance.now();
  await engine.start(kind);
  await engine.idle();
  const status = await engine.status();
  process.stdout.write(
    JSON.stringify({
      state: status.state,
      message: status.message,
      run: status.run,
      seconds: (performance.now() - t0) / 1000,
    }) + '\n',
  );
  await engine.close();
  await db.close();
  process.exit(status.state === 'idle' ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(`sync-cli failed: ${(err as Error)?.message ?? err}\n`);
  process.exit(1);
});
