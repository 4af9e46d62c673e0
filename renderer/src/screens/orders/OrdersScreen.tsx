import { useEffect, useMemo } from 'react';
import { Flex } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { FilterIssues, OfflineBanner } from '../../components/list/ListStates';
import { PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { useLanguage, useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useOrdersListStore } from '../../stores/orders-list';
import { OrderDrawer } from './detail/OrderDrawer';
import { ExportButtons } from './export/ExportButtons';
import { ExportStatus } from './export/ExportStatus';
import { orderColumns } from './list/order-columns';
import { OrderFilters, orderFilterLabels } from './list/OrderFilters';
import '../../components/list/list.css';
import './orders.css';

/**
 * Every order in the local cache (#/orders): search, the API's filters, sort by time or
 * amount, a count of matches, export of what is shown. The table reads pages from the
 * database as it scrolls; an order opens in a drawer over the list (#/orders/:orderId),
 * which keeps its place. `#/orders?customer=<id>` (from a customer's page) filters to them.
 */
export function OrdersScreen() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { orderId } = useParams();
  const [params] = useSearchParams();
  const error = useOrdersListStore((s) => s.error);
  const columns = useMemo(() => orderColumns(t, language), [t, language]);

  // A link from a customer's page: filter to that customer, then drop it from the URL.
  const customer = params.get('customer');
  useEffect(() => {
    if (!customer) return;
    useOrdersListStore.getState().setFilter({ customerId: customer });
    void navigate('/orders', { replace: true });
  }, [customer, navigate]);

  return (
    <div className="list-screen">
      <PageHeader
        title={t('section.orders.title')}
        description={t('section.orders.description')}
        extra={
          <Flex gap={12} align="center">
            <PagedListCount
              store={useOrdersListStore}
              text={(count, filtered) => t(filtered ? 'orders.countFiltered' : 'orders.count', { count })}
            />
            <ExportButtons />
          </Flex>
        }
      />
      <OfflineBanner />
      <OrderFilters />
      <FilterIssues error={error} labels={orderFilterLabels(t)} />
      <ExportStatus />
      <PagedListTable
        store={useOrdersListStore}
        label={t('orders.table')}
        columns={columns}
        rowKey={(o) => o.orderId}
        onOpen={(o) => void navigate(`/orders/${encodeURIComponent(o.orderId)}`)}
        noMatch={t('orders.noMatch')}
      />
      <OrderDrawer orderId={orderId} onClose={() => void navigate('/orders')} />
    </div>
  );
}
