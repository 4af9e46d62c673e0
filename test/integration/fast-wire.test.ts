/**
 * The fast path of the record schemas (electron/sync/fast-wire.ts) against zod itself: on
 * the sandbox's real records as they arrive (toJson → parseLossless) and on thousands of
 * broken variants of them, the fast check gives exactly zod's value where zod accepts and
 * FAIL where zod refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { toJson } from '../../electron/sandbox/json';
import { FAIL, checkOf, fastParser } from '../../electron/sync/fast-wire';
import { parseLossless } from '../../electron/sync/json';
import { BillSumRecord, CustomerRecord, FeeRecord, OrderRecord, RefundInfoRecord } from '../../electron/sync/wire';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scale: 'tiny', seed: 21, ratePerSec: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

/** A record as the writer sees it: through the sandbox's JSON writer and the lossless parser. */
const wire = (record: unknown) => parseLossless(toJson(record)) as Record<string, unknown>;

function records(): Record<string, { schema: z.ZodObject; items: Record<string, unknown>[] }> {
  const d = sandbox.data;
  const cycle = d.cycles()[1]!;
  const customers = d.customers().slice(0, 40);
  const orders = [...d.orders()].slice(0, 60);
  const fees = d
    .consumeSubCustomers(cycle)
    .slice(0, 5)
    .flatMap((c) => d.feeRecords(c, cycle));
  const refunds = d
    .refundOrderIds()
    .slice(0, 20)
    .flatMap((id) => d.refundInfos(id));
  return {
    customers: { schema: CustomerRecord, items: customers.map(wire) },
    orders: { schema: OrderRecord, items: orders.map(wire) },
    refunds: { schema: RefundInfoRecord, items: refunds.map(wire) },
    billSums: { schema: BillSumRecord, items: d.billSums(cycle, '1').slice(0, 60).map(wire) },
    fees: { schema: FeeRecord, items: fees.slice(0, 120).map(wire) },
  };
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'abc',
  ' 1',
  '1.123456789',
  '1.10000000000',
  '1e3',
  '-0',
  '+5',
  '00012.5',
  '99999999999999999999',
  '2026-13-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-01-01T00:00:00Z',
  '2026-01',
  '2',
  '1',
  '0',
  12,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  [{}],
  [{ account_name: 5 }],
  'x'.repeat(129),
  'y'.repeat(5000),
];

/** A copy of `record` with one field (or one field of a nested object) changed or removed. */
function mutate(record: Record<string, unknown>, next: () => number): unknown {
  const copy = structuredClone(record);
  const keys = Object.keys(copy);
  const key = keys[Math.floor(next() * keys.length)]!;
  const value = BAD_VALUES[Math.floor(next() * BAD_VALUES.length)];
  const nested = copy[key];
  if (Array.isArray(nested) && nested.length && typeof nested[0] === 'object' && next() < 0.5) {
    const item = nested[0] as Record<string, unknown>;
    const inner = Object.keys(item);
    item[inner[Math.floor(next() * inner.length)]!] = value;
  } else if (nested && typeof nested === 'object' && !Array.isArray(nested) && next() < 0.5) {
    const obj = nested as Record<string, unknown>;
    const inner = Object.keys(obj);
    if (inner.length) obj[inner[Math.floor(next() * inner.length)]!] = value;
  } else if (value === undefined && next() < 0.5) delete copy[key];
  else copy[key] = value;
  return copy;
}

function expectSameAsZod(schema: z.ZodObject, raw: unknown) {
  const check = checkOf(schema)!;
  const parsed = schema.safeParse(raw);
  const value = check(raw);
  if (parsed.success) expect(value).toEqual(parsed.data);
  else expect(value).toBe(FAIL);
}

describe('the fast path of the record schemas', () => {
  it('exists for every record schema the sync validates', () => {
    for (const schema of [CustomerRecord, OrderRecord, RefundInfoRecord, BillSumRecord, FeeRecord])
      expect(checkOf(schema)).toBeTypeOf('function');
  });

  it("accepts the sandbox's records with exactly zod's values", () => {
    for (const [name, { schema, items }] of Object.entries(records())) {
      expect(items.length, name).toBeGreaterThan(0);
      for (const raw of items) {
        const parsed = schema.safeParse(raw);
        expect(parsed.success, `${name}: ${JSON.stringify(raw).slice(0, 200)}`).toBe(true);
        expect(checkOf(schema)!(raw)).toEqual(parsed.data);
      }
    }
  });

  it('agrees with zod on thousands of broken records: the same value or FAIL', () => {
    const next = rng(7);
    let refused = 0;
    let checked = 0;
    for (const { schema, items } of Object.values(records())) {
      for (const record of items) {
        for (let k = 0; k < 25; k++) {
          const raw = mutate(record, next);
          expectSameAsZod(schema, raw);
          if (!schema.safeParse(raw).success) refused++;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    // The mutations are mostly fatal: both paths refuse them alike, not just accept alike.
    expect(refused).toBeGreaterThan(checked / 3);
  });

  it('refuses what is not an object, and fastParser falls back to zod for the reason', () => {
    for (const raw of [null, 'x', 3, [], [{}]]) expectSameAsZod(FeeRecord, raw);
    const result = fastParser(FeeRecord)({ id: '' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  });
});
