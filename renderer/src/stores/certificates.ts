import { create } from 'zustand';
import {
  MAX_FILE_BYTES,
  type CertificateDetail,
  type CertificateFields,
  type ExpiringSummary,
  type ImportPreview,
  type Inbox,
  type UploadInfo,
} from '../../../shared/certificates/schema';
import { translate } from '../../../shared/i18n/messages';
import { invoke, IpcError, on } from '../ipc/client';
import { useCertificatesListStore } from './certificates-list';
import { download } from './order-export';
import { useSettingsStore } from './settings';

export type CertificateBusy = 'save' | 'move' | 'csv' | 'import' | 'export' | 'pack' | null;

/** What the screen tells the user after an action: an i18n key and its values. */
export type CertificateNotice =
  | { kind: 'saved' }
  | { kind: 'moved'; account: string }
  | { kind: 'imported'; count: number }
  | { kind: 'exported'; name: string };

const message = (err: unknown) => (err instanceof IpcError ? err.message : String((err as Error)?.message ?? err));
const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(useSettingsStore.getState().settings.language, key, params);

/**
 * Sends a chosen or dropped file to a one-use upload slot, then has the core check it by
 * its content: answers what it is, or throws the reason in the user's language (too large
 * before a byte is sent; a program, an unknown type or a cut-off file after).
 */
