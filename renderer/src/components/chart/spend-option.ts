import { formatMoney, settle } from '../../../../shared/money/format';
import type { Language } from '../../../../shared/settings/schema';
import type { ChartOption } from './echarts';
import { moneyTick } from './money-axis';
import { baseOption, escapeHtml, type ChartPalette } from './palette';

/** One bill cycle's spend, amounts as exact decimal text (as they cross IPC). */
export interface SpendPoint {
  cycle: string;
  official: string;
  payment: string;
  /** Fee records behind the sums, when known (the customer page has it). */
  records?: number;
}

export interface SpendLabels {
  payment: string;
  official: string;
  /** "{count} fee records" for the tooltip, when points carry `records`. */
  records?: (count: number) => string;
}

/**
 * Bars of the settled amount payable per bill cycle. The tooltip shows the exact amounts
 * (every decimal the API sent), formatted from the decimal text.
 */
export function spendOption(
  points: readonly SpendPoint[],
  palette: ChartPalette,
  language: Language,
  labels: SpendLabels,
): ChartOption {
  const base = baseOption(palette);
  return {
    ...base,
    grid: { left: 8, right: 12, top: 16, bottom: 4, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        const marker = typeof first?.marker === 'string' ? first.marker : '';
        const rows = [
          `<strong>${escapeHtml(point.cycle)}</strong>`,
          `${marker}${escapeHtml(labels.payment)}&emsp;<strong>${escapeHtml(formatMoney(point.payment, language, 'full'))}</strong>`,
          `<span style="opacity:.75">${escapeHtml(labels.official)}&emsp;${escapeHtml(formatMoney(point.official, language, 'full'))}</span>`,
        ];
        if (point.records !== undefined && labels.records)
          rows.push(`<span style="opacity:.75">${escapeHtml(labels.records(point.records))}</span>`);
        return rows.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.cycle),
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisLabel: { color: palette.textSecondary, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: palette.textSecondary, formatter: moneyTick(language) },
      splitLine: { lineStyle: { color: palette.splitLine } },
    },
    series: [
      {
        type: 'bar',
        name: labels.payment,
        barMaxWidth: 36,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
        // Plotting only: the bar height in pixels comes from the settled amount. This number
        // is never shown or added up; the tooltip and every figure use the exact text.
        data: points.map((p) => Number(settle(p.payment))),
      },
    ],
  };
}

/** The chart in words: "2026-05 ¥707,656.55; 2026-06 …" (settled amounts). */
export function spendSummary(points: readonly SpendPoint[], language: Language): string {
  const separator = language === 'zh-CN' ? '；' : '; ';
  return points.map((p) => `${p.cycle} ${formatMoney(p.payment, language)}`).join(separator);
}
