import { create } from 'zustand';
import type { InvoiceDetail, PoolItemView } from '../../../shared/invoices/contract';
import { IpcError, invoke, on } from '../ipc/client';
import { draftSave, fieldsOf, linesMoved, matchPool, preview, saveBlockers, type DraftFields } from './invoice-draft';
import type { PoolItem } from '../../../shared/invoices/matching';

/** Autosave waits this long after the last edit (design: saved within a second). */
export const AUTOSAVE_DELAY_MS = 500;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** An edit the core would refuse (amount, credit code): not sent; the last save stands. */
  | { kind: 'invalid' }
  | { kind: 'error'; message: string; stale: boolean };

/** A refused issue, void or delete, worded by the core; `conflict` when the items were taken meanwhile. */
export interface ActionError {
  action: 'issue' | 'void' | 'delete' | 'rematch';
  message: string;
  conflict: boolean;
}

interface EditorState {
  id: string | null;
  status: 'loading' | 'ready' | 'notFound' | 'error';
  loadError: string | null;
  /** The invoice as the core last answered it. */
  saved: InvoiceDetail | null;
  /** What the rep sees and edits (ahead of `saved` until the autosave lands). */
  fields: DraftFields | null;
  pool: PoolItemView[] | null;
  /** The pool as the matching takes it (derived once per read). */
  matchPool: PoolItem[] | null;
  poolError: string | null;
  save: SaveState;
  busy: ActionError['action'] | null;
  actionError: ActionError | null;
  /** After a re-match: the lines changed, the rep should look before issuing again. */
  rematched: boolean;
  open(id: string): void;
  close(): void;
  edit(patch: Partial<DraftFields>): void;
  editBuyer(patch: Partial<DraftFields['buyer']>): void;
  /** Saves now what is not saved yet; true when everything shown is saved. */
  flush(): Promise<boolean>;
  reloadPool(): Promise<void>;
  /** Resolves when the save of an invoice left behind (if any) has landed. */
  settled(): Promise<void>;
  issue(): Promise<boolean>;
  voidInvoice(reason: string): Promise<boolean>;
  remove(): Promise<boolean>;
  rematch(): Promise<void>;
  dismissActionError(): void;
}

