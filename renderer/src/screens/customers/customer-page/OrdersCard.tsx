import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { CustomerDetail } from '../../../../../shared/customers/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatCount } from '../../sync/format';
import { Money } from './Money';
import { PageCard } from './PageCard';

/** Orders and refunds in the local cache, with the way into the order list filtered to them. */
export function OrdersCard({ detail }: { detail: CustomerDetail }) {
  const t = useT();
  const language = useLanguage();
  const { orders, refundTotal } = detail;
  const id = detail.customer.customerId;
  return (
    <PageCard
      title={t('customer.orders.title')}
      extra={
        <Link to={`/orders?customer=${encodeURIComponent(id)}`} className="customer-orders-link">
          {t('customer.orders.view')} <RightOutlined aria-hidden />
        </Link>
      }
    >
      <dl className="figures">
        <div className="figure">
          <dt>{t('customer.orders.count')}</dt>
          <dd>{formatCount(orders.count, language)}</dd>
        </div>
        <div className="figure">
          <dt>{t('customer.orders.amount')}</dt>
          <dd>
            <Money amount={orders.amountAfterDiscount} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('customer.orders.refunds')}</dt>
          <dd>{formatCount(orders.refunds, language)}</dd>
        </div>
        <div className="figure">
          <dt>{t('customer.orders.refundTotal')}</dt>
          <dd>
            <Money amount={refundTotal} />
          </dd>
        </div>
      </dl>
    </PageCard>
  );
}
