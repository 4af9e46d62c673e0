import { useMemo, type ReactNode } from 'react';
import { Empty, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { isFiltered } from '../../components/list/format';
import { FilterBar, PagedListCount, PagedListTable } from '../../components/list/PagedListTable';
import { useLanguage, useT } from '../../i18n/useT';
import { useBillCustomersStore } from '../../stores/bill-customers';
import { useBillsStore } from '../../stores/bills';
import { formatCount } from '../sync/format';
import { BillAmount } from './BillAmount';
import { billColumns, recordsHref } from './bill-columns';

/** The sums of the customers listed: one line under the table, the same figures as its columns. */
function TotalsLine() {
  const t = useT();
  const language = useLanguage();
  const totals = useBillsStore((s) => s.totals);
  const label = t('bills.totalsRegion');
  if (!totals) return <Skeleton.Input active size="small" className="bills-totals-loading" aria-label={label} />;
  const item = (name: string, value: ReactNode) => (
    <div className="bills-total">
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="bills-totals" aria-label={label}>
      <span className="bills-totals-title">
        {t('bills.totalsRow', { count: formatCount(totals.customers, language) })}
      </span>
      <dl>
        {item(t('bills.col.records'), formatCount(totals.records, language))}
        {item(t('bills.col.official'), <BillAmount amount={totals.official} />)}
        {item(t('bills.col.settled'), <BillAmount amount={totals.settled} />)}
        {item(t('bills.col.erase'), <BillAmount amount={totals.erase} show="full" />)}
        {item(t('bills.col.refunds'), <BillAmount amount={totals.refunds.official} />)}
        {item(t('bills.col.writeoffs'), <BillAmount amount={totals.writeoffs.amount} />)}
      </dl>
    </section>
  );
}

/**
 * The customers of one cycle with their sums: search as you type, sortable columns, pages
 * read from the database as the table scrolls, the sums of what is listed underneath. A
 * row (or the customer's name) opens their fee records.
 */
export function BillCustomersTable({ cycle }: { cycle: string }) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const filtered = useBillCustomersStore((s) => isFiltered(s.filter));
  const columns = useMemo(() => billColumns(t, language, cycle), [t, language, cycle]);
  return (
    <div className="bills-table">
      <FilterBar
        store={useBillCustomersStore}
        label={t('bills.filters')}
        searchLabel={t('bills.search')}
        searchPlaceholder={t('bills.searchPlaceholder')}
      >
        <span className="bills-count">
          <PagedListCount
            store={useBillCustomersStore}
            text={(count, isFilteredNow) => t(isFilteredNow ? 'bills.countFiltered' : 'bills.count', { count })}
          />
        </span>
      </FilterBar>
      <PagedListTable
        store={useBillCustomersStore}
        label={t('bills.table', { cycle })}
        columns={columns}
        rowKey={(r) => r.customerId}
        onOpen={(r) => void navigate(recordsHref(cycle, r.customerId))}
        noMatch={t('bills.noMatch')}
        empty={
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('bills.noMatch') : t('bills.cycleEmpty', { cycle })}
          />
        }
      />
      <TotalsLine />
    </div>
  );
}
