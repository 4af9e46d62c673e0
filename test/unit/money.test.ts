import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MessageKey, MESSAGES, placeholders, translate } from '../../shared/i18n/messages';
import {
  AMOUNT_LIMIT,
  MONEY_ERROR_CODES,
  MoneyInputError,
  add,
  compare,
  equals,
  formatMoney,
  fromCents,
  fromUnits,
  negate,
  parseUserAmount,
  requireUserAmount,
  settle,
  erase,
  settlement,
  settlementTotals,
  sign,
  sub,
  sum,
  toCents,
  toFixed2,
  toUnits,
} from '../../shared/money';

// Every error code is a message key (a compile error otherwise).
const _codesAreKeys: readonly MessageKey[] = MONEY_ERROR_CODES;

describe('parseUserAmount: accepted', () => {
  it.each([
    // input, invoice value, general value
    ['1234.5', '1234.50', '1234.5'],
    ['1,234.50', '1234.50', '1234.5'],
    ['1,234,567.89', '1234567.89', '1234567.89'],
    ['１２３４．５', '1234.50', '1234.5'],
    ['１，２３４．５０', '1234.50', '1234.5'],
    ['  12  ', '12.00', '12'],
    ['\u3000８\u3000', '8.00', '8'],
    ['\t0.01\n', '0.01', '0.01'],
    ['.5', '0.50', '0.5'],
    ['5.', '5.00', '5'],
    ['007', '7.00', '7'],
    ['1.500', '1.50', '1.5'],
    ['+3', '3.00', '3'],
    ['¥1,234.50', '1234.50', '1234.5'],
    ['￥99', '99.00', '99'],
    ['CNY 1,234.50', '1234.50', '1234.5'],
    ['9999999999999.99', '9999999999999.99', '9999999999999.99'],
  ])('%j → invoice %s, general %s', (input, invoice, general) => {
    expect(parseUserAmount(input, { purpose: 'invoice' })).toEqual({ ok: true, value: invoice });
    expect(parseUserAmount(input, { purpose: 'general' })).toEqual({ ok: true, value: general });
  });

  it.each([
    ['-5', '-5'],
    ['－３．２５', '-3.25'],
    ['\u22121,000', '-1000'],
    ['-¥1,234.50', '-1234.5'],
    ['0', '0'],
    ['-0', '0'],
    ['0.00000001', '0.00000001'],
    ['-9999999999999.99999999', '-9999999999999.99999999'],
  ])('general amounts may be negative, zero or have 8 decimals: %j → %s', (input, value) => {
    expect(parseUserAmount(input, { purpose: 'general' })).toEqual({ ok: true, value });
  });
});

