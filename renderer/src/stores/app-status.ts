import { create } from 'zustand';
import type { AppInfo, DbStatus } from '../../../shared/app/schema';
import { invoke } from '../ipc/client';

interface AppStatusState {
  info: AppInfo | null;
  db: DbStatus | null;
  /** Reads both at start; throws the IpcError so the start-up screen can show it. */
  load(): Promise<void>;
  /** Size and journal mode change as the app works; About refreshes them when shown. */
  refreshDb(): Promise<void>;
}

/** What the app is and the state of its local database: read at start, shown by the shell and About. */
export const useAppStatusStore = create<AppStatusState>()((set) => ({
  info: null,
  db: null,

  async load() {
    const [info, db] = await Promise.all([invoke('app.info'), invoke('db.status')]);
    set({ info, db });
  },

  async refreshDb() {
    try {
      set({ db: await invoke('db.status') });
    } catch {
      // Keep the last known status; the header already shows a broken link.
    }
  },
}));
