import { useMemo } from 'react';
import type { CycleSummary } from '../../../../shared/bills/schema';
import { EChart } from '../../components/chart/EChart';
import { useChartPalette } from '../../components/chart/palette';
import { useLanguage, useT } from '../../i18n/useT';
import { PageCard } from '../customers/customer-page/PageCard';
import { cycleChartOption, cycleChartSummary } from './cycle-chart-option';

/** Official, settled and 抹零 sums of the last 18 cycles, oldest to newest; a click on a bar opens its cycle. */
export function CycleChartCard({
  cycles,
  selected,
  onSelect,
}: {
  /** Newest first, as the core answers. */
  cycles: readonly CycleSummary[];
  selected: string | null;
  onSelect(cycle: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const points = useMemo(() => [...cycles].reverse(), [cycles]);
  const option = useMemo(
    () =>
      cycleChartOption(points, selected, palette, language, {
        official: t('bills.chart.official'),
        settled: t('bills.chart.settled'),
        erase: t('bills.chart.erase'),
        checkOk: t('bills.chart.checkOk'),
      }),
    [points, selected, palette, language, t],
  );
  const label = t('bills.chart.aria', {
    count: points.length,
    points: cycleChartSummary(points, language, (p) => t('bills.chart.point', p)),
  });
  return (
    <PageCard title={t('bills.chart.title')} subtitle={t('bills.chart.subtitle')} className="bills-chart-card">
      <EChart
        option={option}
        label={label}
        className="bills-chart"
        onItemClick={(i) => {
          const p = points[i];
          if (p) onSelect(p.cycle);
        }}
      />
    </PageCard>
  );
}
