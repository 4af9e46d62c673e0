import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/settings/schema';
import { invoke, on } from '../ipc/client';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The keys being saved right now, so the control can show it is busy. */
  saving: (keyof Settings)[];
  /** Loads from the core and follows `settings.changed` (other windows change them too). */
  load(): Promise<void>;
  /** Saves a change; resolves to the core's localized error message, or null on success. */
  update(patch: SettingsPatch): Promise<string | null>;
}

let unsubscribe: (() => void) | null = null;

/**
 * User settings as the core stores them. The core is the only source of truth: the UI
 * applies a change when the core has saved it (the round trip is local and fast), so what
 * is shown is always what a restart will bring back.
 */
export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: { ...DEFAULT_SETTINGS },
  loaded: false,
  saving: [],

  async load() {
    unsubscribe ??= on('settings.changed', (settings) => set({ settings }));
    const settings = await invoke('settings.get');
    set({ settings, loaded: true });
  },

  async update(patch) {
    const keys = Object.keys(patch) as (keyof Settings)[];
    set({ saving: [...get().saving, ...keys] });
    try {
      const settings = await invoke('settings.set', patch);
      set({ settings });
      return null;
    } catch (err) {
      return (err as Error).message;
    } finally {
      set({ saving: get().saving.filter((k) => !keys.includes(k)) });
    }
  },
}));

/** The UI language, for code outside React (error boundary fallbacks, document title). */
export const currentLanguage = () => useSettingsStore.getState().settings.language;
