import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL } from '../../shared/ipc/bridge';
import type { Core } from '../core/core';
import { isAppUrl, isTrustedSender } from './origin';

/**
 * The Electron transport of the contract: one invoke channel into the core's dispatcher
 * (which validates every input and never throws) and one event channel out of its bus.
 * Returns a function that undoes both.
 */
export function connectIpc(core: Core): () => void {
  ipcMain.handle(ELECTRON_INVOKE_CHANNEL, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null)) {
      core.logger.warn('refused IPC from an untrusted frame', {
        channel: typeof channel === 'string' ? channel : typeof channel,
      });
      // A rejection, not an envelope: only a foreign or stale frame can get here, and it
      // deserves no answer shaped like a real one.
      throw new Error('forbidden: IPC is only accepted from the app origin');
    }
    return core.dispatcher.dispatch(channel, input);
  });

  const unsubscribe = core.bus.subscribe((name, payload) => {
    // Only pages showing the app get events; devtools or a blocked page get nothing.
    for (const wc of webContents.getAllWebContents()) {
      if (!wc.isDestroyed() && wc.getType() === 'window' && isAppUrl(wc.getURL()))
        wc.send(ELECTRON_EVENT_CHANNEL, name, payload);
    }
  });

  return () => {
    ipcMain.removeHandler(ELECTRON_INVOKE_CHANNEL);
    unsubscribe();
  };
}
