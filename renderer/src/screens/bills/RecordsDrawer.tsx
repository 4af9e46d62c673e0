import { useCallback, useEffect, useMemo } from 'react';
import { Button, Drawer, Empty, Result, Segmented, Skeleton } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { BillCustomerRow, RecordKindFilter } from '../../../../shared/bills/schema';
import { ListErrorResult } from '../../components/list/ListStates';
import { VirtualTable } from '../../components/list/VirtualTable';
import { useLanguage, useT } from '../../i18n/useT';
import { useBillRecordsStore } from '../../stores/bill-records';
import { rowAt } from '../../stores/paged-list';
import { formatCount } from '../sync/format';
import { BillAmount } from './BillAmount';
import { ConsistencyCheck } from './ConsistencyCheck';
import { recordColumns } from './record-columns';
import { useBillCustomer } from './useBillCustomer';

type Kind = RecordKindFilter | 'all';

/** The customer's sums in the cycle, the check, and the kinds of records to show. */
function CustomerSums({ row, cycle }: { row: BillCustomerRow; cycle: string }) {
  const t = useT();
  const language = useLanguage();
  const kind = useBillRecordsStore((s) => s.filter.kind ?? 'all');
  const setFilter = useBillRecordsStore((s) => s.setFilter);
  const count = (n: number) => formatCount(n, language);
  return (
    <div className="bills-drawer-head">
      <dl className="figures bills-drawer-figures">
        <div className="figure">
          <dt>{t('bills.col.settled')}</dt>
          <dd className="figure-large">
            <BillAmount amount={row.settled} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('bills.col.official')}</dt>
          <dd>
            <BillAmount amount={row.official} />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('bills.col.erase')}</dt>
          <dd>
            <BillAmount amount={row.erase} show="full" />
          </dd>
        </div>
        <div className="figure">
          <dt>{t('bills.sum.records')}</dt>
          <dd>{count(row.records)}</dd>
        </div>
      </dl>
      <ConsistencyCheck cycle={cycle} sums={row} />
      <Segmented<Kind>
        className="bills-kinds"
        aria-label={t('bills.records.kind')}
        value={kind}
        onChange={(k) => setFilter({ kind: k === 'all' ? undefined : k })}
        options={[
          { value: 'all', label: `${t('bills.kind.all')} ${count(row.records)}` },
          { value: 'refund', label: `${t('bills.kind.refund')} ${count(row.refunds.records)}` },
          { value: 'adjustment', label: `${t('bills.kind.adjustment')} ${count(row.adjustments.records)}` },
          { value: 'writeoff', label: `${t('bills.kind.writeoff')} ${count(row.writeoffs.records)}` },
        ]}
      />
    </div>
  );
}

/** The records table of the drawer: pages read as it scrolls. */
function RecordsTable({ label }: { label: string }) {
  const t = useT();
  const language = useLanguage();
  const store = useBillRecordsStore;
  const state = store(
    useShallow((s) => ({
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
  const columns = useMemo(() => recordColumns(t, language), [t, language]);
  const onRange = useCallback((a: number, b: number) => store.getState().ensureRange(a, b), [store]);
  if (state.error) return <ListErrorResult message={state.error.message} onRetry={actions.reload} />;
  return (
    <VirtualTable
      label={label}
      columns={columns}
      total={state.total}
      rowAt={(i) => rowAt(state, i)}
      rowKey={(r) => r.id}
      onRange={onRange}
      sort={state.sort}
      onSort={actions.setSort}
      onOpen={() => {}}
      initialScrollTop={0}
      onScrollTop={actions.setScrollTop}
      resetKey={state.query}
      busy={state.stale}
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bills.records.empty')} />}
    />
  );
}

/**
 * One customer's fee records in one cycle, over the Bills screen (#/bills?cycle=…&customer=…):
 * their sums and check, then every record with its official, settled and 抹零 amounts,
 * refunds, adjustments and write-offs marked and filterable.
 */
export function RecordsDrawer({
  cycle,
  customerId,
  onClose,
}: {
  cycle: string;
  customerId: string | null;
  onClose(): void;
}) {
  const t = useT();
  const { state, reload } = useBillCustomer(cycle, customerId);

  // A new customer or cycle: its records from the top, every kind.
  useEffect(() => {
    if (!customerId) return;
    const records = useBillRecordsStore.getState();
    records.setFilter({ cycle, customerId, kind: undefined });
    records.init();
  }, [cycle, customerId]);

  const name = state.kind === 'ready' ? (state.row.name ?? state.row.accountName ?? customerId) : customerId;
  let body;
  if (state.kind === 'loading')
    body = (
      <div aria-busy="true">
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  else if (state.kind === 'error') body = <ListErrorResult message={state.message} onRetry={reload} />;
  else if (state.kind === 'missing')
    body = <Result status="info" subTitle={<span role="alert">{t('bills.cycleEmpty', { cycle })}</span>} />;
  else
    body = (
      <>
        <CustomerSums row={state.row} cycle={cycle} />
        <RecordsTable label={t('bills.records.table', { name: name ?? '', cycle })} />
      </>
    );
  return (
    <Drawer
      open={Boolean(customerId)}
      onClose={onClose}
      size={1080}
      title={
        <span className="bills-drawer-title">
          <span>{name}</span>
          <span className="bills-drawer-subtitle">
            {t('bills.records.title')} · {t('bills.records.subtitle', { cycle })}
          </span>
        </span>
      }
      extra={
        customerId ? (
          <Button type="link" href={`#/customers/${encodeURIComponent(customerId)}`}>
            {t('bills.records.customerPage')}
          </Button>
        ) : null
      }
      closable={{ 'aria-label': t('bills.records.close') }}
      destroyOnHidden
      className="bills-drawer"
    >
      {customerId && body}
    </Drawer>
  );
}
