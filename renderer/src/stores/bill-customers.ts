import {
  BillFilter,
  type BillCustomerRow,
  type BillCustomerSort,
  type BillFilter as BillFilterInput,
} from '../../../shared/bills/schema';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

/** The cycle whose customers are listed; the Bills store (bills.ts) sets it, then reloads the list. */
let listCycle: string | null = null;
export function setListCycle(cycle: string): void {
  listCycle = cycle;
}

/**
 * The customers of the cycle shown on the Bills screen, with their sums: search, sort,
 * scroll position and the loaded pages, read from the database page by page.
 */
export const useBillCustomersStore = createPagedListStore<BillFilterInput, BillCustomerSort, BillCustomerRow, null>({
  initialFilter: {},
  initialSort: { field: 'official', order: 'desc' },
  fetch: (filter, sort, offset, limit) => {
    if (!listCycle) return Promise.resolve({ total: 0, rows: [] });
    return invoke('bills.cycle', { cycle: listCycle, filter, sort, offset, limit });
  },
  fetchFacets: () => Promise.resolve(null),
  validate: (filter) => zodIssues(BillFilter.safeParse(filter)),
});
