import path from 'node:path';
import type { Transport } from '../../shared/app/schema';
import type { Language } from '../../shared/settings/schema';
import { DbClient } from '../db/client';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { SettingsService } from '../settings/service';
import { createDispatcher, type Dispatcher } from './dispatch';
import { EventBus } from './events';
import { buildHandlers } from './handlers';
import { createFileLogger, type Logger } from './logger';
import { APP_NAME, APP_VERSION } from './version';

export interface CoreOptions {
  dataDir: string;
  transport: Transport;
  /** The bundled db worker script; defaults to the one next to the bundle. */
  dbWorkerScript?: string | URL;
  nativeBinding?: string;
  /** Language chosen on the command line; stored as the user's setting at start. */
  language?: Language;
  logger?: Logger;
  runtime?: Record<string, string>;
}

export interface Core {
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly db: DbClient;
  readonly settings: SettingsService;
  readonly logger: Logger;
  readonly options: CoreOptions;
  close(): Promise<void>;
}

export const DB_FILE_NAME = 'workstation.db';

/**
 * Starts the shell-independent core: logger, database workers, services, handler table.
 * Both the Electron shell and the browser host call this and only differ in transport.
 * A database that cannot be used does not stop the core: the UI must still come up to
 * tell the user why.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? createFileLogger(path.join(options.dataDir, 'logs'));
  const bus = new EventBus();
  const db = new DbClient({
    file: path.join(options.dataDir, DB_FILE_NAME),
    workerScript: options.dbWorkerScript ?? new URL('./db-worker.js', import.meta.url),
    nativeBinding: options.nativeBinding,
    logger,
  });
  await db.open();
  const settings = new SettingsService(db, bus, logger);
  await settings.load();
  if (options.language && options.language !== settings.value.language) {
    // Persisted when possible; with an unusable database it still applies to this run,
    // so the "database unavailable" screen speaks the language asked for.
    if (db.isReady) await settings.update({ language: options.language });
    else settings.applyForThisRun({ language: options.language });
  }
  const handlers = buildHandlers({
    db,
    settings,
    info: {
      name: APP_NAME,
      version: APP_VERSION,
      transport: options.transport,
      dataDir: options.dataDir,
      platform: `${process.platform}-${process.arch}`,
      runtime: { node: process.versions.node, ...options.runtime },
    },
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
  });
  const dispatcher = createDispatcher(handlers, { language: () => settings.value.language, logger });
  logger.info('core started', { transport: options.transport, db: db.outcome.state });
  return {
    dispatcher,
    bus,
    db,
    settings,
    logger,
    options,
    close: () => db.close(),
  };
}
