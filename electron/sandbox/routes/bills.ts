/**
 * §5 ListSubcustomerMonthlyBills, §6 ListSubCustomerBillDetail, §8 ListConsumeSubCustomers.
 */
import { SERVICES } from '../data/catalog';
import { BILL_DETAIL_TYPES, billSumApi, feeApi, feeRecordId } from '../data/fees';
import { queryFees } from '../data/queries';
import { fmtCycle } from '../data/time';
import { paramError } from '../errors';
import { MAX_INT32, Params } from '../params';
import { type Operation, page } from './context';

const CHARGING_MODES = new Set([1, 3, 10, 11]);

export const billOperations: Operation[] = [
  {
    name: 'ListSubcustomerMonthlyBills',
    method: 'GET',
    path: /^\/v2\/bills\/partner-bills\/subcustomer-bills\/monthly-sum$/,
    handle(ctx) {
      const p = Params.query(ctx.query);
      const cycle = p.cycle('cycle');
      const chargeMode = p.oneOf('charge_mode', ['1', '3', '11'] as const);
      if (chargeMode === undefined) throw paramError('缺少必填参数 charge_mode', 'charge_mode is required');
      const customerId = p.str('customer_id');
      const service = p.str('cloud_service_type');
      const billType = p.oneOf('bill_type', ['0', '1', '2'] as const);
      p.str('indirect_partner_id');
      const offset = p.offset();
      const limit = p.limit();
      const mode = Number(chargeMode);
      const rows = ctx.fees.summary(cycle).sums.filter((r) => {
        if (r.mode !== mode) return false;
        if (billType !== undefined && r.billType !== billType) return false;
        if (customerId !== undefined && ctx.world.customers[r.cust]!.id !== customerId) return false;
        if (service !== undefined && SERVICES[r.svc]!.code !== service) return false;
        return true;
      });
      return {
        bill_sums: page(rows, offset, limit).map((r) => billSumApi(ctx.world, r, ctx.lang)),
        count: rows.length,
        currency: 'CNY',
      };
    },
  },
  {
    name: 'ListSubCustomerBillDetail',
    method: 'GET',
    path: /^\/v2\/bills\/subcustomer-bills\/res-fee-records$/,
    handle(ctx) {
      const p = Params.query(ctx.query);
      const cycle = p.cycle('bill_cycle');
      const customerId = p.requiredStr('customer_id');
      const filter = {
        serviceTypeCode: p.str('service_type_code', { emptyRejected: true }),
        regionCode: p.str('region_code', { emptyRejected: true }),
        chargingMode: p.intOneOf('charging_mode', CHARGING_MODES, { emptyRejected: true }),
        billDetailType: p.intOneOf('bill_detail_type', BILL_DETAIL_TYPES),
        resourceId: p.str('resource_id', { emptyRejected: true }),
        resourceName: p.str('resource_name', { emptyRejected: true }),
        tradeId: p.str('trade_id'),
        accountManagerId: p.str('account_manager_id'),
        associationType: p.oneOf('association_type', ['1', '2'] as const, { emptyRejected: true }),
        fromDay: undefined as number | undefined,
        toDay: undefined as number | undefined,
      };
      p.str('indirect_partner_id');
      const begin = p.date('bill_date_begin');
      const end = p.date('bill_date_end');
      for (const [name, d] of [
        ['bill_date_begin', begin],
        ['bill_date_end', end],
      ] as const) {
        if (d && d.cycle !== cycle)
          throw paramError(
            `${name} 必须与 bill_cycle（${fmtCycle(cycle)}）在同一个月`,
            `${name} must be in the same month as bill_cycle (${fmtCycle(cycle)})`,
          );
      }
      // Both dates or neither; with only one, only bill_cycle is used.
      if (begin && end) {
        if (begin.day > end.day)
          throw paramError('bill_date_begin 不能晚于 bill_date_end', 'bill_date_begin must not be after bill_date_end');
        filter.fromDay = begin.day;
        filter.toDay = end.day;
      }
      const offset = p.offset();
      const limit = p.limit();
      const c = ctx.world.customers[ctx.world.customerIndex(customerId) ?? -1];
      const records = c ? queryFees(ctx.world, ctx.fees, c, cycle, filter) : [];
      return {
        total_count: records.length,
        currency: 'CNY',
        fee_records: page(records, offset, limit).map((r) =>
          ctx.faults.serve('fee', feeRecordId(ctx.world, r), feeApi(ctx.world, r, ctx.lang)),
        ),
      };
    },
  },
  {
    name: 'ListConsumeSubCustomers',
    method: 'POST',
    path: /^\/v2\/bills\/subcustomer-bills\/res-fee-records\/sub-customers\/query$/,
    handle(ctx) {
      const p = Params.body(ctx.body);
      const cycle = p.cycle('bill_cycle', { maxLength: 10 });
      const offset = p.offset(MAX_INT32 - 1);
      const limit = p.limit();
      const consumers = ctx.fees.summary(cycle).consumers;
      return {
        sub_customers: page(consumers, offset, limit).map((i) => ({ customer_id: ctx.world.customers[i]!.id })),
        total_count: consumers.length,
      };
    },
  },
];
