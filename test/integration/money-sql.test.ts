import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dec, fromUnits, settle, erase, settlementTotals, sum, text, toUnits } from '../../shared/money';

/**
 * Storage and totals agree to the last digit (design §5–6): ≥ 100k random amounts with up
 * to 8 decimals — tiny, ordinary, and close to the largest a 10^-8 INTEGER column can hold
 * (±4.6 × 10^10 yuan), positive and negative — are summed by decimal.js over their text
 * and by SQLite over INTEGER units, and settled per record on both sides.
 *
 * SQLite's SUM over INTEGER is exact or fails ("integer overflow"); it never rounds. The
 * signs are drawn so that every running total stays within ±4.6 × 10^18 units, i.e. the
 * test measures exactness, not the int64 limit (a customer total above ~9.2 × 10^10 yuan
 * would be refused by SQLite, loudly).
 */
const N = 120_000;
const BOUND = 46n * 10n ** 17n; // 4.6 × 10^18 units = 4.6 × 10^10 yuan
const SETTLE = 1_000_000n; // 10^-8 units per cent

/** splitmix64: deterministic, seeded, bigint. */
function rng(seed: bigint) {
  let s = seed;
  return () => {
    s = (s + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
    return z ^ (z >> 31n);
  };
}

function amounts(seed: bigint): bigint[] {
  const next = rng(seed);
  const out: bigint[] = [];
  let running = 0n;
  for (let i = 0; i < N; i++) {
    const r = next();
    // Magnitude: 1–19 digits of units (10^-8 … 4.6 × 10^10 yuan), plus exact values often.
    const digits = Number(r % 19n) + 1;
    let u = next() % 10n ** BigInt(digits);
    if (u > BOUND) u = u % BOUND;
    if (r % 7n === 0n) u = u - (u % SETTLE); // whole cents: nothing to erase
    if (r % 11n === 0n) u = BOUND; // the largest value used
    let signed = (r >> 40n) % 3n === 0n ? -u : u;
    const after = running + signed;
    if (after > BOUND || after < -BOUND) signed = -signed;
    running += signed;
    out.push(signed);
  }
  return out;
}

describe('money totals: decimal.js over text = SQLite over INTEGER 10^-8 units', () => {
  const values = amounts(20240531n);
  const texts = values.map(fromUnits);

  const db = new Database(':memory:');
  db.exec('CREATE TABLE fee (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL, amount INTEGER NOT NULL)');
  // Customers are runs of consecutive records, read in (customer, id) order through the index,
  // so a customer's running total stays within 2 × BOUND, inside int64.
  db.exec('CREATE INDEX fee_customer ON fee (customer)');
  const customerOf = (i: number) => Math.floor(i / 120);
  const insert = db.prepare('INSERT INTO fee (id, customer, amount) VALUES (?, ?, ?)');
  db.transaction(() => {
    // Stored through the same text → units conversion the sync uses.
    texts.forEach((t, i) => insert.run(i + 1, customerOf(i), toUnits(t)));
  })();
  afterAll(() => db.close());
  const big = <T>(sql: string) => db.prepare(sql).safeIntegers(true).all() as T[];

  it('the sample is what it claims to be', () => {
    expect(values.length).toBeGreaterThanOrEqual(100_000);
    expect(values.filter((v) => v < 0n).length).toBeGreaterThan(N / 4);
    expect(values.filter((v) => v === BOUND || v === -BOUND).length).toBeGreaterThan(N / 20);
    expect(values.filter((v) => v !== 0n && v % SETTLE === 0n).length).toBeGreaterThan(N / 10);
    expect(values.filter((v) => (v < 0n ? -v : v) < 100n).length).toBeGreaterThan(100);
    expect(texts.some((t) => /\.\d{8}$/.test(t))).toBe(true);
    // Text survives the round trip through the INTEGER column exactly.
    const back = big<{ amount: bigint }>('SELECT amount FROM fee ORDER BY id');
    expect(back.every((r, i) => r.amount === values[i])).toBe(true);
  });

  it('Σ official: decimal.js over the text equals SQL SUM over units, to the last digit', () => {
    const [row] = big<{ total: bigint }>('SELECT sum(amount) AS total FROM fee');
    const decimalTotal = sum(texts);
    expect(fromUnits(row!.total)).toBe(decimalTotal);
    expect(decimalTotal).toBe(fromUnits(values.reduce((a, b) => a + b, 0n)));
  });

  it('per group (customer) totals agree too', () => {
    const rows = big<{ customer: bigint; total: bigint }>(
      'SELECT customer, sum(amount) AS total FROM fee GROUP BY customer ORDER BY customer',
    );
    const byCustomer = new Map<number, string[]>();
    texts.forEach((t, i) => {
      const list = byCustomer.get(customerOf(i)) ?? [];
      list.push(t);
      byCustomer.set(customerOf(i), list);
    });
    expect(rows.length).toBe(N / 120);
    for (const r of rows) expect(fromUnits(r.total)).toBe(sum(byCustomer.get(Number(r.customer))!));
  });

  it('per record: settled (truncated toward zero) and 抹零 agree with SQL, and settled + 抹零 = official', () => {
    // SQLite's % takes the sign of the dividend, so amount - amount % 10^6 truncates toward zero.
    const rows = big<{ settled: bigint; erased: bigint }>(
      'SELECT amount - amount % 1000000 AS settled, amount % 1000000 AS erased FROM fee ORDER BY id',
    );
    let mismatches = 0;
    texts.forEach((t, i) => {
      const s = settle(t);
      const e = erase(t);
      if (toUnits(s) !== rows[i]!.settled || toUnits(e) !== rows[i]!.erased) mismatches++;
      if (text(dec(s).plus(e)) !== t) mismatches++;
    });
    expect(mismatches).toBe(0);
  });

  it('Σ settled + Σ 抹零 = Σ official, in SQL and in decimal.js, with the same digits', () => {
    const [row] = big<{ official: bigint; settled: bigint; erased: bigint }>(
      `SELECT sum(amount) AS official, sum(amount - amount % 1000000) AS settled, sum(amount % 1000000) AS erased
       FROM fee`,
    );
    expect(row!.settled + row!.erased).toBe(row!.official);
    const t = settlementTotals(texts);
    expect(t.records).toBe(N);
    expect(t.official).toBe(fromUnits(row!.official));
    expect(toUnits(t.settled)).toBe(row!.settled);
    expect(t.erase).toBe(fromUnits(row!.erased));
  });

  it('a total beyond int64 units is refused by SQLite, never rounded', () => {
    const over = new Database(':memory:');
    over.exec('CREATE TABLE t (amount INTEGER NOT NULL)');
    const max = 2n ** 63n - 1n;
    over.prepare('INSERT INTO t VALUES (?), (?)').run(max, 1n);
    expect(() => over.prepare('SELECT sum(amount) FROM t').safeIntegers(true).get()).toThrow(/integer overflow/);
    // decimal.js has no such limit: the same two amounts as text.
    expect(sum([fromUnits(max), fromUnits(1n)])).toBe('92233720368.54775808');
    over.close();
  });
});
