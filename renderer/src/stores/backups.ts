import { create } from 'zustand';
import type { BackupList, ImportPreview, ImportResult, ImportSource } from '../../../shared/backup/schema';
import { invoke, IpcError } from '../ipc/client';
import { download } from './order-export';

export type BackupBusy = 'create' | 'export' | 'preview' | 'import' | null;

/** What the card tells the user after an action: a key of shared/i18n/features/backups.ts and its values. */
export type BackupNotice =
  { kind: 'created'; name: string } | { kind: 'exported'; name: string } | { kind: 'imported'; result: ImportResult };

interface BackupsStore {
  list: BackupList | null;
  loadError: string | null;
  busy: BackupBusy;
  /** The last action's failure, in the user's language (the core's own message). */
  error: string | null;
  notice: BackupNotice | null;
  /** An import waiting for the user's confirmation. */
  preview: ImportPreview | null;
  load(): Promise<void>;
  create(): Promise<void>;
  exportLocal(): Promise<void>;
  /** Electron: the open dialog; an automatic backup: by name. */
  previewFrom(source: ImportSource): Promise<void>;
  /** Browser host: uploads the chosen file first (one-use slot), then previews it. */
  previewUpload(file: File): Promise<void>;
  confirm(): Promise<void>;
  cancelPreview(): void;
  dismiss(): void;
}

const message = (err: unknown) => (err instanceof IpcError ? err.message : String((err as Error)?.message ?? err));

/**
 * The Backups card: automatic backups (list, one now), the export of local-only data, and
 * the two-step import — a preview of what would change, applied only when the user
 * confirms it (with the preview's token).
 */
export const useBackupsStore = create<BackupsStore>()((set, get) => {
  const run = async (busy: Exclude<BackupBusy, null>, work: () => Promise<void>) => {
    set({ busy, error: null, notice: null });
    try {
      await work();
    } catch (err) {
      set({ error: message(err) });
    } finally {
      set({ busy: null });
    }
  };

  return {
    list: null,
    loadError: null,
    busy: null,
    error: null,
    notice: null,
    preview: null,

    async load() {
      try {
        set({ list: await invoke('backups.list'), loadError: null });
      } catch (err) {
        set({ loadError: message(err) });
      }
    },

    create: () =>
      run('create', async () => {
        const entry = await invoke('backups.create');
        set({ notice: { kind: 'created', name: entry.name } });
        await get().load();
      }),

    exportLocal: () =>
      run('export', async () => {
        const r = await invoke('backups.export');
        if (r.state !== 'done') return;
        download(r);
        set({ notice: { kind: 'exported', name: r.fileName } });
      }),

    previewFrom: (source) =>
      run('preview', async () => {
        const r = await invoke('backups.previewImport', { source });
        if (r.state === 'ready') set({ preview: r.preview });
      }),

    previewUpload: (file) =>
      run('preview', async () => {
        const slot = await invoke('backups.uploadSlot');
        if (file.size > slot.maxBytes) throw new Error(`${file.size} > ${slot.maxBytes}`);
        const res = await fetch(slot.url, {
          method: 'POST',
          body: file,
          headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const ticket = slot.url.split('/').pop()!;
        const r = await invoke('backups.previewImport', { source: { kind: 'upload', ticket } });
        if (r.state === 'ready') set({ preview: r.preview });
      }),

    async confirm() {
      const preview = get().preview;
      if (!preview) return;
      await run('import', async () => {
        try {
          const result = await invoke('backups.import', { token: preview.token });
          set({ notice: { kind: 'imported', result } });
        } finally {
          set({ preview: null });
        }
        await get().load();
      });
    },

    cancelPreview: () => set({ preview: null }),
    dismiss: () => set({ error: null, notice: null }),
  };
});
