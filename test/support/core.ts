import { startCore, type Core } from '../../electron/core/core';
import { silentLogger, type Logger } from '../../electron/core/logger';
import type { Language } from '../../shared/settings/schema';
import { DB_WORKER } from './paths';

/** A real core (real SQLite file, real worker threads) in `dataDir`. */
export function testCore(dataDir: string, opts: { language?: Language; logger?: Logger } = {}): Promise<Core> {
  return startCore({
    dataDir,
    transport: 'browser-host',
    dbWorkerScript: DB_WORKER,
    logger: opts.logger ?? silentLogger,
    language: opts.language,
  });
}
