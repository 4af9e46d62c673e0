import { useEffect, useMemo } from 'react';
import { Button, Drawer, Empty, Result, Segmented, Skeleton } from 'antd';
import type { BillCustomerRow, RecordKindFilter } from '../../../../shared/bills/schema';
import { ListErrorResult } from '../../components/list/ListStates';
import { PagedListTable } from '../../components/list/PagedListTable';
import { useLanguage, useT } from '../../i18n/useT';
import { useBillRecordsStore } from '../../stores/bill-records';
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
  const columns = useMemo(() => recordColumns(t, language), [t, language]);
  return (
    <PagedListTable
      store={useBillRecordsStore}
      label={label}
      columns={columns}
      rowKey={(r) => r.id}
      onOpen={() => {}}
      noMatch={t('bills.records.empty')}
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

  // A new customer or cycle: its records from the top, every kind. The table is drawn once
  // the records store is on this customer (never with the previous one's rows).
  useEffect(() => {
    if (customerId) useBillRecordsStore.getState().setFilter({ cycle, customerId, kind: undefined });
  }, [cycle, customerId]);
  const onThisCustomer = useBillRecordsStore((s) => s.filter.cycle === cycle && s.filter.customerId === customerId);

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
        {onThisCustomer && <RecordsTable label={t('bills.records.table', { name: name ?? '', cycle })} />}
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