export async function uploadCertificateFile(file: File): Promise<UploadInfo> {
  const tooLarge = () => new Error(say('certificates.error.fileTooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 }));
  if (file.size > MAX_FILE_BYTES) throw tooLarge();
  const slot = await invoke('certificates.uploadSlot');
  let res: Response;
  try {
    res = await fetch(slot.url, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
    });
  } catch {
    throw new Error(say('certificates.error.uploadFailed'));
  }
  if (res.status === 413) throw tooLarge();
  if (!res.ok)
    throw new Error(say(res.status === 404 ? 'certificates.error.uploadMissing' : 'certificates.error.uploadFailed'));
  const ticket = slot.url.split('/').pop()!;
  try {
    return await invoke('certificates.inspectUpload', { ticket });
  } catch (err) {
    throw new Error(message(err));
  }
}

interface CertificatesStore {
  /** The certificate open in the drawer. */
  detail: CertificateDetail | null;
  busy: CertificateBusy;
  /** The last action's failure, in the user's language. */
  error: string | null;
  notice: CertificateNotice | null;
  /** Certificates ticked for a bid pack (ids). */
  selected: string[];
  preview: ImportPreview | null;
  inbox: Inbox | null;
  expiring: ExpiringSummary | null;
  init(): void;
  open(id: string): Promise<void>;
  close(): void;
  save(input: {
    id: string | null;
    revision: number;
    fields: CertificateFields;
    account: string | null;
    upload: string | null;
  }): Promise<boolean>;
  move(
    action: 'bind' | 'unbind' | 'transfer',
    input: { account: string; onDate: string; note: string },
  ): Promise<boolean>;
  undo(note: string): Promise<void>;
  previewCsv(file: File): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
  exportCsv(): Promise<void>;
  bidPack(title: string): Promise<boolean>;
  toggle(id: string, on: boolean): void;
  clearSelection(): void;
  loadInbox(): Promise<void>;
  markAllRead(): Promise<void>;
  loadExpiring(): Promise<void>;
  dismiss(): void;
}

let subscribed = false;

/**
 * The certificates screen's actions and the reminders: the open certificate (edit, file,
 * bind/unbind/transfer, undo), the CSV import's preview and confirmation, the exports,
 * the bid-pack selection, the inbox and the dashboard's "expiring soon" figures.
 */
export const useCertificatesStore = create<CertificatesStore>()((set, get) => {
  const run = async (busy: Exclude<CertificateBusy, null>, work: () => Promise<void>): Promise<boolean> => {
    set({ busy, error: null, notice: null });
    try {
      await work();
      return true;
    } catch (err) {
      set({ error: message(err) });
      return false;
    } finally {
      set({ busy: null });
    }
  };
  /** After a change: the list, the reminders and the dashboard figures may all move. */
  const changed = () => {
    useCertificatesListStore.getState().refresh();
    void get().loadInbox();
    void get().loadExpiring();
  };

  return {
    detail: null,
    busy: null,
    error: null,
    notice: null,
    selected: [],
    preview: null,
    inbox: null,
    expiring: null,

    init() {
      if (subscribed) return;
      subscribed = true;
      on('certificates.reminders', () => {
        void get().loadInbox();
        void get().loadExpiring();
      });
    },

    async open(id) {
      set({ error: null, notice: null });
      try {
        set({ detail: await invoke('certificates.get', { id }) });
      } catch (err) {
        set({ error: message(err) });
      }
    },

    close: () => set({ detail: null }),

    save: (input) =>
      run('save', async () => {
        const detail =
          input.id === null
            ? await invoke('certificates.create', {
                fields: input.fields,
                account: input.account,
                upload: input.upload,
              })
            : await invoke('certificates.update', {
                id: input.id,
                revision: input.revision,
                fields: input.fields,
                upload: input.upload,
              });
        set({ detail, notice: { kind: 'saved' } });
        changed();
      }),

    move: (action, input) =>
      run('move', async () => {
        const id = get().detail?.certificate.id;
        if (!id) return;
        const detail =
          action === 'unbind'
            ? await invoke('certificates.unbind', { id, onDate: input.onDate, note: input.note })
            : await invoke(`certificates.${action}`, { id, ...input });
        set({ detail, notice: { kind: 'moved', account: detail.certificate.account ?? '' } });
        changed();
      }),

    undo: async (note) => {
      await run('move', async () => {
        const d = get().detail;
        if (!d || d.undoable === null) return;
        const detail = await invoke('certificates.undo', { id: d.certificate.id, transferId: d.undoable, note });
        set({ detail, notice: { kind: 'moved', account: detail.certificate.account ?? '' } });
        changed();
      });
    },

    previewCsv: async (file) => {
      await run('csv', async () => {
        const csv = await file.text();
        set({ preview: await invoke('certificates.previewImport', { csv, fileName: file.name.slice(0, 200) }) });
      });
    },

    confirmImport: async () => {
      const p = get().preview;
      if (!p) return;
      await run('import', async () => {
        try {
          const { added } = await invoke('certificates.confirmImport', { token: p.token });
          set({ notice: { kind: 'imported', count: added } });
        } finally {
          set({ preview: null });
        }
        changed();
      });
    },

    cancelImport: () => set({ preview: null }),

    exportCsv: async () => {
      await run('export', async () => {
        const r = await invoke('certificates.exportCsv');
        if (r.state !== 'done') return;
        download(r);
        set({ notice: { kind: 'exported', name: r.fileName } });
      });
    },

    bidPack: (title) =>
      run('pack', async () => {
        const r = await invoke('certificates.bidPack', { ids: get().selected, title });
        if (r.state !== 'done') return;
        download(r);
        set({ notice: { kind: 'exported', name: r.fileName } });
      }),

    toggle: (id, value) =>
      set((s) => ({ selected: value ? [...new Set([...s.selected, id])] : s.selected.filter((x) => x !== id) })),
    clearSelection: () => set({ selected: [] }),

    async loadInbox() {
      try {
        set({ inbox: await invoke('certificates.inbox') });
      } catch {
        // The bell keeps what it had; the screen shows the core's errors.
      }
    },

    async markAllRead() {
      const ids = (get().inbox?.reminders ?? []).filter((r) => r.readAt === null).map((r) => r.id);
      if (ids.length === 0) return;
      try {
        set({ inbox: await invoke('certificates.markRead', { ids: ids.slice(0, 500) }) });
      } catch (err) {
        set({ error: message(err) });
      }
    },

    async loadExpiring() {
      try {
        set({ expiring: await invoke('certificates.expiring') });
      } catch {
        set({ expiring: null });
      }
    },

    dismiss: () => set({ error: null, notice: null }),
  };
});
