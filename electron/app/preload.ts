/**
 * The preload exposes exactly one object, `window.workstation` ({invoke, on}), and nothing
 * else: no raw ipcRenderer, no Node. It runs sandboxed, so it may only import 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL, type WorkstationBridge } from '../../shared/ipc/bridge';
import type { IpcResult } from '../../shared/ipc/errors';

const bridge: WorkstationBridge = {
  invoke: (channel, input) =>
    ipcRenderer.invoke(ELECTRON_INVOKE_CHANNEL, channel, input) as Promise<IpcResult<unknown>>,
  on: (event, listener) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(ELECTRON_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(ELECTRON_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('workstation', bridge);
