import { AppError } from '../../shared/ipc/errors';
import type { HandlerTable } from '../core/handlers-type';
import type { DbClient } from '../db/client';
import type { ExportService } from '../exports/service';
import type { SyncEngine } from '../sync/engine';
import { cycleOf } from '../sync/plan';
import { orderDetail } from './detail';

type BrowseHandlers = Pick<
  HandlerTable,
  | 'customers.list'
  | 'customers.facets'
  | 'customers.detail'
  | 'orders.list'
  | 'orders.facets'
  | 'orders.detail'
  | 'dashboard.summary'
  | 'exports.start'
  | 'exports.cancel'
>;

/** Customers, orders, dashboard and exports: all read from the local cache, online or not. */
export function browseHandlers(d: { db: DbClient; engine: SyncEngine; exports: ExportService }): BrowseHandlers {
  return {
    'customers.list': (input) => d.db.run('customers.list', input),
    'customers.facets': () => d.db.run('customers.facets'),
    'customers.detail': async ({ customerId }) => {
      const detail = await d.db.run('customers.detail', customerId);
      if (!detail) throw new AppError('NOT_FOUND', 'customers.notFound', { customerId });
      return detail;
    },
    'orders.list': (input) => d.db.run('orders.list', input),
    'orders.facets': () => d.db.run('orders.facets'),
    'orders.detail': ({ orderId }, ctx) =>
      orderDetail(orderId, { db: d.db, client: () => d.engine.client(), language: ctx.language }),
    'dashboard.summary': () => {
      const now = Date.now();
      return d.db.run('dashboard.summary', { sinceCycle: cycleOf(now, 11), sinceMonth: cycleOf(now, 11) });
    },
    'exports.start': (input) => d.exports.start(input),
    'exports.cancel': ({ jobId }) => {
      d.exports.cancel(jobId);
      return null;
    },
  };
}
