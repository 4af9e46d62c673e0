import { useMemo } from 'react';
import { Tooltip } from 'antd';
import type { DashboardSummary } from '../../../../shared/dashboard/schema';
import { formatMoney } from '../../../../shared/money/format';
import { EChart } from '../../components/chart/EChart';
import { useChartPalette } from '../../components/chart/palette';
import { spendOption, spendSummary } from '../../components/chart/spend-option';
import { useLanguage, useT } from '../../i18n/useT';
import { DashboardCard } from './DashboardCard';
import { sumAmounts, type DataState } from './model';

/** Spend per bill cycle, the last 12 cycles with data: settled bars, exact amounts on hover. */
export function SpendCard({ summary, state }: { summary: DashboardSummary | null; state: DataState | null }) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const points = useMemo(() => summary?.spendByMonth ?? [], [summary]);
  const option = useMemo(
    () =>
      spendOption(points, palette, language, {
        payment: t('dashboard.spend.payment'),
        official: t('dashboard.spend.official'),
      }),
    [points, palette, language, t],
  );
  const total = sumAmounts(points.map((p) => p.payment));
  return (
    <DashboardCard
      title={t('dashboard.spend.title')}
      subtitle={t('dashboard.spend.subtitle')}
      state={state}
      empty={points.length === 0}
      emptyText={t('dashboard.spend.empty')}
      extra={
        <Tooltip title={t('dashboard.spend.totalExact', { amount: formatMoney(total, language, 'full') })}>
          <span className="dashboard-card-figure" tabIndex={0}>
            {t('dashboard.spend.total', { amount: formatMoney(total, language) })}
          </span>
        </Tooltip>
      }
    >
      <EChart
        option={option}
        className="dashboard-chart"
        label={t('dashboard.spend.aria', { count: points.length, points: spendSummary(points, language) })}
      />
    </DashboardCard>
  );
}
