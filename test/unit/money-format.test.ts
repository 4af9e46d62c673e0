import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { erase, formatMoney, settle } from '../../shared/money/format';
import { fromUnits, toUnits } from '../../shared/money/units';

describe('money units', () => {
  it.each([
    ['0', 0n],
    ['1', 100000000n],
    ['-12.5', -1250000000n],
    ['0.04599822', 4599822n],
    ['1234567.12345678', 123456712345678n],
    ['1e3', 100000000000n],
    ['1.5E-8', null],
    ['2.000000000', 200000000n],
  ])('%s → %s units and back', (text, units) => {
    if (units === null) return expect(() => toUnits(text)).toThrow(/more than 8 decimals/);
    expect(toUnits(text)).toBe(units);
    expect(new Decimal(fromUnits(units)).equals(new Decimal(text))).toBe(true);
  });
  it.each(['', 'abc', '1,000', '--1', 'NaN', 'Infinity', '0x10', '1.2.3'])('refuses %j', (text) => {
    expect(() => toUnits(text)).toThrow();
  });
});

describe('settlement and formatting', () => {
  it('truncates toward zero and keeps the 抹零 part exactly', () => {
    expect(settle('0.04599822')).toBe('0.04');
    expect(erase('0.04599822')).toBe('0.00599822');
    expect(settle('-3.999')).toBe('-3.99');
    expect(erase('-3.999')).toBe('-0.009');
    for (const a of ['123.45678901', '-0.00000001', '99999999999.99999999']) {
      expect(new Decimal(settle(a)).plus(erase(a)).equals(new Decimal(a))).toBe(true);
    }
  });
  it('formats in the UI locale', () => {
    expect(formatMoney('1234.5', 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney('1234.5', 'en-US')).toBe('CNY 1,234.50');
    expect(formatMoney('-1234567.12345678', 'zh-CN', 'full')).toBe('-¥1,234,567.12345678');
    expect(formatMoney('-0.004', 'en-US')).toBe('CNY 0.00');
    expect(formatMoney('7', 'en-US', 'full')).toBe('CNY 7.00');
  });
});