describe('parseUserAmount: refused', () => {
  it.each<[string, string, Record<string, string | number>]>([
    ['', 'money.error.empty', {}],
    ['   ', 'money.error.empty', {}],
    ['1e3', 'money.error.exponent', { text: '1e3' }],
    ['1.5E-2', 'money.error.exponent', { text: '1.5E-2' }],
    ['NaN', 'money.error.notANumber', { text: 'NaN' }],
    ['Infinity', 'money.error.notANumber', { text: 'Infinity' }],
    ['-Infinity', 'money.error.notANumber', { text: '-Infinity' }],
    ['--1', 'money.error.sign', { text: '--1' }],
    ['+-1', 'money.error.sign', { text: '+-1' }],
    ['1-', 'money.error.sign', { text: '1-' }],
    ['1,23', 'money.error.grouping', { text: '1,23' }],
    ['12,34.5', 'money.error.grouping', { text: '12,34.5' }],
    [',123', 'money.error.grouping', { text: ',123' }],
    ['1 234', 'money.error.format', { text: '1 234' }],
    ['abc', 'money.error.format', { text: 'abc' }],
    ['.', 'money.error.format', { text: '.' }],
    ['1.2.3', 'money.error.format', { text: '1.2.3' }],
    ['0x10', 'money.error.format', { text: '0x10' }],
    ['1.234', 'money.error.tooManyDecimals', { max: 2, decimals: 3 }],
    ['0.001', 'money.error.tooManyDecimals', { max: 2, decimals: 3 }],
    ['10000000000000', 'money.error.tooLarge', { limit: '10,000,000,000,000' }],
    ['10,000,000,000,000.00', 'money.error.tooLarge', { limit: '10,000,000,000,000' }],
    ['99999999999999999999', 'money.error.tooLarge', { limit: '10,000,000,000,000' }],
    ['0', 'money.error.zero', {}],
    ['0.00', 'money.error.zero', {}],
    ['-0', 'money.error.zero', {}],
    ['-5', 'money.error.negative', {}],
    ['－１', 'money.error.negative', {}],
  ])('invoice amount %j → %s', (input, code, params) => {
    expect(parseUserAmount(input, { purpose: 'invoice' })).toEqual({ ok: false, error: { code, params } });
  });

  it.each<[string, string]>([
    ['0.000000001', 'money.error.tooManyDecimals'],
    ['-10000000000000', 'money.error.tooLarge'],
    ['1e3', 'money.error.exponent'],
  ])('general amount %j → %s', (input, code) => {
    const r = parseUserAmount(input, { purpose: 'general' });
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('shortens very long input in the message and refuses overlong text outright', () => {
    const r = parseUserAmount('x'.repeat(500), { purpose: 'general' });
    expect(r).toEqual({ ok: false, error: { code: 'money.error.format', params: { text: `${'x'.repeat(24)}…` } } });
  });

  it('requireUserAmount throws a typed error with the same code and params', () => {
    expect(requireUserAmount('1,000', { purpose: 'invoice' })).toBe('1000.00');
    try {
      requireUserAmount('1.001', { purpose: 'invoice' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MoneyInputError);
      expect((e as MoneyInputError).code).toBe('money.error.tooManyDecimals');
      expect((e as MoneyInputError).params).toEqual({ max: 2, decimals: 3 });
    }
  });

  it('every error code has a message in both languages, and the params fill every placeholder', () => {
    const samples = ['', '1e3', 'NaN', '--1', '1,23', 'abc', '1.234', '1e20', '99999999999999', '0', '-1'];
    const seen = new Set<string>();
    for (const s of samples) {
      const r = parseUserAmount(s, { purpose: 'invoice' });
      if (r.ok) continue;
      seen.add(r.error.code);
      for (const language of ['zh-CN', 'en-US'] as const) {
        expect(placeholders(MESSAGES[language][r.error.code]).every((p) => p in r.error.params)).toBe(true);
        expect(translate(language, r.error.code, r.error.params)).not.toMatch(/\{\w+\}/);
      }
    }
    expect([...seen].sort()).toEqual([...MONEY_ERROR_CODES].sort());
    expect(translate('zh-CN', 'money.error.tooManyDecimals', { max: 2, decimals: 3 })).toBe(
      '金额最多保留 2 位小数，当前有 3 位',
    );
  });

  it('property: whatever a user types, the parse either fails with a known code or gives a value in range', () => {
    const chars = fc.constantFrom(...'0123456789.,-+e ¥１２．，－'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 20 }), fc.constantFrom('invoice', 'general'), (s, purpose) => {
        const r = parseUserAmount(s, { purpose: purpose as 'invoice' | 'general' });
        if (!r.ok) return (MONEY_ERROR_CODES as readonly string[]).includes(r.error.code);
        const d = new Decimal(r.value);
        if (d.abs().gte(AMOUNT_LIMIT)) return false;
        return purpose === 'invoice' ? d.gt(0) && /^\d+\.\d{2}$/.test(r.value) : d.decimalPlaces() <= 8;
      }),
      { numRuns: 5000 },
    );
  });

  it('property: a formatted amount parses back to the same value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), fc.constantFrom('zh-CN', 'en-US'), (cents, lang) => {
        const amount = fromCents(cents);
        const shown = formatMoney(amount, lang as 'zh-CN' | 'en-US');
        return parseUserAmount(shown, { purpose: 'invoice' }).ok
          ? requireUserAmount(shown, { purpose: 'invoice' }) === amount
          : false;
      }),
    );
  });
});

