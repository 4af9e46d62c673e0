import Decimal from 'decimal.js';
import type { Language } from '../settings/schema';

/**
 * Formatting amounts (design §6). Input is exact decimal text (as it crosses IPC);
 * arithmetic is decimal.js; a JS number never carries an amount. Settlement lives in
 * settle.ts and is re-exported here for the callers that import it from this file.
 */
export { erase, settle } from './settle';

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats exact decimal text in the UI locale: zh-CN `¥1,234.50`, en-US `CNY 1,234.50`.
 * `decimals: 'settled'` shows the 2-decimal settled amount; `'full'` every significant
 * decimal up to 8 (at least 2).
 */
export function formatMoney(amount: string, language: Language, decimals: 'settled' | 'full' = 'settled'): string {
  const d = new Decimal(amount);
  let text = decimals === 'settled' ? d.abs().toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2) : d.abs().toFixed();
  if (decimals === 'full') {
    const [i, f = ''] = text.split('.');
    text = `${i}.${f.padEnd(2, '0')}`;
  }
  const [intPart, frac] = text.split('.');
  const body = `${group(intPart!)}.${frac}`;
  const negative = d.isNegative() && !d.isZero() && !(decimals === 'settled' && new Decimal(text).isZero());
  const sign = negative ? '-' : '';
  return language === 'zh-CN' ? `${sign}¥${body}` : `${sign}CNY ${body}`;
}
