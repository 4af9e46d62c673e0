import { create } from 'zustand';
import type { ExportFormat, ExportJob } from '../../../shared/exports/schema';
import type { OrderFilter } from '../../../shared/orders/schema';
import { invoke, on } from '../ipc/client';
import type { SortState } from './paged-list';
import type { OrderSortKey } from './orders-list';

interface OrderExportStore {
  /** The last export started from this window, as its progress events tell it. */
  job: ExportJob | null;
  /** The format whose start request is in flight. */
  starting: ExportFormat | null;
  /** Why the export did not start (already in the UI language). */
  error: string | null;
  start(format: ExportFormat, filter: OrderFilter, sort: SortState<OrderSortKey>): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

let subscribed = false;
/** Progress that arrived before the start request answered (a small export can finish first). */
const early = new Map<string, ExportJob>();

/** The browser host serves the finished file once, at its ticket URL: hand it to the browser. */
export function download(job: { downloadUrl: string | null; fileName: string }) {
  if (!job.downloadUrl) return;
  const a = document.createElement('a');
  a.href = job.downloadUrl;
  a.download = job.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

const finished = (job: ExportJob) => job.state !== 'running';

/**
 * Exports of the order list's current filter and sort (CSV or XLSX). The core streams the
 * rows to a file and reports progress as `exports.progress`; in the browser host the
 * finished file is downloaded from a one-use URL, in Electron it was saved where the user
 * chose in the save dialog.
 */
export const useOrderExportStore = create<OrderExportStore>()((set, get) => {
  const apply = (job: ExportJob) => {
    const current = get().job;
    if (!current || current.jobId !== job.jobId || finished(current)) return;
    set({ job });
    if (job.state === 'done') download(job);
  };

  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    on('exports.progress', (job) => {
      if (get().job?.jobId === job.jobId) apply(job);
      else {
        early.set(job.jobId, job);
        if (early.size > 8) early.delete(early.keys().next().value!);
      }
    });
  };

  return {
    job: null,
    starting: null,
    error: null,

    async start(format, filter, sort) {
      subscribe();
      set({ starting: format, error: null });
      try {
        const job = await invoke('exports.start', { kind: 'orders', format, filter, sort });
        // An empty id: the user closed Electron's save dialog; nothing was started.
        if (!job.jobId) return set({ job: null });
        set({ job });
        const seen = early.get(job.jobId);
        early.delete(job.jobId);
        if (seen) apply(seen);
      } catch (err) {
        set({ error: err instanceof Error ? err.message : String(err) });
      } finally {
        set({ starting: null });
      }
    },

    async cancel() {
      const job = get().job;
      if (!job || finished(job)) return;
      try {
        await invoke('exports.cancel', { jobId: job.jobId });
      } catch (err) {
        set({ error: err instanceof Error ? err.message : String(err) });
      }
    },

    dismiss: () => set({ job: null, error: null }),
  };
});
