import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerDetail } from '../../../../../shared/customers/schema';
import { IpcError, invoke, on } from '../../../ipc/client';
import { useLanguage } from '../../../i18n/useT';

export type DetailState =
  | { kind: 'loading' }
  | { kind: 'ready'; detail: CustomerDetail }
  | { kind: 'notFound'; message: string }
  | { kind: 'error'; message: string };

/**
 * One customer's detail from the local cache. Read again (quietly, keeping what is shown)
 * after a sync finishes; a not-found or error message, worded by the core in the UI
 * language, is asked for again when the language changes.
 */
export function useCustomerDetail(customerId: string): { state: DetailState; reload(): void } {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const language = useLanguage();
  const current = useRef(customerId);
  current.current = customerId;

  const read = useCallback(async (id: string) => {
    try {
      const detail = await invoke('customers.detail', { customerId: id });
      if (current.current === id) setState({ kind: 'ready', detail });
    } catch (err) {
      if (current.current !== id) return;
      const message = err instanceof Error ? err.message : String(err);
      setState(
        err instanceof IpcError && err.code === 'NOT_FOUND'
          ? { kind: 'notFound', message }
          : { kind: 'error', message },
      );
    }
  }, []);

  // A new customer (or a retry): show the loading state, then the answer.
  useEffect(() => {
    setState({ kind: 'loading' });
    void read(customerId);
  }, [customerId, attempt, read]);

  // A finished sync may have changed the customer: read again without blanking the page.
  useEffect(() => on('sync.finished', () => void read(current.current)), [read]);

  // Messages come worded in the UI language: ask again after a switch.
  const failed = state.kind === 'notFound' || state.kind === 'error';
  const lastLanguage = useRef(language);
  useEffect(() => {
    if (lastLanguage.current === language) return;
    lastLanguage.current = language;
    if (failed) void read(current.current);
  }, [language, failed, read]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
