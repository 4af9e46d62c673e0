import path from 'node:path';
import { silentLogger, type Logger } from '../../electron/core/logger';
import { EventBus } from '../../electron/core/events';
import { DbClient } from '../../electron/db/client';
import type { Sandbox } from '../../electron/sandbox';
import { SyncEngine, type SyncEngineOptions } from '../../electron/sync/engine';
import { ProfileService } from '../../electron/sync/profiles';
import { SessionSecretStore } from '../../electron/sync/secrets';
import { DB_WORKER } from './paths';

export interface SyncRig {
  db: DbClient;
  bus: EventBus;
  engine: SyncEngine;
  events: { name: string; payload: unknown }[];
  close(): Promise<void>;
}

/** A real database and sync engine pointed at a test sandbox (real loopback HTTP). */
export async function syncRig(
  dataDir: string,
  sandbox: () => Sandbox | null,
  opts: Partial<SyncEngineOptions> & { logger?: Logger; ratePerSec?: number } = {},
): Promise<SyncRig> {
  const db = new DbClient({
    file: path.join(dataDir, 'workstation.db'),
    workerScript: DB_WORKER,
    logger: opts.logger ?? silentLogger,
  });
  await db.open();
  const bus = new EventBus();
  const events: SyncRig['events'] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const profiles = new ProfileService(db, new SessionSecretStore());
  await profiles.load();
  const engine = new SyncEngine({
    db,
    bus,
    logger: opts.logger ?? silentLogger,
    profiles,
    language: () => 'en-US',
    connect: async () => {
      const sb = sandbox();
      if (!sb) return null;
      return {
        endpoints: { iam: sb.baseUrl, bss: sb.baseUrl },
        credentials: sb.credentials,
        ratePerSec: opts.ratePerSec ?? 0,
      };
    },
    concurrency: 4,
    ...opts,
  });
  return {
    db,
    bus,
    engine,
    events,
    async close() {
      await engine.close();
      await db.close();
    },
  };
}
