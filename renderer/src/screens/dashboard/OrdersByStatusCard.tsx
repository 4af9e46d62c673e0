import { useMemo } from 'react';
import type { DashboardSummary } from '../../../../shared/dashboard/schema';
import { codeLabel, ORDER_STATUS } from '../../../../shared/codes/bss';
import type { Language } from '../../../../shared/settings/schema';
import { EChart } from '../../components/chart/EChart';
import type { ChartOption } from '../../components/chart/echarts';
import { baseOption, escapeHtml, useChartPalette, type ChartPalette } from '../../components/chart/palette';
import { useLanguage, useT, type TFunction } from '../../i18n/useT';
import { formatCount } from '../sync/format';
import { DashboardCard } from './DashboardCard';
import type { DataState } from './model';

/** A status keeps its colour whatever its share: green done, grey cancelled, amber waiting. */
function statusColor(status: number | null, p: ChartPalette): string {
  switch (status) {
    case 5:
      return p.series[1]!; // completed
    case 3:
      return p.series[0]!; // processing
    case 4:
      return p.series[10]!; // cancelled
    case 2:
      return p.series[5]!; // pending refund
    case 13:
      return p.series[3]!; // being replaced
    case null:
      return p.series[10]!;
    default:
      return p.series[2]!; // the pending-something states
  }
}

interface Slice {
  status: number | null;
  name: string;
  count: number;
}

function statusOption(slices: Slice[], total: number, p: ChartPalette, language: Language, t: TFunction): ChartOption {
  const base = baseOption(p);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const countOf = new Map(slices.map((s) => [s.name, s.count]));
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        const slice = slices[item.dataIndex];
        if (!slice) return '';
        const marker = typeof item.marker === 'string' ? item.marker : '';
        const text = t('dashboard.status.tooltip', {
          count: formatCount(slice.count, language),
          percent: percent.format(total ? slice.count / total : 0),
        });
        return `${marker}<strong>${escapeHtml(slice.name)}</strong><br/>${escapeHtml(text)}`;
      },
    },
    legend: {
      orient: 'vertical',
      left: '58%',
      top: 'middle',
      icon: 'circle',
      itemWidth: 8,
      itemHeight: 8,
      itemGap: 10,
      textStyle: { color: p.text },
      formatter: (name: string) => `${name}  ${formatCount(countOf.get(name) ?? 0, language)}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['46%', '68%'],
        center: ['30%', '50%'],
        label: { show: false },
        labelLine: { show: false },
        emphasis: { scale: true, scaleSize: 4 },
        itemStyle: { borderColor: p.tooltipBg, borderWidth: 2 },
        data: slices.map((s) => ({ name: s.name, value: s.count, itemStyle: { color: statusColor(s.status, p) } })),
      },
    ],
  };
}

/** Orders in the local cache by status, with the partner center's status words. */
export function OrdersByStatusCard({ summary, state }: { summary: DashboardSummary | null; state: DataState | null }) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const slices = useMemo<Slice[]>(
    () =>
      (summary?.ordersByStatus ?? [])
        .filter((s) => s.count > 0)
        .map((s) => ({
          status: s.status,
          count: s.count,
          name: s.status === null ? t('dashboard.status.unknown') : codeLabel(ORDER_STATUS, s.status, language),
        })),
    [summary, language, t],
  );
  const total = slices.reduce((n, s) => n + s.count, 0);
  const option = useMemo(
    () => statusOption(slices, total, palette, language, t),
    [slices, total, palette, language, t],
  );
  const separator = language === 'zh-CN' ? '，' : ', ';
  const label = t('dashboard.status.aria', {
    total: formatCount(total, language),
    points: slices
      .map((s) => t('dashboard.status.item', { status: s.name, count: formatCount(s.count, language) }))
      .join(separator),
  });
  return (
    <DashboardCard
      title={t('dashboard.status.title')}
      subtitle={t('dashboard.status.subtitle')}
      state={state}
      empty={slices.length === 0}
      emptyText={t('dashboard.status.empty')}
      extra={
        <span className="dashboard-card-figure">
          {t('dashboard.status.total', { count: formatCount(total, language) })}
        </span>
      }
    >
      <div className="donut">
        <EChart option={option} className="dashboard-chart" label={label} />
        {/* The total in the hole of the ring; the chart's accessible name already says it. */}
        <div className="donut-center" aria-hidden="true">
          <span className="donut-total">{formatCount(total, language)}</span>
          <span className="donut-caption">{t('dashboard.status.caption')}</span>
        </div>
      </div>
    </DashboardCard>
  );
}
