import type { z } from 'zod';
import { InvoiceListInput, type InvoiceStatus, type InvoiceView } from '../../../shared/invoices/contract';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

export type InvoiceStatusValue = z.infer<typeof InvoiceStatus>;

/** What the invoice list is narrowed to: a status tab (none = all), a customer, a search. */
export interface InvoiceFilter {
  status?: InvoiceStatusValue;
  customerId?: string;
  search?: string;
}

/** The core's list input for a filter and a page. */
export function invoiceListInput(filter: InvoiceFilter, offset: number, limit: number) {
  return {
    status: filter.status ?? null,
    customerId: filter.customerId ?? null,
    search: filter.search?.trim() ? filter.search : null,
    offset,
    limit,
  };
}

/**
 * The invoice list (#/invoices): drafts first (the rep's work in progress), newest change
 * on top — the core's only order, so the list has no sortable column.
 */
export const useInvoicesListStore = createPagedListStore<InvoiceFilter, 'updatedAt', InvoiceView, null>({
  initialFilter: { status: 'draft' },
  initialSort: { field: 'updatedAt', order: 'desc' },
  fetch: (filter, _sort, offset, limit) => invoke('invoices.list', invoiceListInput(filter, offset, limit)),
  fetchFacets: () => Promise.resolve(null),
  validate: (filter) => zodIssues(InvoiceListInput.safeParse(invoiceListInput(filter, 0, 1))),
});
