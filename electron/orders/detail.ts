import { formatAge } from '../../shared/common/age';
import { translate } from '../../shared/i18n/messages';
import { AppError } from '../../shared/ipc/errors';
import type { OrderDetail } from '../../shared/orders/schema';
import type { Language } from '../../shared/settings/schema';
import type { DbClient } from '../db/client';
import { OfflineError, type BssClient } from '../sync/bss-client';
import { parseLossless } from '../sync/json';
import { jsonExact } from '../sync/mappers';
import { OrderDetailsResponse } from '../sync/wire';

type Stored = { order_info: string; line_items: string; total_line_items: number; fetched_at: string };

/** What we keep of §3: the order's V3 extras and the line items, amounts as exact decimal text. */
function toDetail(listRow: NonNullable<OrderDetail['order']>, stored: Stored): Omit<OrderDetail, 'source' | 'notice'> {
  const info = JSON.parse(stored.order_info) as {
    user_name?: string | null;
    amount_info?: unknown;
    contract_id?: string | null;
  };
  const items = JSON.parse(stored.line_items) as Record<string, unknown>[];
  const s = (v: unknown) => (v === undefined || v === null ? null : String(v));
  const n = (v: unknown) => (v === undefined || v === null ? null : Number(v));
  return {
    order: {
      ...listRow,
      userName: s(info.user_name),
      contractId: s(info.contract_id) ?? listRow.contractId,
      amountInfo: (info.amount_info ?? listRow.amountInfo) as NonNullable<OrderDetail['order']>['amountInfo'],
    },
    lineItems: items.map((i) => ({
      lineItemId: s(i.order_line_item_id),
      serviceTypeName: s(i.service_type_name),
      productSpecDesc: s(i.product_spec_desc),
      periodType: n(i.period_type),
      periodNum: n(i.period_num),
      subscriptionNum: n(i.subscription_num),
      effectiveTime: s(i.effective_time),
      expireTime: s(i.expire_time),
      amountAfterDiscount: s(i.amount_after_discount),
      officialAmount: s(i.official_amount),
    })),
    totalLineItems: stored.total_line_items,
    fetchedAt: stored.fetched_at,
  };
}

/**
 * Order details (§3) on demand: fetched when online and cached; offline (or on failure) the
 * cached copy with its age, or, when never fetched, the list fields and a plain notice.
 */
export async function orderDetail(
  orderId: string,
  deps: { db: DbClient; client: () => Promise<BssClient | null>; language: Language },
): Promise<OrderDetail> {
  const row = await deps.db.run('orders.get', orderId);
  if (!row) throw new AppError('NOT_FOUND', 'orders.notFound', { orderId });
  const listRow = {
    ...row,
    amountInfo: row.amountInfo ? (JSON.parse(row.amountInfo) as NonNullable<OrderDetail['order']>['amountInfo']) : null,
    userName: null,
  };
  let failure: { offline: boolean; reason: string };
  try {
    const client = await deps.client();
    if (!client) throw new OfflineError(new Error('no connection'));
    const items: unknown[] = [];
    let info: unknown = null;
    let total = 0;
    for (let offset = 0; ; offset += 100) {
      const text = await client.fetchText({
        api: 'order-details',
        method: 'GET',
        path: `/v2/orders/customer-orders/details/${encodeURIComponent(orderId)}`,
        query: { offset, limit: 100 },
      });
      const body = OrderDetailsResponse.parse(parseLossless(text));
      info ??= body.order_info ?? null;
      const page = body.order_line_items ?? [];
      items.push(...page);
      total = body.total_count ?? items.length;
      if (page.length < 100 || items.length >= total || offset > 10_000) break;
    }
    const stored: Stored = {
      order_info: jsonExact(info ?? {})!,
      line_items: jsonExact(items)!,
      total_line_items: total,
      fetched_at: new Date().toISOString(),
    };
    await deps.db.run('orders.saveDetail', {
      orderId,
      fetchedAt: stored.fetched_at,
      orderInfo: stored.order_info,
      lineItems: stored.line_items,
      totalLineItems: total,
    });
    return { ...toDetail(listRow, stored), source: 'live', notice: null };
  } catch (err) {
    failure = { offline: err instanceof OfflineError, reason: String((err as Error)?.message ?? err).slice(0, 160) };
  }
  const cached = await deps.db.run('orders.cachedDetail', orderId);
  const lang = deps.language;
  if (cached) {
    const age = formatAge(Date.now() - Date.parse(cached.fetched_at), lang);
    const notice = failure.offline
      ? translate(lang, 'orders.detail.offlineCached', { age })
      : translate(lang, 'orders.detail.failedCached', { age, reason: failure.reason });
    return { ...toDetail(listRow, cached), source: 'cache', notice };
  }
  const notice = failure.offline
    ? translate(lang, 'orders.detail.offlineNone')
    : translate(lang, 'orders.detail.failedNone', { reason: failure.reason });
  return { order: listRow, lineItems: [], totalLineItems: 0, source: 'list', fetchedAt: null, notice };
}
