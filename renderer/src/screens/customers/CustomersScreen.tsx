import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterIssues, OfflineBanner } from '../../components/list/ListStates';
import { PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { useLanguage, useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useCustomersListStore } from '../../stores/customers-list';
import { customerColumns } from './list/customer-columns';
import { CustomerFilters, customerFilterLabels } from './list/CustomerFilters';
import '../../components/list/list.css';

/**
 * All synced customers (#/customers): search as you type, filters, sortable columns, a
 * count of matches; the table reads pages from the local database as it scrolls. A row
 * opens the customer's page; filters and the scroll position are kept for the way back.
 */
export function CustomersScreen() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const error = useCustomersListStore((s) => s.error);
  const columns = useMemo(() => customerColumns(t, language), [t, language]);
  return (
    <div className="list-screen">
      <PageHeader
        title={t('section.customers.title')}
        description={t('section.customers.description')}
        extra={
          <PagedListCount
            store={useCustomersListStore}
            text={(count, filtered) => t(filtered ? 'customers.countFiltered' : 'customers.count', { count })}
          />
        }
      />
      <OfflineBanner />
      <CustomerFilters />
      <FilterIssues error={error} labels={customerFilterLabels(t)} />
      <PagedListTable
        store={useCustomersListStore}
        label={t('customers.table')}
        columns={columns}
        rowKey={(c) => c.customerId}
        onOpen={(c) => void navigate(`/customers/${encodeURIComponent(c.customerId)}`)}
        noMatch={t('customers.noMatch')}
      />
    </div>
  );
}
