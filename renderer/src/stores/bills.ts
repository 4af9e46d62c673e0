import { create } from 'zustand';
import type { BillTotals, CyclesView } from '../../../shared/bills/schema';
import { invoke, on } from '../ipc/client';
import { setListCycle, useBillCustomersStore } from './bill-customers';
import { useConnectionStore } from './connection';
import { useSettingsStore } from './settings';

interface BillsState {
  /** The last 18 cycles with their sums; null until the first answer. */
  view: CyclesView | null;
  /** Why the cycles could not be read (worded by the core in the UI language). */
  error: string | null;
  /** The cycle shown; null until the screen has picked one. */
  cycle: string | null;
  /** Sums over the customers the table lists (the cycle narrowed by the search); null while read. */
  totals: BillTotals | null;
  totalsError: string | null;
  /** Subscribes to the events that change the data and reads the cycles; safe to call again. */
  init(): void;
  /** Shows another cycle: its customers and their sums are read from the top. */
  selectCycle(cycle: string): void;
  /** Reads the cycles (and the table's sums) again without blanking what is shown. */
  refresh(): void;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The Bills screen (#/bills): the 18 cycles and their sums (picker, chart, consistency
 * check), the cycle shown, and the sums of the customers listed for it. The customers
 * themselves are a paged list of their own (bill-customers.ts), which reads the cycle here.
 */
export const useBillsStore = create<BillsState>()((set, get) => {
  let initialised = false;
  let listStarted = false;
  let cyclesRead = 0;
  let totalsRead = 0;

  const readCycles = () => {
    const mine = ++cyclesRead;
    invoke('bills.cycles').then(
      (view) => mine === cyclesRead && set({ view, error: null }),
      (err) => mine === cyclesRead && set({ error: messageOf(err) }),
    );
  };

  const readTotals = () => {
    const { cycle } = get();
    const mine = ++totalsRead;
    if (!cycle) return;
    const { filter } = useBillCustomersStore.getState();
    invoke('bills.totals', { cycle, filter }).then(
      (totals) => mine === totalsRead && set({ totals, totalsError: null }),
      (err) => mine === totalsRead && set({ totals: null, totalsError: messageOf(err) }),
    );
  };

  return {
    view: null,
    error: null,
    cycle: null,
    totals: null,
    totalsError: null,

    init() {
      if (initialised) {
        if (get().error) readCycles();
        return;
      }
      initialised = true;
      const changed = () => get().refresh();
      on('sync.finished', changed);
      on('sync.failed', changed);
      useConnectionStore.subscribe((s, prev) => {
        if (s.link === 'open' && prev.link !== 'open' && s.dropped) changed();
      });
      // Errors are worded by the core in the UI language: ask again after a switch.
      useSettingsStore.subscribe((s, prev) => {
        if (s.settings.language !== prev.settings.language && (get().error || get().totalsError)) changed();
      });
      // A new search narrows the listed customers: their sums follow.
      useBillCustomersStore.subscribe((s, prev) => {
        if (s.filter !== prev.filter) {
          set({ totals: null });
          readTotals();
        }
      });
      readCycles();
    },

    selectCycle(cycle) {
      if (cycle === get().cycle) return;
      set({ cycle, totals: null, totalsError: null });
      setListCycle(cycle);
      const list = useBillCustomersStore.getState();
      // The first cycle starts the list (its first page, and its refresh after a sync).
      if (listStarted) list.reload();
      else {
        listStarted = true;
        list.init();
      }
      readTotals();
    },

    refresh() {
      readCycles();
      readTotals();
    },
  };
});
