import { useEffect, useState } from 'react';
import { invoke } from '../../../ipc/client';
import { invoiceListInput, useInvoicesListStore, type InvoiceStatusValue } from '../../../stores/invoices-list';

export type StatusTab = InvoiceStatusValue | 'all';
export const STATUS_TABS: readonly StatusTab[] = ['draft', 'issued', 'voided', 'all'];

/**
 * How many invoices each status tab holds under the current customer and search: one
 * count query per tab (a page of one row), read again whenever the list is.
 */
export function useStatusCounts(): Partial<Record<StatusTab, number>> {
  const customerId = useInvoicesListStore((s) => s.filter.customerId);
  const search = useInvoicesListStore((s) => s.filter.search);
  // The list's total changes after every reload and refresh: counts follow it.
  const total = useInvoicesListStore((s) => s.total);
  const [counts, setCounts] = useState<Partial<Record<StatusTab, number>>>({});

  useEffect(() => {
    let live = true;
    Promise.all(
      STATUS_TABS.map((tab) =>
        invoke(
          'invoices.list',
          invoiceListInput({ status: tab === 'all' ? undefined : tab, customerId, search }, 0, 1),
        ).then((page) => [tab, page.total] as const),
      ),
    ).then(
      (entries) => live && setCounts(Object.fromEntries(entries)),
      () => live && setCounts({}),
    );
    return () => {
      live = false;
    };
  }, [customerId, search, total]);

  return counts;
}
