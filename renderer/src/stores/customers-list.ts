import {
  CustomerFilter,
  type CustomerFacets,
  type CustomerRow,
  type CustomerSortField,
} from '../../../shared/customers/schema';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

export type CustomerSort = (typeof CustomerSortField)['options'][number];

/**
 * The customer list (#/customers): filter, sort, scroll position and the loaded pages.
 * Kept while the user opens a customer and comes back.
 */
export const useCustomersListStore = createPagedListStore<CustomerFilter, CustomerSort, CustomerRow, CustomerFacets>({
  initialFilter: {},
  initialSort: { field: 'associatedOn', order: 'desc' },
  fetch: (filter, sort, offset, limit) => invoke('customers.list', { filter, sort, offset, limit }),
  fetchFacets: () => invoke('customers.facets'),
  validate: (filter) => zodIssues(CustomerFilter.safeParse(filter)),
});
