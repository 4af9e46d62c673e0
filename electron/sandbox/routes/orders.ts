/**
 * §2 ListCustomerOrders, §3 ShowCustomerOrderDetails, §4 ShowRefundOrderDetails.
 */
import { orderV2, orderV3, lineItems, orderLines, refundInfos } from '../data/orders';
import { queryOrders } from '../data/queries';
import { plusOneYear } from '../data/time';
import { invalidError, paramError } from '../errors';
import { Params } from '../params';
import { type Ctx, type Operation, page } from './context';

const ORDER_STATUSES = new Set([1, 3, 4, 5, 6, 9]);
const ORDER_TYPES = ['1', '2', '3', '4', '10', '11', '13', '14', '15'] as const;

/** begin ≤ end and at most one calendar year apart. */
function checkWindow(begin: number | undefined, end: number | undefined, names: [string, string]): void {
  if (begin === undefined || end === undefined) return;
  if (begin > end) throw paramError(`${names[0]} 不能晚于 ${names[1]}`, `${names[0]} must not be after ${names[1]}`);
  if (end > plusOneYear(begin))
    throw paramError(
      `${names[0]} 与 ${names[1]} 的时间跨度不能超过1年`,
      `the window from ${names[0]} to ${names[1]} must not exceed 1 year`,
    );
}

/** A visible order by id, or 400 CBC.0101. */
function visibleOrder(ctx: Ctx, orderId: string): number {
  const i = ctx.world.visibleOrder(orderId);
  if (i === undefined) throw invalidError(`订单 ${orderId} 不存在`, `order ${orderId} does not exist`);
  return i;
}

export const orderOperations: Operation[] = [
  {
    name: 'ListCustomerOrders',
    method: 'GET',
    path: /^\/v2\/orders\/customer-orders$/,
    handle(ctx) {
      const p = Params.query(ctx.query);
      const createdFrom = p.time('create_time_begin');
      const createdTo = p.time('create_time_end');
      checkWindow(createdFrom, createdTo, ['create_time_begin', 'create_time_end']);
      const paidFrom = p.time('payment_time_begin');
      const paidTo = p.time('payment_time_end');
      checkWindow(paidFrom, paidTo, ['payment_time_begin', 'payment_time_end']);
      const orderBy = p.str('order_by')?.toLowerCase();
      if (orderBy !== undefined && orderBy !== 'createtime' && orderBy !== '-createtime')
        throw paramError('order_by 取值只能为 createTime 或 -createTime', 'order_by must be createTime or -createTime');
      const orderType = p.oneOf('order_type', ORDER_TYPES);
      const filter = {
        orderId: p.str('order_id'),
        customerId: p.str('customer_id'),
        createdFrom,
        createdTo,
        paidFrom,
        paidTo,
        serviceTypeCode: p.str('service_type_code'),
        status: p.intOneOf('status', ORDER_STATUSES),
        orderType: orderType === undefined ? undefined : Number(orderType),
        ascending: orderBy === 'createtime',
      };
      p.str('indirect_partner_id');
      const method = p.oneOf('method', ['oneself', 'sub_customer'] as const) ?? 'oneself';
      const limit = p.limit();
      const offset = p.offset();
      // The sandbox's customers have no enterprise sub-accounts to pay for.
      const list = method === 'sub_customer' ? { count: 0, at: () => 0 } : queryOrders(ctx.world, filter);
      const infos = [];
      for (let k = offset; k < Math.min(list.count, offset + limit); k++) {
        const i = list.at(k);
        infos.push(ctx.faults.serve('order', ctx.world.orderId(i), orderV2(ctx.world, i, ctx.lang)));
      }
      return { total_count: list.count, order_infos: infos };
    },
  },
  {
    name: 'ShowCustomerOrderDetails',
    method: 'GET',
    path: /^\/v2\/orders\/customer-orders\/details\/([^/]+)$/,
    handle(ctx) {
      const p = Params.query(ctx.query);
      const limit = p.limit();
      const offset = p.offset();
      p.str('indirect_partner_id');
      const orderId = decodeURIComponent(ctx.pathParams[0]!);
      const i = visibleOrder(ctx, orderId);
      const lines = orderLines(ctx.world, i);
      const items = lineItems(ctx.world, i, ctx.lang, lines);
      return {
        total_count: items.length,
        order_info: ctx.faults.serve('order', ctx.world.orderId(i), orderV3(ctx.world, i, ctx.lang, lines)),
        order_line_items: page(items, offset, limit),
      };
    },
  },
  {
    name: 'ShowRefundOrderDetails',
    method: 'GET',
    path: /^\/v2\/orders\/customer-orders\/refund-orders$/,
    handle(ctx) {
      const p = Params.query(ctx.query);
      const orderId = p.requiredStr('order_id');
      // Required whenever a partner asks about a sub-customer's refund order, which is always here.
      const customerId = p.requiredStr('customer_id', { maxLength: 64 });
      p.str('indirect_partner_id', { maxLength: 64 });
      const i = visibleOrder(ctx, orderId);
      if (ctx.world.customers[ctx.world.orders.cust[i]!]!.id !== customerId)
        throw invalidError(
          `订单 ${orderId} 不属于客户 ${customerId}`,
          `order ${orderId} does not belong to customer ${customerId}`,
        );
      const infos = refundInfos(ctx.world, i, ctx.lang);
      return { total_count: infos.length, refund_infos: infos };
    },
  },
];
