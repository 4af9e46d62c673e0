import { useMemo } from 'react';
import { Empty } from 'antd';
import type { CustomerDetail } from '../../../../../shared/customers/schema';
import { EChart } from '../../../components/chart/EChart';
import { useChartPalette } from '../../../components/chart/palette';
import { spendOption, spendSummary } from '../../../components/chart/spend-option';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatCount } from '../../sync/format';
import { PageCard } from './PageCard';

/** Spend per bill cycle (settled bars; the exact amounts and record count on hover). */
export function SpendChartCard({ name, spend }: { name: string; spend: CustomerDetail['spend'] }) {
  const t = useT();
  const language = useLanguage();
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      spendOption(spend, palette, language, {
        payment: t('customer.spend.payment'),
        official: t('customer.spend.official'),
        records: (count) => t('customer.spend.records', { count: formatCount(count, language) }),
      }),
    [spend, palette, language, t],
  );
  return (
    <PageCard title={t('customer.spend.title')} subtitle={t('customer.spend.subtitle')}>
      {spend.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customer.spend.empty')} />
      ) : (
        <EChart
          option={option}
          className="customer-chart"
          label={t('customer.spend.aria', { name, count: spend.length, points: spendSummary(spend, language) })}
        />
      )}
    </PageCard>
  );
}
