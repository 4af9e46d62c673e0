import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/settings/schema';
import { MESSAGES, placeholders, translate } from '../../shared/i18n/messages';

/**
 * Both languages must say the same things: the same keys, nothing left empty, and the same
 * {placeholders} per key (a placeholder missing in one language would show its raw name).
 * en-US is typed against zh-CN, but a cast or an `as` can defeat that, so check at run time.
 */
const zh: Record<string, string> = MESSAGES['zh-CN'];
const en: Record<string, string> = MESSAGES['en-US'];

describe('i18n messages', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    const zhKeys = Object.keys(zh).sort();
    const enKeys = Object.keys(en).sort();
    expect(
      enKeys.filter((k) => !(k in zh)),
      'keys only in en-US',
    ).toEqual([]);
    expect(
      zhKeys.filter((k) => !(k in en)),
      'keys only in zh-CN',
    ).toEqual([]);
    expect(enKeys).toEqual(zhKeys);
  });

  it.each(LANGUAGES)('%s has no empty or blank strings', (language) => {
    const blank = Object.entries(MESSAGES[language])
      .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      .map(([key]) => key);
    expect(blank).toEqual([]);
  });

  it('every key uses the same {placeholders} in both languages', () => {
    const mismatched = Object.keys(zh)
      .filter((key) => key in en)
      .filter((key) => placeholders(zh[key]!).join(',') !== placeholders(en[key]!).join(','))
      .map(
        (key) => `${key}: zh-CN {${placeholders(zh[key]!).join(',')}} vs en-US {${placeholders(en[key]!).join(',')}}`,
      );
    expect(mismatched).toEqual([]);
  });

  it('translate fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en-US', 'errorBoundary.detail', { message: 'boom' })).toBe('Error: boom');
    expect(translate('zh-CN', 'errorBoundary.detail', {})).toBe('错误信息：{message}');
  });
});
