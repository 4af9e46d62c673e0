import { create } from 'zustand';
import type { DashboardSummary } from '../../../shared/dashboard/schema';
import { invoke, on } from '../ipc/client';
import { useConnectionStore } from './connection';

interface DashboardStore {
  /** The last summary the core answered; null until the first read. */
  summary: DashboardSummary | null;
  /** A read is in flight. */
  loading: boolean;
  /** Why the last read failed (localized by the core), if it did. */
  error: string | null;
  /** Subscribes to the events that change the figures and reads them; safe to call more than once. */
  init(): void;
  /** Reads the summary again. */
  load(): Promise<void>;
}

let initialised = false;
/** Only the newest read may set the state (a slow read must not overwrite a newer one). */
let generation = 0;

/**
 * The home screen's figures, read from the local cache. They change only when a sync
 * writes, so they are read on first show and again after a sync finishes (or fails part
 * way: pages already committed are new data too), and after a dropped link comes back.
 */
export const useDashboardStore = create<DashboardStore>()((set, get) => ({
  summary: null,
  loading: false,
  error: null,

  init() {
    if (initialised) {
      void get().load();
      return;
    }
    initialised = true;
    on('sync.finished', () => void get().load());
    on('sync.failed', () => void get().load());
    useConnectionStore.subscribe((s, prev) => {
      if (s.link === 'open' && prev.link !== 'open' && s.dropped) void get().load();
    });
    void get().load();
  },

  async load() {
    const mine = ++generation;
    set({ loading: true });
    try {
      const summary = await invoke('dashboard.summary');
      if (mine === generation) set({ summary, error: null, loading: false });
    } catch (err) {
      if (mine === generation) set({ error: err instanceof Error ? err.message : String(err), loading: false });
    }
  },
}));
