import { Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { DashboardSummary } from '../../../../shared/dashboard/schema';
import { formatMoney } from '../../../../shared/money/format';
import { useLanguage, useT } from '../../i18n/useT';
import { DashboardCard } from './DashboardCard';
import { barWidth, type DataState } from './model';

/**
 * The customers who spent most in the last 12 cycles, as a ranked list of links (a list
 * reads better than a bar chart for names, and every row opens the customer's page). The
 * bar behind each row is the share of the first; the figure is the settled amount, the
 * tooltip the exact one.
 */
export function TopCustomersCard({ summary, state }: { summary: DashboardSummary | null; state: DataState | null }) {
  const t = useT();
  const language = useLanguage();
  const top = summary?.topCustomers ?? [];
  const max = top[0]?.payment ?? '0';
  return (
    <DashboardCard
      title={t('dashboard.top.title')}
      subtitle={t('dashboard.top.subtitle')}
      state={state}
      empty={top.length === 0}
      emptyText={t('dashboard.top.empty')}
      className="top-customers-card"
    >
      <ol className="top-customers" aria-label={t('dashboard.top.list')}>
        {top.map((c, i) => {
          const name = c.name ?? t('dashboard.top.unnamed');
          return (
            <li key={c.customerId}>
              <Link to={`/customers/${encodeURIComponent(c.customerId)}`} className="top-customer">
                <span className="top-customer-rank" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="top-customer-name">{name}</span>
                <Tooltip title={t('dashboard.top.exact', { amount: formatMoney(c.payment, language, 'full') })}>
                  <span className="top-customer-amount">{formatMoney(c.payment, language)}</span>
                </Tooltip>
                <span className="top-customer-track" aria-hidden="true">
                  <span className="top-customer-bar" style={{ width: barWidth(c.payment, max) }} />
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </DashboardCard>
  );
}
