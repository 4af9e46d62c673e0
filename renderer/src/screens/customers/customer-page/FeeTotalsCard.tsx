import { Typography } from 'antd';
import type { CustomerDetail } from '../../../../../shared/customers/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatCount } from '../../sync/format';
import { Money } from './Money';
import { PageCard } from './PageCard';

/** The customer's fee records summed: list price, amount payable, how many records. */
export function FeeTotalsCard({ totals }: { totals: CustomerDetail['feeTotals'] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <PageCard title={t('customer.fees.title')}>
      <dl className="figures figures-stacked">
        <div className="figure">
          <dt>{t('customer.fees.payment')}</dt>
          <dd className="figure-large">
            <Money amount={totals.payment} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('customer.fees.official')}</dt>
          <dd>
            <Money amount={totals.official} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('customer.fees.records')}</dt>
          <dd>{formatCount(totals.records, language)}</dd>
        </div>
      </dl>
      <Typography.Text type="secondary" className="figures-hint">
        {t('customer.fees.hint')}
      </Typography.Text>
    </PageCard>
  );
}
