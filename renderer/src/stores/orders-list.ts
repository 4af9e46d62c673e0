import type { z } from 'zod';
import { OrderFilter, type OrderFacets, type OrderRow, type OrderSortField } from '../../../shared/orders/schema';
import { invoke } from '../ipc/client';
import { createPagedListStore, zodIssues } from './paged-list';

export type OrderSortKey = (typeof OrderSortField)['options'][number];

/**
 * The order list (#/orders): filter, sort, scroll position and the loaded pages. The
 * detail drawer (#/orders/:orderId) opens over it, so the list keeps its place.
 */
export const useOrdersListStore = createPagedListStore<
  OrderFilter,
  OrderSortKey,
  OrderRow,
  z.infer<typeof OrderFacets>
>({
  initialFilter: {},
  initialSort: { field: 'createTime', order: 'desc' },
  fetch: (filter, sort, offset, limit) => invoke('orders.list', { filter, sort, offset, limit }),
  fetchFacets: () => invoke('orders.facets'),
  validate: (filter) => zodIssues(OrderFilter.safeParse(filter)),
});
