import type { CycleSummary } from '../../../../shared/bills/schema';
import { checkSums } from '../../../../shared/bills/check';
import { formatMoney, settle } from '../../../../shared/money/format';
import type { Language } from '../../../../shared/settings/schema';
import type { ChartOption } from '../../components/chart/echarts';
import { moneyTick } from '../../components/chart/money-axis';
import { baseOption, escapeHtml, type ChartPalette } from '../../components/chart/palette';

export interface CycleChartLabels {
  official: string;
  settled: string;
  erase: string;
  checkOk: string;
}

/**
 * Official and settled sums as bars per cycle (left axis), the 抹零 sum as a line on its own
 * axis (right: it is cents against millions). The cycle shown is drawn solid, the others
 * lighter. The tooltip writes every amount exactly, from the decimal text.
 */
export function cycleChartOption(
  points: readonly CycleSummary[],
  selected: string | null,
  palette: ChartPalette,
  language: Language,
  labels: CycleChartLabels,
): ChartOption {
  const base = baseOption(palette);
  const full = (amount: string) => escapeHtml(formatMoney(amount, language, 'full'));
  // Plotting only: a bar's height in pixels. These numbers are never shown or added up.
  const plot = (amount: string) => Number(amount);
  const bars = (pick: (p: CycleSummary) => string) =>
    points.map((p) => ({
      value: plot(settle(pick(p))),
      itemStyle: { opacity: selected === null || p.cycle === selected ? 1 : 0.45 },
    }));
  return {
    ...base,
    grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: palette.textSecondary }, itemHeight: 10, itemWidth: 14 },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const p = first ? points[first.dataIndex] : undefined;
        if (!p) return '';
        const check = checkSums(p);
        return [
          `<strong>${escapeHtml(p.cycle)}</strong>`,
          `${escapeHtml(labels.official)}&emsp;<strong>${full(p.official)}</strong>`,
          `${escapeHtml(labels.settled)}&emsp;<strong>${full(p.settled)}</strong>`,
          `${escapeHtml(labels.erase)}&emsp;<strong>${full(p.erase)}</strong>`,
          `<span style="opacity:.75">${check.ok ? `✓ ${escapeHtml(labels.checkOk)}` : `✗ ${full(check.difference)}`}</span>`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.cycle),
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: palette.axisLine } },
      axisLabel: { color: palette.textSecondary, hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { color: palette.textSecondary, formatter: moneyTick(language) },
        splitLine: { lineStyle: { color: palette.splitLine } },
      },
      {
        type: 'value',
        position: 'right',
        axisLabel: { color: palette.textSecondary, formatter: moneyTick(language) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: labels.official,
        barMaxWidth: 18,
        barGap: '10%',
        itemStyle: { color: palette.series[4], borderRadius: [3, 3, 0, 0] },
        data: bars((p) => p.official),
      },
      {
        type: 'bar',
        name: labels.settled,
        barMaxWidth: 18,
        itemStyle: { color: palette.series[0], borderRadius: [3, 3, 0, 0] },
        data: bars((p) => p.settled),
      },
      {
        type: 'line',
        name: labels.erase,
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2 },
        itemStyle: { color: palette.series[2] },
        data: points.map((p) => plot(p.erase)),
      },
    ],
  };
}

/** The chart in words: "2026-05 official ¥…, settled ¥…, rounding-off ¥…; …" (every decimal of 抹零). */
export function cycleChartSummary(
  points: readonly CycleSummary[],
  language: Language,
  point: (p: { cycle: string; official: string; settled: string; erase: string }) => string,
): string {
  const separator = language === 'zh-CN' ? '；' : '; ';
  return points
    .map((p) =>
      point({
        cycle: p.cycle,
        official: formatMoney(p.official, language),
        settled: formatMoney(p.settled, language),
        erase: formatMoney(p.erase, language, 'full'),
      }),
    )
    .join(separator);
}