/** The editor's state before an invoice has been read. */
const NOTHING_OPEN = {
  status: 'loading',
  loadError: null,
  saved: null,
  fields: null,
  pool: null,
  matchPool: null,
  poolError: null,
  busy: null,
  actionError: null,
  rematched: false,
} as const satisfies Partial<EditorState>;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The invoice open in the editor (#/invoices/:invoiceId). Edits apply to `fields` at once
 * (the preview follows every key) and are saved AUTOSAVE_DELAY_MS after the last one, one
 * save at a time, each with the revision the previous one answered. An amount or credit
 * code the core would refuse is never sent: the last saved state stays in the database.
 */
export const useInvoiceEditorStore = create<EditorState>()((set, get) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every edit; `savedEdit` is the edit the database holds. */
  let edits = 0;
  let savedEdit = 0;
  let saving: Promise<void> | null = null;
  /** What the database holds, as a save would send it: an edit that comes back to it sends nothing. */
  let savedPayload = '';
  /** The saved lines no longer follow from the pool: the next save goes out even with the same fields. */
  let resave = false;
  const payloadOf = (id: string, fields: DraftFields) => JSON.stringify({ ...draftSave(id, 1, fields), revision: 0 });
  /** Bumped by open/close: answers for an invoice no longer open are dropped. */
  let session = 0;
  /** The last save of the invoice left behind: opening one waits for it (its revision). */
  let leaving: Promise<unknown> = Promise.resolve();

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    clearTimer();
    timer = setTimeout(() => void get().flush(), AUTOSAVE_DELAY_MS);
  };

  const isDraft = () => get().saved?.invoice.status === 'draft';

  /** One save of the fields as they are now. */
  const saveOnce = async (force: boolean) => {
    const mine = session;
    const { saved, fields, matchPool: pool } = get();
    if (!saved || !fields || !isDraft()) return;
    if (!force && savedEdit === edits) return;
    if (Object.keys(saveBlockers(fields, pool)).length) {
      set({ save: { kind: 'invalid' } });
      return;
    }
    const sent = edits;
    const payload = payloadOf(saved.invoice.id, fields);
    if (!force && !resave && payload === savedPayload) {
      savedEdit = sent;
      set({ save: { kind: 'saved', at: saved.invoice.updatedAt } });
      return;
    }
    set({ save: { kind: 'saving' } });
    try {
      const detail = await invoke('invoices.save', draftSave(saved.invoice.id, saved.invoice.revision, fields));
      if (mine !== session) return;
      savedEdit = sent;
      savedPayload = payload;
      resave = false;
      set({ saved: detail });
      // Another draft took items since the pool was read: the core matched on what is left.
      if (linesMoved(preview(fields, pool), detail.lines)) void loadPool(true);
      if (edits !== sent) {
        set({ save: { kind: 'pending' } });
        schedule();
      } else set({ save: { kind: 'saved', at: detail.invoice.updatedAt } });
    } catch (err) {
      if (mine !== session) return;
      const stale = err instanceof IpcError && err.code === 'CONFLICT';
      set({ save: { kind: 'error', message: messageOf(err), stale } });
    }
  };

  /** Reads the pool; `followSave` after a save whose lines the stale preview did not foresee (no resave then). */
  const loadPool = async (followSave = false) => {
    const mine = session;
    const { saved } = get();
    if (!saved || saved.invoice.status !== 'draft') return;
    try {
      const pool = await invoke('invoices.pool', {
        customerId: saved.invoice.customerId,
        exceptInvoice: saved.invoice.id,
      });
      if (mine !== session) return;
      const forMatching = matchPool(pool);
      set({ pool, matchPool: forMatching, poolError: null });
      // The pool moved since the lines were saved (a sync): save what the preview now shows.
      const { fields, saved: now } = get();
      if (!followSave && fields && now && linesMoved(preview(fields, forMatching), now.lines)) {
        resave = true;
        edits++;
        set({ save: { kind: 'pending' } });
        schedule();
      }
    } catch (err) {
      if (mine === session) set({ poolError: messageOf(err) });
    }
  };

  let subscribed = false;
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    // A sync can change what is invoiceable: the preview follows.
    on('sync.finished', () => void loadPool());
  };

  return {
    id: null,
    ...NOTHING_OPEN,
    save: { kind: 'saved', at: '' },

    open(id) {
      clearTimer();
      const before = Promise.all([leaving, saving]).catch(() => {});
      const mine = ++session;
      edits = savedEdit = 0;
      resave = false;
      subscribe();
      set({ id, ...NOTHING_OPEN });
      before
        .then(() => invoke('invoices.get', { id }))
        .then(
          (detail) => {
            if (mine !== session) return;
            const fields = fieldsOf(detail);
            savedPayload = payloadOf(detail.invoice.id, fields);
            set({
              status: 'ready',
              saved: detail,
              fields,
              save: { kind: 'saved', at: detail.invoice.updatedAt },
            });
            void loadPool();
          },
          (err) => {
            if (mine !== session) return;
            const notFound = err instanceof IpcError && err.code === 'NOT_FOUND';
            set({ status: notFound ? 'notFound' : 'error', loadError: messageOf(err) });
          },
        );
    },

    close() {
      // Leaving the editor: what is not saved yet is saved now, not dropped.
      if (timer && isDraft()) leaving = get().flush();
      clearTimer();
    },

    edit(patch) {
      const { fields } = get();
      if (!fields || !isDraft()) return;
      edits++;
      set({ fields: { ...fields, ...patch }, save: { kind: 'pending' }, rematched: false });
      schedule();
    },

    editBuyer(patch) {
      const { fields } = get();
      if (fields) get().edit({ buyer: { ...fields.buyer, ...patch } });
    },

    async flush() {
      clearTimer();
      while (saving) await saving;
      if (savedEdit !== edits) {
        saving = saveOnce(false).finally(() => (saving = null));
        await saving;
      }
      clearTimer();
      return savedEdit === edits && get().save.kind === 'saved';
    },

    reloadPool: () => loadPool(),

    settled: () =>
      Promise.all([leaving, saving]).then(
        () => {},
        () => {},
      ),

    async issue() {
      const { saved } = get();
      if (!saved || !(await get().flush())) return false;
      set({ busy: 'issue', actionError: null });
      try {
        const detail = await invoke('invoices.issue', {
          id: saved.invoice.id,
          revision: get().saved!.invoice.revision,
        });
        set({ saved: detail, busy: null, pool: null, matchPool: null });
        return true;
      } catch (err) {
        const conflict =
          err instanceof IpcError &&
          err.code === 'CONFLICT' &&
          Array.isArray((err.details as { items?: unknown })?.items);
        set({ busy: null, actionError: { action: 'issue', message: messageOf(err), conflict } });
        return false;
      }
    },

    async voidInvoice(reason) {
      const { saved } = get();
      if (!saved) return false;
      set({ busy: 'void', actionError: null });
      try {
        const detail = await invoke('invoices.void', { id: saved.invoice.id, reason });
        set({ saved: detail, busy: null });
        return true;
      } catch (err) {
        set({ busy: null, actionError: { action: 'void', message: messageOf(err), conflict: false } });
        return false;
      }
    },

    async remove() {
      const { saved } = get();
      if (!saved) return false;
      clearTimer();
      while (saving) await saving;
      set({ busy: 'delete', actionError: null });
      try {
        await invoke('invoices.delete', { id: saved.invoice.id });
        session++;
        set({ id: null, ...NOTHING_OPEN });
        return true;
      } catch (err) {
        set({ busy: null, actionError: { action: 'delete', message: messageOf(err), conflict: false } });
        return false;
      }
    },

    async rematch() {
      set({ busy: 'rematch', actionError: null });
      await loadPool();
      while (saving) await saving;
      saving = saveOnce(true).finally(() => (saving = null));
      await saving;
      const ok = get().save.kind === 'saved';
      set({
        busy: null,
        rematched: ok,
        actionError: ok ? null : { action: 'rematch', message: saveMessage(get().save), conflict: false },
      });
    },

    dismissActionError: () => set({ actionError: null }),
  };
});

function saveMessage(save: SaveState): string {
  return save.kind === 'error' ? save.message : '';
}
