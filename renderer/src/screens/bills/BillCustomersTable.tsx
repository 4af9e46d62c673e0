import { useCallback, useMemo, type ReactNode } from 'react';
import { Empty, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { isFiltered } from '../../components/list/format';
import { ListErrorResult, ListInvalid } from '../../components/list/ListStates';
import { FilterBar } from '../../components/list/PagedListTable';
import { VirtualTable } from '../../components/list/VirtualTable';
import { useLanguage, useT } from '../../i18n/useT';
import { useBillCustomersStore } from '../../stores/bill-customers';
import { useBillsStore } from '../../stores/bills';
import { rowAt } from '../../stores/paged-list';
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
  const store = useBillCustomersStore;
  const state = store(
    useShallow((s) => ({
      filtered: isFiltered(s.filter),
      sort: s.sort,
      total: s.total,
      pages: s.pages,
      pageSize: s.pageSize,
      stale: s.stale,
      error: s.error,
      query: s.query,
    })),
  );
  const actions = store.getState();
  const columns = useMemo(() => billColumns(t, language, cycle), [t, language, cycle]);
  const onRange = useCallback((a: number, b: number) => store.getState().ensureRange(a, b), [store]);

  if (state.error && !state.error.fields.length)
    return <ListErrorResult message={state.error.message} onRetry={actions.reload} />;
  const empty = state.error ? (
    <ListInvalid />
  ) : state.filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bills.noMatch')} />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bills.cycleEmpty', { cycle })} />
  );
  return (
    <div className="bills-table">
      <FilterBar
        store={store}
        label={t('bills.filters')}
        searchLabel={t('bills.search')}
        searchPlaceholder={t('bills.searchPlaceholder')}
      >
        <span className="list-count bills-count">
          {state.total === null
            ? null
            : t(state.filtered ? 'bills.countFiltered' : 'bills.count', {
                count: formatCount(state.total, language),
              })}
        </span>
      </FilterBar>
      <VirtualTable
        label={t('bills.table', { cycle })}
        columns={columns}
        total={state.total}
        rowAt={(i) => rowAt(state, i)}
        rowKey={(r) => r.customerId}
        onRange={onRange}
        sort={state.sort}
        onSort={actions.setSort}
        onOpen={(r) => void navigate(recordsHref(cycle, r.customerId))}
        initialScrollTop={actions.scrollTop}
        onScrollTop={actions.setScrollTop}
        resetKey={state.query}
        busy={state.stale}
        empty={empty}
      />
      <TotalsLine />
    </div>
  );
}
