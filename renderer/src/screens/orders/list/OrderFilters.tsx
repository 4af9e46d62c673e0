import { ORDER_STATUS, ORDER_TYPE } from '../../../../../shared/codes/bss';
import { DateRangeField } from '../../../components/list/DateRangeField';
import { FilterMultiSelect, FilterSelect } from '../../../components/list/FilterSelect';
import { invalidFields } from '../../../components/list/ListStates';
import { FilterBar } from '../../../components/list/PagedListTable';
import { SearchField } from '../../../components/list/SearchField';
import { useLanguage, useT, type TFunction } from '../../../i18n/useT';
import { useOrdersListStore } from '../../../stores/orders-list';
import { CustomerPicker } from './CustomerPicker';

/** The labels of the filter fields, for naming a refused one. */
export function orderFilterLabels(t: TFunction): Record<string, string> {
  return {
    search: t('orders.search'),
    orderId: t('orders.filter.orderId'),
    status: t('orders.filter.status'),
    orderType: t('orders.filter.orderType'),
    serviceType: t('orders.filter.serviceType'),
    customerId: t('orders.filter.customer'),
    createdFrom: t('orders.filter.created'),
    createdTo: t('orders.filter.created'),
    paidFrom: t('orders.filter.paid'),
    paidTo: t('orders.filter.paid'),
  };
}

const numericCodes = (table: Record<number, unknown>) => Object.keys(table).map(Number);

/** Search and the filters of the order list, mirroring the API's own; each applies at once. */
export function OrderFilters() {
  const t = useT();
  const language = useLanguage();
  const filter = useOrdersListStore((s) => s.filter);
  const facets = useOrdersListStore((s) => s.facets);
  const error = useOrdersListStore((s) => s.error);
  const { setFilter } = useOrdersListStore.getState();
  const invalid = invalidFields(error);
  const any = t('list.any');

  return (
    <FilterBar
      store={useOrdersListStore}
      label={t('orders.filters')}
      searchLabel={t('orders.search')}
      searchPlaceholder={t('orders.searchPlaceholder')}
    >
      <SearchField
        className="order-id-filter"
        label={t('orders.filter.orderId')}
        placeholder={t('orders.filter.orderIdPlaceholder')}
        prefix={<span className="list-filter-prefix">{t('orders.filter.orderId')}</span>}
        value={filter.orderId ?? ''}
        invalid={invalid.has('orderId')}
        onSearch={(orderId) => setFilter({ orderId: orderId || undefined })}
      />
      <CustomerPicker value={filter.customerId} onChange={(customerId) => setFilter({ customerId })} />
      <FilterSelect<string>
        label={t('orders.filter.serviceType')}
        placeholder={any}
        width={180}
        loading={!facets}
        options={(facets?.serviceTypes ?? []).map((s) => ({ value: s.code, label: s.name }))}
        value={filter.serviceType}
        onChange={(serviceType) => setFilter({ serviceType })}
      />
      <FilterMultiSelect<number>
        label={t('orders.filter.status')}
        placeholder={any}
        width={172}
        options={numericCodes(ORDER_STATUS).map((code) => ({ value: code, label: ORDER_STATUS[code]![language] }))}
        value={filter.status}
        onChange={(status) => setFilter({ status })}
      />
      <FilterMultiSelect<number>
        label={t('orders.filter.orderType')}
        placeholder={any}
        width={172}
        options={numericCodes(ORDER_TYPE).map((code) => ({ value: code, label: ORDER_TYPE[code]![language] }))}
        value={filter.orderType}
        onChange={(orderType) => setFilter({ orderType })}
      />
      <DateRangeField
        label={t('orders.filter.created')}
        from={filter.createdFrom}
        to={filter.createdTo}
        invalid={invalid.has('createdFrom') || invalid.has('createdTo')}
        onChange={(createdFrom, createdTo) => setFilter({ createdFrom, createdTo })}
      />
      <DateRangeField
        label={t('orders.filter.paid')}
        from={filter.paidFrom}
        to={filter.paidTo}
        invalid={invalid.has('paidFrom') || invalid.has('paidTo')}
        onChange={(paidFrom, paidTo) => setFilter({ paidFrom, paidTo })}
      />
    </FilterBar>
  );
}
