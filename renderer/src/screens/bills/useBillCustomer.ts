import { useCallback, useEffect, useState } from 'react';
import type { BillCustomerRow } from '../../../../shared/bills/schema';
import { invoke, on } from '../../ipc/client';
import { useLanguage } from '../../i18n/useT';

export type BillCustomerState =
  | { kind: 'loading' }
  | { kind: 'ready'; row: BillCustomerRow }
  /** The customer has no fee records in this cycle. */
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

/** One customer's sums in one cycle (the drawer's header), read again after a sync. */
export function useBillCustomer(cycle: string | null, customerId: string | null) {
  const [state, setState] = useState<BillCustomerState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const language = useLanguage();

  const read = useCallback(
    async (quiet: boolean) => {
      if (!cycle || !customerId) return;
      if (!quiet) setState({ kind: 'loading' });
      try {
        const page = await invoke('bills.cycle', {
          cycle,
          filter: { customerId },
          sort: { field: 'name', order: 'asc' },
          offset: 0,
          limit: 1,
        });
        setState(page.rows[0] ? { kind: 'ready', row: page.rows[0] } : { kind: 'missing' });
      } catch (err) {
        setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    },
    [cycle, customerId],
  );

  // A new customer or cycle, a retry, or a language switch (an error is worded in it).
  useEffect(() => {
    void read(false);
  }, [read, attempt, language]);
  useEffect(() => on('sync.finished', () => void read(true)), [read]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
