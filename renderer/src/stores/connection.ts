import { create } from 'zustand';
import { onConnectionState } from '../ipc/client';
import type { ConnectionState } from '../ipc/websocket-bridge';

interface ConnectionStore {
  /** Link to the core. Electron's IPC cannot drop, so it stays 'open' there. */
  link: ConnectionState;
  /** Did the link ever drop? A re-open after a drop means the core may have moved on. */
  dropped: boolean;
  /** The machine's network (navigator.onLine): the partner center is out of reach when false. */
  online: boolean;
}

export const useConnectionStore = create<ConnectionStore>()(() => ({
  link: 'connecting',
  dropped: false,
  online: navigator.onLine,
}));

/**
 * Starts following the transport and the network. Must run before installBridge(): the
 * WebSocket bridge reports its first state while it is being created.
 */
export function trackConnection(): void {
  onConnectionState((link) => useConnectionStore.setState((s) => ({ link, dropped: s.dropped || link === 'closed' })));
  const onNetwork = () => useConnectionStore.setState({ online: navigator.onLine });
  window.addEventListener('online', onNetwork);
  window.addEventListener('offline', onNetwork);
}

/** Electron's preload bridge has no connection states: it is simply there. */
export function markLinkOpen(): void {
  useConnectionStore.setState({ link: 'open' });
}
