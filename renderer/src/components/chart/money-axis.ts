import type { Language } from '../../../../shared/settings/schema';

/**
 * Axis tick labels for money: "¥12万" / "CNY 120K". Ticks are positions ECharts picks on
 * the plotted scale, not amounts from the data, so a compact approximate label is right
 * here; every amount the user reads as a figure is formatted from its exact text.
 */
export function moneyTick(language: Language): (value: number) => string {
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => {
    const text = compact.format(Math.abs(value));
    const sign = value < 0 ? '-' : '';
    return language === 'zh-CN' ? `${sign}¥${text}` : `${sign}CNY ${text}`;
  };
}

/** Counts on an axis: "1,234" / "1.2万" when large. */
export function countTick(language: Language): (value: number) => string {
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => compact.format(value);
}
