import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PoolItemView } from '../../../../../shared/invoices/contract';
import { formatMoney } from '../../../../../shared/money/format';
import { compare, sum } from '../../../../../shared/money/arith';
import { formatDate } from '../../../components/list/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { AmountText } from '../../orders/list/AmountText';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { PageCard } from '../../customers/customer-page/PageCard';
import { LineItem } from './KindTag';

interface PickTableProps {
  pool: PoolItemView[];
  selected: string[];
  onChange(ids: string[]): void;
}

/** The customer's invoiceable items with a checkbox each; a picked item is invoiced whole. */
export function PickTable({ pool, selected, onChange }: PickTableProps) {
  const t = useT();
  const language = useLanguage();
  const columns: ColumnsType<PoolItemView> = [
    { key: 'time', title: t('invoices.line.time'), width: 108, render: (_, i) => formatDate(i.time) },
    { key: 'cycle', title: t('invoices.line.cycle'), width: 92, dataIndex: 'cycle' },
    {
      key: 'item',
      title: t('invoices.line.item'),
      render: (_, i) => <LineItem description={i.description} id={i.id} kind={i.kind} />,
    },
    {
      key: 'available',
      title: t('invoices.line.available'),
      width: 150,
      align: 'right',
      render: (_, i) => (
        <div className="invoice-pool-amount">
          <AmountText amount={i.available} />
          {compare(i.available, i.amount) !== 0 && (
            <Typography.Text type="secondary" className="invoice-pool-of">
              {t('invoices.line.of', { amount: formatMoney(i.amount, language) })}
            </Typography.Text>
          )}
        </div>
      ),
    },
  ];
  return (
    <Table<PoolItemView>
      className="invoice-pool"
      aria-label={t('invoices.pick.table')}
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={pool}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onChange: (keys) => onChange(keys.map(String)),
        getCheckboxProps: (i) => ({ 'aria-label': t('invoices.pick.select', { item: i.description || i.id }) }),
      }}
    />
  );
}

/** "Pick items": the pool as a card of its own, full width under the form. */
export function PickCard() {
  const t = useT();
  const pool = useInvoiceEditorStore((s) => s.pool);
  const selected = useInvoiceEditorStore((s) => s.fields?.itemIds ?? []);
  const { edit } = useInvoiceEditorStore.getState();
  const language = useLanguage();
  if (!pool || pool.length === 0) return null;
  const chosen = new Set(selected);
  const picked = pool.filter((p) => chosen.has(p.id));
  return (
    <PageCard
      title={t('invoices.pick.table')}
      extra={
        <span className="invoice-picked" role="status">
          {picked.length > 0 &&
            t('invoices.pick.selected', {
              count: picked.length,
              amount: formatMoney(sum(picked.map((p) => p.available)), language),
            })}
        </span>
      }
    >
      <PickTable pool={pool} selected={selected} onChange={(itemIds) => edit({ itemIds })} />
    </PageCard>
  );
}
