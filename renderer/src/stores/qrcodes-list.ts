import { create } from 'zustand';
import type { AssociationType, QrCodeView, QrSetup } from '../../../shared/qrcodes/schema';
import { QrListInput } from '../../../shared/qrcodes/schema';
import type { LayoutSpec } from '../../../shared/qrcodes/layout';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

/** Status tabs other than the default "active" (kept out of the filter so "clear filters" means what it says). */
export type QrStatusTab = 'active' | 'expired' | 'archived' | 'all';

/** What the QR code list is narrowed to. No status = the active codes. */
export interface QrFilter {
  status?: Exclude<QrStatusTab, 'active'>;
  search?: string;
  associationType?: AssociationType;
  campaign?: string;
  ownerRep?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "Today" in the rep's time zone, for the expired filter. */
export function today(d = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The core's list input for a filter and a page. */
export function qrListInput(filter: QrFilter, offset: number, limit: number): QrListInput {
  return {
    search: filter.search?.trim() ?? '',
    status: filter.status ?? ('active' as const),
    associationType: filter.associationType ?? null,
    campaign: filter.campaign ?? null,
    ownerRep: filter.ownerRep ?? null,
    offset,
    limit,
    today: today(),
  };
}

/**
 * What the screen knows beside the list: the profile's link setup, how many codes exist in
 * all (to tell "none yet" from "none match"), the last print layout and the codes ticked
 * for printing.
 */
interface QrCodesState {
  setup: QrSetup | null;
  /** Codes of the profile whatever the filter; null until the first page. */
  all: number | null;
  layout: LayoutSpec | null;
  /** Ticked codes, by id, with their row (the sheet needs tag and rep). */
  selected: Record<string, QrCodeView>;
  /** Bumped after every change of a code: the detail drawer and the chart read again. */
  revision: number;
  loadSetup(): Promise<void>;
  setSetup(setup: QrSetup): void;
  loadLayout(): Promise<LayoutSpec>;
  setLayout(layout: LayoutSpec): void;
  toggle(code: QrCodeView, on: boolean): void;
  clearSelection(): void;
  /** After a create/edit/archive: the list, the facets and whatever shows a code read again. */
  changed(): void;
}

export const useQrCodesStore = create<QrCodesState>()((set, get) => ({
  setup: null,
  all: null,
  layout: null,
  selected: {},
  revision: 0,
  async loadSetup() {
    set({ setup: await invoke('qrcodes.setup.get') });
  },
  setSetup: (setup) => set({ setup }),
  async loadLayout() {
    const layout = get().layout ?? (await invoke('qrcodes.layout.get'));
    set({ layout });
    return layout;
  },
  setLayout: (layout) => set({ layout }),
  toggle(code, on) {
    set((s) => {
      const selected = { ...s.selected };
      if (on) selected[code.id] = code;
      else delete selected[code.id];
      return { selected };
    });
  },
  clearSelection: () => set({ selected: {} }),
  changed() {
    set((s) => ({ revision: s.revision + 1 }));
    useQrListStore.getState().refresh();
    invoke('qrcodes.facets').then(
      (facets) => useQrListStore.setState({ facets }),
      () => {},
    );
  },
}));

interface Facets {
  campaigns: string[];
  ownerReps: string[];
}

/** The QR code list (#/qrcodes): newest first, the core's only order. */
export const useQrListStore = createPagedListStore<QrFilter, 'createdAt', QrCodeView, Facets>({
  initialFilter: {},
  initialSort: { field: 'createdAt', order: 'desc' },
  pageSize: 100,
  fetch: async (filter, _sort, offset, limit) => {
    const page = await invoke('qrcodes.list', qrListInput(filter, offset, limit));
    useQrCodesStore.setState({ all: page.all });
    return { total: page.total, rows: page.items };
  },
  fetchFacets: () => invoke('qrcodes.facets'),
  validate: (filter) => zodIssues(QrListInput.safeParse(qrListInput(filter, 0, 1))),
});
