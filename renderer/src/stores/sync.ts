import { create } from 'zustand';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { ProfileInput, ProfilesView, QuarantinePage, SyncStatus } from '../../../shared/sync/schema';
import { invoke, on } from '../ipc/client';
import { useConnectionStore } from './connection';
import { useSettingsStore } from './settings';

export type SyncAction = 'start' | 'full' | 'cancel' | 'autoSync';

interface SyncStore {
  /** The core's sync status; null until first read. */
  status: SyncStatus | null;
  profiles: ProfilesView | null;
  /** Why the first read failed (localized by the core), if it did. */
  loadError: string | null;
  /** The control whose request is in flight, so it can show it is busy. */
  busy: SyncAction | null;
  /** The last run that finished while the app was open (for the "done" line). */
  lastFinished: EventPayload<'sync.finished'> | null;
  /** Subscribes to the sync events and reads status and profiles; safe to call more than once. */
  init(): void;
  /** Reads status and profiles again (after a reconnect, a language change). */
  refresh(): Promise<void>;
  /** Each action resolves to the core's localized error message, or null on success. */
  start(kind?: 'full' | 'incremental'): Promise<string | null>;
  cancel(): Promise<string | null>;
  setAutoSync(enabled: boolean): Promise<string | null>;
  saveProfile(input: ProfileInput): Promise<string | null>;
  removeProfile(id: string): Promise<string | null>;
  activateProfile(id: string): Promise<string | null>;
  /** Signs in with the profile; the message is in the user's language either way. */
  testProfile(id: string): Promise<{ ok: boolean; message: string }>;
  quarantine(offset: number, limit: number): Promise<QuarantinePage>;
}

let initialised = false;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Sync as the core runs it. The core is the source of truth: the store holds the last
 * status it sent (`sync.progress` carries the whole status, a few times a second while a
 * run is under way) and the profiles view; actions go to the core and apply its answer.
 */
export const useSyncStore = create<SyncStore>()((set, get) => {
  /** Runs an action that answers with a status; tracks which control is busy. */
  const statusAction = async (busy: SyncAction, run: () => Promise<SyncStatus>): Promise<string | null> => {
    set({ busy });
    try {
      setStatus(await run());
      return null;
    } catch (err) {
      return messageOf(err);
    } finally {
      set({ busy: null });
    }
  };

  /** Runs an action that answers with the profiles view; the active profile may have changed. */
  const profilesAction = async (run: () => Promise<ProfilesView>): Promise<string | null> => {
    try {
      set({ profiles: await run() });
      void readStatus();
      return null;
    } catch (err) {
      return messageOf(err);
    }
  };

  /** Progress arrives 4×/s; an update that changes nothing should not re-render anything. */
  let lastJson = '';
  const setStatus = (status: SyncStatus) => {
    const json = JSON.stringify(status);
    if (json === lastJson) return;
    lastJson = json;
    set({ status });
  };

  const readStatus = async () => {
    try {
      setStatus(await invoke('sync.status'));
      if (get().loadError) set({ loadError: null });
    } catch (err) {
      set({ loadError: messageOf(err) });
    }
  };

  return {
    status: null,
    profiles: null,
    loadError: null,
    busy: null,
    lastFinished: null,

    init() {
      if (initialised) return;
      initialised = true;
      on('sync.progress', setStatus);
      on('sync.finished', (finished) => {
        set({ lastFinished: finished });
        void readStatus();
      });
      on('sync.failed', () => void readStatus());
      on('sync.offline', () => void readStatus());
      // The core words its messages in the UI language at read time: read again on a switch.
      useSettingsStore.subscribe((s, prev) => {
        if (s.settings.language !== prev.settings.language) void get().refresh();
      });
      // Events sent while the link was down are lost: read again when it comes back.
      useConnectionStore.subscribe((s, prev) => {
        if (s.link === 'open' && prev.link !== 'open' && s.dropped) void get().refresh();
      });
      void get().refresh();
    },

    async refresh() {
      await Promise.all([
        readStatus(),
        invoke('sync.profiles.list').then(
          (profiles) => set({ profiles }),
          () => {},
        ),
      ]);
    },

    start: (kind) => statusAction(kind === 'full' ? 'full' : 'start', () => invoke('sync.start', kind ? { kind } : {})),
    cancel: () => statusAction('cancel', () => invoke('sync.cancel')),
    setAutoSync: (enabled) => statusAction('autoSync', () => invoke('sync.setAutoSync', { enabled })),

    saveProfile: (input) => profilesAction(() => invoke('sync.profiles.save', input)),
    removeProfile: (id) => profilesAction(() => invoke('sync.profiles.remove', { id })),
    activateProfile: (id) => profilesAction(() => invoke('sync.profiles.activate', { id })),

    async testProfile(id) {
      try {
        return await invoke('sync.profiles.test', { id });
      } catch (err) {
        return { ok: false, message: messageOf(err) };
      }
    },

    quarantine: (offset, limit) => invoke('sync.quarantine', { offset, limit }),
  };
});

/** The newest time any resource was synced (or the last run finished), or null if never. */
export function lastSyncedAt(status: SyncStatus | null): string | null {
  if (!status) return null;
  const times = status.resources.map((r) => r.lastSyncedAt).filter((t): t is string => t !== null);
  if (status.run?.status === 'finished' && status.run.finishedAt) times.push(status.run.finishedAt);
  return times.length ? times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null;
}

/**
 * 0..1 over the whole run, weighted by work: each resource's bar is pages done over pages
 * expected (pages / fraction), so a long resource counts for what it costs. A resource not
 * started yet counts one page per scope until it has a real estimate.
 */
export function overallFraction(status: SyncStatus | null): number {
  let done = 0;
  let expected = 0;
  for (const p of status?.progress ?? []) {
    done += p.state === 'done' ? Math.max(p.pages, 1) : p.pages;
    expected +=
      p.state === 'done' ? Math.max(p.pages, 1) : p.fraction > 0 ? p.pages / p.fraction : Math.max(p.scopesTotal, 1);
  }
  return expected > 0 ? Math.min(1, done / expected) : 0;
}
