import {
  BillRecordsInput,
  type BillRecordRow,
  type BillRecordSort,
  type RecordKindFilter,
} from '../../../shared/bills/schema';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

/** Whose records are shown (the drawer's customer and cycle), and which kind of them. */
export interface RecordsQuery {
  cycle?: string;
  customerId?: string;
  kind?: RecordKindFilter;
}

/**
 * The fee records of one customer in one cycle (the Bills screen's drawer), read page by
 * page as the drawer's table scrolls.
 */
export const useBillRecordsStore = createPagedListStore<RecordsQuery, BillRecordSort, BillRecordRow, null>({
  initialFilter: {},
  initialSort: { field: 'tradeTime', order: 'desc' },
  fetch: ({ cycle, customerId, kind }, sort, offset, limit) =>
    cycle && customerId
      ? invoke('bills.records', { cycle, customerId, kind, sort, offset, limit })
      : Promise.resolve({ total: 0, rows: [] }),
  fetchFacets: () => Promise.resolve(null),
  validate: ({ cycle, customerId, kind }) =>
    cycle && customerId
      ? zodIssues(
          BillRecordsInput.safeParse({
            cycle,
            customerId,
            kind,
            sort: { field: 'tradeTime', order: 'desc' },
            offset: 0,
            limit: 1,
          }),
        )
      : [],
});
