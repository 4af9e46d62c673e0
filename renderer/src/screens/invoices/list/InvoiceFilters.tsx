import { Badge, Button, Tabs } from 'antd';
import { SearchField } from '../../../components/list/SearchField';
import { useLanguage, useT } from '../../../i18n/useT';
import { useInvoicesListStore } from '../../../stores/invoices-list';
import { formatCount } from '../../sync/format';
import { CustomerPicker } from '../../orders/list/CustomerPicker';
import { STATUS_TABS, useStatusCounts, type StatusTab } from './useStatusCounts';

/** The status tabs over the invoice list, each with its count. */
export function InvoiceStatusTabs() {
  const t = useT();
  const language = useLanguage();
  const status = useInvoicesListStore((s) => s.filter.status);
  const counts = useStatusCounts();
  const { setFilter } = useInvoicesListStore.getState();
  return (
    <Tabs
      className="invoice-tabs"
      aria-label={t('invoices.tabs')}
      activeKey={status ?? 'all'}
      onChange={(key) => setFilter({ status: key === 'all' ? undefined : (key as Exclude<StatusTab, 'all'>) })}
      items={STATUS_TABS.map((tab) => ({
        key: tab,
        label: (
          <span className="invoice-tab">
            {t(`invoices.tab.${tab}`)}
            {counts[tab] !== undefined && (
              <Badge
                className="invoice-tab-count"
                count={formatCount(counts[tab], language)}
                showZero
                color={tab === 'draft' && counts[tab] ? 'gold' : 'rgba(0,0,0,0.25)'}
              />
            )}
          </span>
        ),
      }))}
    />
  );
}

/** Search and customer: each applies at once; "clear" keeps the status tab. */
export function InvoiceFilters() {
  const t = useT();
  const search = useInvoicesListStore((s) => s.filter.search ?? '');
  const customerId = useInvoicesListStore((s) => s.filter.customerId);
  const invalid = useInvoicesListStore((s) => Boolean(s.error?.fields.some((f) => f.field === 'search')));
  const { setFilter } = useInvoicesListStore.getState();
  return (
    <div className="list-filters" role="search" aria-label={t('invoices.filters')}>
      <SearchField
        className="list-search"
        label={t('invoices.search')}
        placeholder={t('invoices.searchPlaceholder')}
        value={search}
        invalid={invalid}
        onSearch={(text) => setFilter({ search: text || undefined })}
      />
      <CustomerPicker value={customerId} onChange={(id) => setFilter({ customerId: id })} />
      {(search || customerId) && (
        <Button
          type="link"
          className="list-reset"
          onClick={() => setFilter({ search: undefined, customerId: undefined })}
        >
          {t('list.resetFilters')}
        </Button>
      )}
    </div>
  );
}
