import { useMemo } from 'react';
import type { DashboardSummary } from '../../../../shared/dashboard/schema';
import type { Language } from '../../../../shared/settings/schema';
import { EChart } from '../../components/chart/EChart';
import type { ChartOption } from '../../components/chart/echarts';
import { countTick } from '../../components/chart/money-axis';
import { baseOption, escapeHtml, useChartPalette, type ChartPalette } from '../../components/chart/palette';
import { useLanguage, useT, type TFunction } from '../../i18n/useT';
import { formatCount } from '../sync/format';
import { DashboardCard } from './DashboardCard';
import { fillMonths, lastMonths, type DataState } from './model';

type Point = { month: string; count: number };

function newCustomersOption(points: Point[], p: ChartPalette, language: Language, t: TFunction): ChartOption {
  const base = baseOption(p);
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
        const text = t('dashboard.newCustomers.tooltip', { count: formatCount(point.count, language) });
        return `<strong>${escapeHtml(point.month)}</strong><br/>${marker}${escapeHtml(text)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((pt) => pt.month),
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: p.axisLine } },
      axisLabel: { color: p.textSecondary, hideOverlap: true, formatter: (m: string) => m.slice(2) },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: p.textSecondary, formatter: countTick(language) },
      splitLine: { lineStyle: { color: p.splitLine } },
    },
    series: [
      {
        type: 'bar',
        name: t('dashboard.newCustomers.series'),
        barMaxWidth: 18,
        itemStyle: { color: p.series[4], borderRadius: [3, 3, 0, 0] },
        data: points.map((pt) => pt.count),
      },
    ],
  };
}

/** Customers associated per month over the last 12 months (months without any show zero). */
export function NewCustomersCard({ summary, state }: { summary: DashboardSummary | null; state: DataState | null }) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const points = useMemo(() => fillMonths(summary?.newCustomersByMonth ?? [], lastMonths(Date.now())), [summary]);
  const option = useMemo(() => newCustomersOption(points, palette, language, t), [points, palette, language, t]);
  const total = points.reduce((n, p) => n + p.count, 0);
  const separator = language === 'zh-CN' ? '，' : ', ';
  const label = t('dashboard.newCustomers.aria', {
    total: formatCount(total, language),
    points: points.map((p) => `${p.month} ${formatCount(p.count, language)}`).join(separator),
  });
  return (
    <DashboardCard
      title={t('dashboard.newCustomers.title')}
      subtitle={t('dashboard.newCustomers.subtitle')}
      state={state}
      empty={total === 0}
      emptyText={t('dashboard.newCustomers.empty')}
      extra={
        <span className="dashboard-card-figure">
          {t('dashboard.newCustomers.total', { count: formatCount(summary?.totals.customers ?? 0, language) })}
        </span>
      }
    >
      <EChart option={option} className="dashboard-chart" label={label} />
    </DashboardCard>
  );
}