/** Decimal text with up to 8 decimals and 14 integer digits, any sign, from a bigint of 10^-8 units. */
const units = fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n });

describe('arithmetic', () => {
  it('adds, subtracts, compares by value', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(add()).toBe('0');
    expect(sum(['1.005', '-1.005', '2'])).toBe('2');
    expect(sub('1', '0.00000001')).toBe('0.99999999');
    expect(negate('-0')).toBe('0');
    expect(compare('1.50', '1.5')).toBe(0);
    expect(equals('1.50', '1.5')).toBe(true);
    expect(compare('-2', '1')).toBe(-1);
    expect(sign('-0.00')).toBe(0);
    expect(sign('-0.01')).toBe(-1);
    // Beyond the 20 significant digits of decimal.js's default precision: still exact.
    expect(add('99999999999999.99999999', '0.00000001')).toBe('100000000000000');
    expect(sum(Array(3).fill('12345678901234.12345678'))).toBe('37037036703702.37037034');
  });

  it('cents: exact conversion both ways, refusing sub-cent parts', () => {
    expect(toCents('12.3')).toBe(1230n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(toCents('7')).toBe(700n);
    expect(toCents('1.500')).toBe(150n);
    expect(fromCents(1230n)).toBe('12.30');
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(0n)).toBe('0.00');
    expect(toFixed2('12.5')).toBe('12.50');
    expect(() => toCents('1.234')).toThrow(RangeError);
    expect(() => toFixed2('0.001')).toThrow(RangeError);
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (c) => toCents(fromCents(c)) === c));
  });

  it('property: sum equals the sum of 10^-8 integer units', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 50 }), (us) => {
        const total = us.reduce((a, b) => a + b, 0n);
        return sum(us.map(fromUnits)) === fromUnits(total);
      }),
    );
  });

  it('property: compare agrees with integer comparison', () => {
    fc.assert(
      fc.property(units, units, (a, b) => compare(fromUnits(a), fromUnits(b)) === (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
});

describe('settlement and 抹零', () => {
  it('truncates toward zero; erase is the exact rest', () => {
    expect(settlement('0.04599822')).toEqual({ official: '0.04599822', settled: '0.04', erase: '0.00599822' });
    expect(settlement('-3.999')).toEqual({ official: '-3.999', settled: '-3.99', erase: '-0.009' });
    expect(settlement('-0.004')).toEqual({ official: '-0.004', settled: '0.00', erase: '-0.004' });
    expect(settlement('5')).toEqual({ official: '5', settled: '5.00', erase: '0' });
    expect(settle('12345678901234.99999999')).toBe('12345678901234.99');
    expect(erase('12345678901234.99999999')).toBe('0.00999999');
  });

  it('totals are sums of per-record values, not the settlement of the sum', () => {
    const t = settlementTotals(['0.009', '0.009', '1.005']);
    expect(t).toEqual({ official: '1.023', settled: '1.00', erase: '0.023', records: 3 });
    expect(settle(t.official)).toBe('1.02');
  });

  it('property: per record settled + erase = official, |erase| < 0.01 with the sign of official', () => {
    fc.assert(
      fc.property(units, (u) => {
        const a = fromUnits(u);
        const s = settlement(a);
        // Not new Decimal(…).plus(…): decimal.js's default 20 significant digits would round.
        const e = new Decimal(s.erase);
        return (
          add(s.settled, s.erase) === a &&
          e.abs().lt('0.01') &&
          (e.isZero() || e.isNegative() === u < 0n) &&
          toUnits(s.settled) === u - (u % 1000000n)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('property: Σ settled + Σ erase = Σ official over many records', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 200 }), (us) => {
        const t = settlementTotals(us.map(fromUnits));
        return add(t.settled, t.erase) === t.official && t.official === fromUnits(us.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});
