import type { ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
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
    autoSync: false,
    language: opts.language,
  });
}

/** dispatch() typed by channel, for readable assertions. */
export function call<C extends ChannelName>(
  core: Core,
  channel: C,
  input?: unknown,
): Promise<IpcResult<ChannelOutput<C>>> {
  return core.dispatcher.dispatch(channel, input) as Promise<IpcResult<ChannelOutput<C>>>;
}
