import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrderDetail } from '../../../../../shared/orders/schema';
import { IpcError, invoke } from '../../../ipc/client';
import { useLanguage } from '../../../i18n/useT';

export type OrderDetailState =
  | { kind: 'loading' }
  | { kind: 'ready'; detail: OrderDetail }
  | { kind: 'notFound'; message: string }
  | { kind: 'error'; message: string };

/**
 * One order's details: the core fetches them from the partner API when it can and caches
 * them; offline it answers the cached copy or the list fields, with a notice worded in the
 * UI language — so a language switch asks again (keeping what is shown meanwhile).
 */
export function useOrderDetail(orderId: string | undefined): { state: OrderDetailState; reload(): void } {
  const [state, setState] = useState<OrderDetailState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const language = useLanguage();
  const current = useRef(orderId);
  current.current = orderId;

  const read = useCallback(async (id: string) => {
    try {
      const detail = await invoke('orders.detail', { orderId: id });
      if (current.current === id) setState({ kind: 'ready', detail });
    } catch (err) {
      if (current.current !== id) return;
      const message = err instanceof Error ? err.message : String(err);
      setState(
        err instanceof IpcError && (err.code === 'NOT_FOUND' || err.code === 'INVALID_INPUT')
          ? { kind: 'notFound', message }
          : { kind: 'error', message },
      );
    }
  }, []);

  useEffect(() => {
    if (!orderId) return;
    setState({ kind: 'loading' });
    void read(orderId);
  }, [orderId, attempt, read]);

  const lastLanguage = useRef(language);
  useEffect(() => {
    if (lastLanguage.current === language) return;
    lastLanguage.current = language;
    if (current.current) void read(current.current);
  }, [language, read]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
