import type { ReactNode } from 'react';
import { Typography } from 'antd';
import type { CycleSummary } from '../../../../shared/bills/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { PageCard } from '../customers/customer-page/PageCard';
import { formatCount } from '../sync/format';
import { BillAmount } from './BillAmount';
import { ConsistencyCheck } from './ConsistencyCheck';

function Figure({ label, large, children }: { label: string; large?: boolean; children: ReactNode }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd className={large ? 'figure-large' : undefined}>{children}</dd>
    </div>
  );
}

/**
 * One cycle's totals: the settled sum first (what is actually charged), the official sum and
 * the 抹零 sum beside it, refunds, adjustments and write-offs as such, and the check.
 */
export function CycleSummaryCard({ summary }: { summary: CycleSummary }) {
  const t = useT();
  const language = useLanguage();
  const count = (n: number) => formatCount(n, language);
  return (
    <PageCard
      title={t('bills.summary.title', { cycle: summary.cycle })}
      subtitle={t('bills.count', { count: count(summary.customers) })}
      className="bills-summary"
    >
      <dl className="figures bills-figures">
        <Figure label={t('bills.sum.settled')} large>
          <BillAmount amount={summary.settled} />
        </Figure>
        <Figure label={t('bills.sum.official')} large>
          <BillAmount amount={summary.official} />
        </Figure>
        <Figure label={t('bills.sum.erase')} large>
          <BillAmount amount={summary.erase} show="full" />
        </Figure>
        <Figure label={t('bills.sum.records')} large>
          {count(summary.records)}
        </Figure>
        <Figure label={t('bills.sum.refunds', { count: count(summary.refunds.records) })}>
          <BillAmount amount={summary.refunds.official} />
        </Figure>
        <Figure label={t('bills.sum.adjustments', { count: count(summary.adjustments.records) })}>
          <BillAmount amount={summary.adjustments.official} />
        </Figure>
        <Figure label={t('bills.sum.writeoffs', { count: count(summary.writeoffs.records) })}>
          <BillAmount amount={summary.writeoffs.amount} />
        </Figure>
      </dl>
      <ConsistencyCheck cycle={summary.cycle} sums={summary} />
      <Typography.Text type="secondary" className="figures-hint">
        {t('bills.summary.note')}
      </Typography.Text>
    </PageCard>
  );
}
