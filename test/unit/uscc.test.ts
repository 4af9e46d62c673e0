import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MessageKey, MESSAGES, placeholders } from '../../shared/i18n/messages';
import {
  USCC_CHARSET,
  USCC_ERROR_CODES,
  USCC_WEIGHTS,
  organizationCheckChar,
  usccCheckChar,
  validateUscc,
} from '../../shared/invoices/uscc';

const _codesAreKeys: readonly MessageKey[] = USCC_ERROR_CODES;

/**
 * Codes as the companies publish them (business licences, invoices). Both check characters
 * below were computed by this module, not taken on trust: a random 18-character string
 * passes both checks with a probability of about 1 in 341.
 */
const PUBLISHED = [
  '91110000100017643K', // the brief's example — verified by computing both check characters
  '914403001922038216', // 华为技术有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司 (organization code check X)
  '91110108551385082Q', // 小米科技有限责任公司
  '91110000802100433B', // 北京百度网讯科技有限公司
];

/** A valid code from 8 body characters: the GB 11714 check, then the GB 32100 check. */
function construct(prefix8: string, body8: string): string {
  const first17 = prefix8 + body8 + organizationCheckChar(body8);
  return first17 + usccCheckChar(first17);
}

describe('unified social credit code (GB 32100-2015)', () => {
  it('weights are 3^(i-1) mod 31', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    expect(USCC_CHARSET).toHaveLength(31);
    expect(USCC_CHARSET).not.toMatch(/[IOZSV]/);
  });

  it('the check characters of a published code, worked by hand', () => {
    // 91110000100017643K: 9·1 + 1·3 + 1·9 + 1·27 + 1·20 (pos 9) + 1·8 (pos 13) + 7·24 + 6·10
    // + 4·30 + 3·28 = 508; 508 mod 31 = 12; 31 − 12 = 19 → 'K' (value 19). Organization code
    // 10001764: 1·3 + 1·5 + 7·8 + 6·4 + 4·2 = 96; 96 mod 11 = 8; 11 − 8 = 3 → the 17th, '3'.
    const values = [...'91110000100017643'].map((c) => USCC_CHARSET.indexOf(c));
    const total = values.reduce((s, v, i) => s + v * USCC_WEIGHTS[i]!, 0);
    expect(total).toBe(508);
    expect(USCC_CHARSET[31 - (total % 31)]).toBe('K');
    expect(organizationCheckChar('10001764')).toBe('3');
  });

  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });

  it('normalizes what a user pastes: full-width, lower case, surrounding spaces', () => {
    expect(validateUscc('  ９１１１０１０８５５１３８５０８２ｑ　')).toEqual({ ok: true, value: '91110108551385082Q' });
    expect(validateUscc('9144030071526726xg')).toEqual({ ok: true, value: '9144030071526726XG' });
  });

  it.each<[string, string, Record<string, string | number>]>([
    ['', 'invoice.uscc.empty', {}],
    ['   ', 'invoice.uscc.empty', {}],
    ['91110000100017643', 'invoice.uscc.length', { length: 17 }],
    ['91110000100017643KK', 'invoice.uscc.length', { length: 19 }],
    ['91110000I00017643K', 'invoice.uscc.charset', { char: 'I', position: 9 }],
    ['9111000010001764SK', 'invoice.uscc.charset', { char: 'S', position: 17 }],
    ['91110000100017643-', 'invoice.uscc.charset', { char: '-', position: 18 }],
    ['911A0000100017643K', 'invoice.uscc.division', {}],
    ['91110000100017653K', 'invoice.uscc.orgCheck', {}],
    ['91110000100017643J', 'invoice.uscc.check', {}],
    ['91210000100017643K', 'invoice.uscc.check', {}],
  ])('refuses %j: %s', (input, reason, params) => {
    expect(validateUscc(input)).toEqual({ ok: false, reason, params });
  });

  it('the organization-code check can be left out (position 18 is still checked)', () => {
    const first17 = '91110000100017653';
    const code = first17 + usccCheckChar(first17);
    expect(validateUscc(code).ok).toBe(false);
    expect(validateUscc(code, { checkOrganizationCode: false })).toEqual({ ok: true, value: code });
  });

  it('every reason has a message with the placeholders its params fill', () => {
    for (const code of USCC_ERROR_CODES) {
      for (const language of ['zh-CN', 'en-US'] as const) expect(MESSAGES[language][code]).toBeTruthy();
    }
    expect(placeholders(MESSAGES['zh-CN']['invoice.uscc.charset'])).toEqual(['char', 'position']);
    expect(placeholders(MESSAGES['en-US']['invoice.uscc.length'])).toEqual(['length']);
  });

  const codeChar = fc.constantFrom(...USCC_CHARSET.split(''));
  const digit = fc.constantFrom(...'0123456789'.split(''));
  const validCode = fc
    .tuple(
      fc.tuple(codeChar, codeChar),
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.array(codeChar, { minLength: 8, maxLength: 8 }),
    )
    .map(([[a, b], division, body]) => construct(a + b + division.join(''), body.join('')));

  it('property: constructed codes are accepted', () => {
    fc.assert(fc.property(validCode, (code) => validateUscc(code).ok));
  });

  it('property: any single wrong character is caught', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), codeChar, (code, i, ch) => {
        fc.pre(code[i] !== ch);
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        return !validateUscc(typo).ok;
      }),
      { numRuns: 2000 },
    );
  });

  it('property: swapping two different neighbours among the first 17 is caught', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        return !validateUscc(swapped).ok;
      }),
      { numRuns: 2000 },
    );
  });
});
