/**
 * The sandbox's data set read through the API: §8 lists exactly the customers with fee
 * records, §5 sums are the aggregate of the 代售 customers' §6 records, records are
 * realistic and self-consistent, and the clock makes new data appear.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox, SubCustomerMonthlyBillDetail } from '../../electron/sandbox';
import { PATHS, type SandboxClient, TEST_NOW, sandboxWithClient } from '../support/sandbox';

const dec = (s: string | undefined) => new Decimal(s ?? '0');
const billTypeOf = (t: number) => ([4, 20, 24].includes(t) ? '1' : t === 9 ? '2' : '0');

async function feeRecordsOf(client: SandboxClient, customer_id: string, bill_cycle: string) {
  return client.all<SubCustomerMonthlyBillDetail>(
    (offset, limit) => client.get(PATHS.feeRecords, { bill_cycle, customer_id, offset, limit }),
    'fee_records',
    'total_count',
  );
}

async function consumersOf(client: SandboxClient, bill_cycle: string): Promise<string[]> {
  const list = await client.all<{ customer_id: string }>(
    (offset, limit) => client.post(PATHS.consumers, { bill_cycle, offset, limit }),
    'sub_customers',
    'total_count',
  );
  return list.map((c) => c.customer_id);
}

describe('tiny preset through the API', () => {
  let sb: Sandbox;
  let client: SandboxClient;
  beforeAll(async () => {
    ({ sb, client } = await sandboxWithClient({ scale: 'tiny', seed: 11 }));
  });
  afterAll(async () => sb?.close());

  it('§8 lists exactly the customers that have §6 fee records in the cycle', async () => {
    const everyone = sb.data.allCustomerIds();
    expect(sb.data.cycles()).toHaveLength(6);
    for (const cycle of sb.data.cycles()) {
      const listed = await consumersOf(client, cycle);
      expect(listed).toEqual(sb.data.consumeSubCustomers(cycle));
      const withRecords: string[] = [];
      for (const customer_id of everyone) {
        const r = await client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id, limit: 1 });
        if (r.json.total_count > 0) withRecords.push(customer_id);
      }
      expect([...listed].sort()).toEqual(withRecords.sort());
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThan(everyone.length); // some customers have no spend that month
    }
    const future = await client.post(PATHS.consumers, { bill_cycle: '2031-01' });
    expect(future.json).toEqual({ sub_customers: [], total_count: 0 });
  });

  it('§5 sums equal the aggregate of the 代售 customers’ §6 records (customer/service/bill_type/charge_mode)', async () => {
    const cycles = sb.data.cycles().slice(-3); // two closed cycles and the open one
    let rows = 0;
    for (const cycle of cycles) {
      const expected = new Map<string, Record<string, Decimal>>();
      for (const customer_id of await consumersOf(client, cycle)) {
        for (const f of await feeRecordsOf(client, customer_id, cycle)) {
          // every record: list = discount + payable; payable = sum of the means of payment
          expect(dec(f.official_amount).eq(dec(f.official_discount_amount).plus(dec(f.payment_amount)))).toBe(true);
          const means = ['cash', 'credit', 'coupon', 'flexipurchase_coupon', 'stored_value_card', 'debt', 'writeoff'];
          const paid = means.reduce(
            (acc, m) => acc.plus(dec(f[`${m}_amount` as keyof typeof f] as string)),
            new Decimal(0),
          );
          expect(paid.eq(dec(f.payment_amount))).toBe(true);
          if (f.association_type !== '2') continue;
          const key = [f.customer_id, f.service_type_code, billTypeOf(f.bill_detail_type!), f.charging_mode].join('|');
          const acc = expected.get(key) ?? {};
          const add = (name: string, v: string | undefined) => (acc[name] = (acc[name] ?? new Decimal(0)).plus(dec(v)));
          add('amount', f.payment_amount);
          add('discount', f.official_discount_amount);
          add('debt', f.debt_amount);
          add('adjustment', f.writeoff_amount);
          add('BALANCE_TYPE_DEBIT', f.cash_amount);
          add('BALANCE_TYPE_CREDIT', f.credit_amount);
          add('BALANCE_TYPE_COUPON', f.coupon_amount);
          add('BALANCE_TYPE_RCASH_COUPON', f.flexipurchase_coupon_amount);
          add('BALANCE_TYPE_STORED_VALUE_CARD', f.stored_value_card_amount);
          expected.set(key, acc);
        }
      }
      const actual = new Map<string, Record<string, Decimal>>();
      for (const charge_mode of ['1', '3', '11']) {
        const sums = await client.all<Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
          (offset, limit) => client.get(PATHS.monthlySums, { cycle, charge_mode, offset, limit }),
          'bill_sums',
          'count',
        );
        expect(sums).toEqual(sb.data.billSums(cycle, charge_mode as '1' | '3' | '11'));
        for (const s of sums) {
          expect(s.charge_mode).toBe(charge_mode);
          expect(s.measure_id).toBe(1);
          const key = [s.customer_id, s.cloud_service_type, s.bill_type, Number(s.charge_mode)].join('|');
          expect(actual.has(key)).toBe(false);
          const row: Record<string, Decimal> = { amount: dec(s.amount) };
          if (s.bill_type === '0') {
            row.discount = dec(s.discount_amount);
            row.debt = dec(s.debt_amount);
            row.adjustment = dec(s.adjustment_amount);
          } else {
            expect(dec(s.amount).isNegative()).toBe(true);
            expect(s.discount_amount).toBeUndefined();
          }
          for (const d of s.account_details) {
            expect(d.bill_type).toBe(s.bill_type);
            row[d.balance_type] = dec(d.amount);
          }
          actual.set(key, row);
          rows++;
        }
      }
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, want] of expected) {
        const got = actual.get(key)!;
        for (const [field, value] of Object.entries(want)) {
          // §5 leaves out zero balances and, for refunds and write-offs, discount/debt/adjustment
          expect((got[field] ?? new Decimal(0)).toString(), `${key} ${field}`).toBe(value.toString());
        }
      }
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('malformed-free records match the data facade exactly (§1, §2 full listings)', async () => {
    const customers = await client.all(
      (offset, limit) => client.post(PATHS.customers, { offset, limit }),
      'customer_infos',
      'count',
    );
    expect(customers).toEqual(sb.data.customers());
    expect(sb.data.malformedIds()).toEqual([]);
  });
});

describe('small preset: realistic data', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    ({ sb } = await sandboxWithClient({ scale: 'small', seed: 3 }));
  });
  afterAll(async () => sb?.close());

  it('has ≈200 customers, ≈5k orders and ≈50k fee records over 18 cycles', () => {
    const customers = sb.data.customers().length;
    const orders = sb.data.orderCount();
    const fees = sb.data.feeRecordCount();
    console.log(`small preset: ${customers} customers, ${orders} orders, ${fees} fee records`);
    expect(customers).toBeGreaterThan(150);
    expect(customers).toBeLessThan(260);
    expect(orders).toBeGreaterThan(4_000);
    expect(orders).toBeLessThan(6_000);
    expect(fees).toBeGreaterThan(40_000);
    expect(fees).toBeLessThan(60_000);
    expect(sb.data.cycles()).toHaveLength(18);
  });

  it('customers look real: company names, labels, both association types', () => {
    const customers = sb.data.customers();
    for (const c of customers) {
      expect(c.customer_id).toMatch(/^[0-9a-f]{32}$/);
      expect(c.associated_on).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      if (c.customer_type === 1 && c.customer)
        expect(c.customer).toMatch(/^[\u4e00-\u9fa5（）]+(有限公司|股份有限公司|有限责任公司|集团有限公司)$/);
    }
    expect(new Set(customers.map((c) => c.customer_id)).size).toBe(customers.length);
    expect(customers.some((c) => c.label?.startsWith('EXPO-'))).toBe(true);
    expect(customers.some((c) => c.label?.startsWith('visit-'))).toBe(true);
    expect(customers.some((c) => c.label === undefined)).toBe(true);
    expect(customers.some((c) => c.association_type === '1')).toBe(true);
    expect(customers.some((c) => c.association_type === '2')).toBe(true);
  });

  it('orders cover every type, refunds have §4 infos, statuses are real codes', () => {
    const orders = [...sb.data.orders()];
    const types = new Set(orders.map((o) => o.order_type));
    expect([...types].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 10, 11, 13, 14, 15]);
    for (const o of orders) {
      expect(o.order_id).toMatch(/^CS\d{10}[0-9A-Z]{4}$/);
      expect([1, 3, 4, 5, 6, 9]).toContain(o.status);
      expect(o.service_type_code).toMatch(/^hws\.service\.type\./);
      expect(dec(o.official_amount).minus(dec(o.amount_after_discount)).toString()).toBe(
        (o.amount_info?.discounts ?? [])
          .reduce((acc, d) => acc.plus(dec(d.discount_amount)), new Decimal(0))
          .toString(),
      );
    }
    expect(new Set(orders.map((o) => o.order_id)).size).toBe(orders.length);
    const refund = orders.find((o) => o.order_type === 4 && o.status === 5)!;
    const infos = sb.data.refundInfos(refund.order_id!);
    const refunded = infos
      .filter((i) => i.amount.startsWith('-'))
      .reduce((acc, i) => acc.plus(dec(i.amount)), new Decimal(0));
    expect(refunded.negated().toString()).toBe(dec(refund.official_amount).toString());
    expect(sb.data.refundInfos(orders.find((o) => o.order_type === 1)!.order_id!)).toEqual([]);
  });

  it('fee records: 8-decimal amounts, refunds negative (4/20/24), adjustments 9/16, unique ids', () => {
    const seen = new Map<number, Decimal[]>();
    const ids = new Set<string>();
    let total = 0;
    let big = false;
    for (const cycle of sb.data.cycles()) {
      for (const customer of sb.data.consumeSubCustomers(cycle)) {
        for (const f of sb.data.feeRecords(customer, cycle)) {
          total++;
          ids.add(f.id!);
          const list = seen.get(f.bill_detail_type!) ?? [];
          list.push(dec(f.payment_amount));
          seen.set(f.bill_detail_type!, list);
          if (dec(f.official_amount).abs().gt(100_000)) big = true;
          expect(f.resource_type_code).toMatch(/^hws\.resource\.type\./);
        }
      }
    }
    expect(ids.size).toBe(total);
    for (const t of [4, 20, 24, 9])
      expect(
        seen.get(t)?.every((a) => a.isNegative()),
        `type ${t}`,
      ).toBe(true);
    for (const t of [1, 2, 3, 5, 8, 16])
      expect(
        seen.get(t)?.every((a) => !a.isNegative()),
        `type ${t}`,
      ).toBe(true);
    const amounts = [...seen.values()].flat();
    expect(amounts.some((a) => a.decimalPlaces() === 8)).toBe(true);
    expect(big).toBe(true);
  });
});

describe('the clock', () => {
  let sb: Sandbox;
  let client: SandboxClient;
  beforeAll(async () => {
    ({ sb, client } = await sandboxWithClient({ scale: 'small', seed: 5 }));
  });
  afterAll(async () => sb?.close());

  it('advance() creates orders, status changes, customers, ended associations and a new cycle', async () => {
    const ordersBefore = (await client.get(PATHS.orders)).json.total_count;
    const customersBefore = new Set(sb.data.customers().map((c) => c.customer_id));
    const openCycle = sb.data.cycles().at(-1)!;
    const feesBefore = sb.data.feeRecordCount(openCycle);

    const summary = sb.advance({ days: 35 });
    expect(summary.from).toBe('2025-03-10T08:00:00Z');
    expect(summary.to).toBe('2025-04-14T08:00:00Z');
    expect(sb.now.toISOString()).toBe('2025-04-14T08:00:00.000Z');
    expect(summary.newCycles).toEqual(['2025-04']);
    expect(sb.data.cycles().at(-1)).toBe('2025-04');

    // new orders show up in §2, by window and by id
    expect(summary.newOrders.length).toBeGreaterThan(100);
    expect((await client.get(PATHS.orders)).json.total_count).toBe(ordersBefore + summary.newOrders.length);
    const windowed = await client.get(PATHS.orders, {
      create_time_begin: '2025-03-10T08:00:01Z',
      create_time_end: '2025-04-14T08:00:00Z',
    });
    expect(windowed.json.total_count).toBe(summary.newOrders.length);

    // pending orders changed status
    expect(summary.statusChanges.length).toBeGreaterThan(0);
    for (const change of summary.statusChanges.slice(0, 10)) {
      const r = await client.get(PATHS.orders, { order_id: change.orderId });
      expect(r.json.order_infos[0].status).toBe(change.to);
      expect(change.from).not.toBe(change.to);
    }

    // customers arrive and leave
    const customersAfter = new Set(sb.data.customers().map((c) => c.customer_id));
    expect(summary.newCustomers.length).toBeGreaterThan(0);
    for (const id of summary.newCustomers)
      if (!summary.endedAssociations.includes(id)) expect(customersAfter.has(id)).toBe(true);
    expect(summary.endedAssociations.length).toBeGreaterThan(0);
    for (const id of summary.endedAssociations) {
      expect(customersAfter.has(id)).toBe(false);
      const r = await client.post(PATHS.customers, { customer_id: id });
      expect(r.json.count).toBe(0);
    }
    expect(summary.endedAssociations.some((id) => customersBefore.has(id))).toBe(true);

    // fee records of the rest of the old cycle and of the new one
    const consumers = await consumersOf(client, '2025-04');
    expect(consumers.length).toBeGreaterThan(0);
    const records = await feeRecordsOf(client, consumers[0]!, '2025-04');
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((f) => f.bill_cycle === '2025-04' && f.trade_time! <= summary.to)).toBe(true);
    expect(summary.newFeeRecords).toBe(
      sb.data.feeRecordCount(openCycle) - feesBefore + sb.data.feeRecordCount('2025-04'),
    );
  });

  it('never runs past the real wall clock', () => {
    const summary = sb.advance({ days: 100_000 });
    expect(Date.parse(summary.to)).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - sb.now.getTime()).toBeLessThan(5_000);
  });
});

it('starts from the fixed clock (TEST_NOW) in these tests', () => {
  expect(TEST_NOW.toISOString()).toBe('2025-03-10T08:00:00.000Z');
});
