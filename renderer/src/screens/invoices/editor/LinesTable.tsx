import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { sign } from '../../../../../shared/money/arith';
import { formatDate } from '../../../components/list/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { AmountText } from '../../orders/list/AmountText';
import { reasonText } from './issue-text';
import { LineItem } from './KindTag';
import type { LineRow } from './line-rows';

/** The invoice's lines: each item, what this invoice takes of it, what is left, and why it was chosen. */
export function LinesTable({ rows, label, dimmed }: { rows: LineRow[]; label: string; dimmed?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const columns: ColumnsType<LineRow> = [
    { key: 'no', title: t('invoices.line.no'), dataIndex: 'no', width: 52 },
    {
      key: 'item',
      title: t('invoices.line.item'),
      render: (_, r) => <LineItem description={r.description} id={r.itemId} kind={r.kind} />,
    },
    {
      key: 'time',
      title: t('invoices.line.time'),
      width: 108,
      render: (_, r) => (r.time ? formatDate(r.time) : <span className="list-none">—</span>),
    },
    {
      key: 'amount',
      title: t('invoices.line.amount'),
      width: 150,
      align: 'right',
      render: (_, r) => (
        <span className="invoice-line-amount">
          {sign(r.remainder) !== 0 && (
            <Tag color="orange" className="list-tag">
              {t('invoices.line.partial')}
            </Tag>
          )}
          <AmountText amount={r.amount} />
        </span>
      ),
    },
    {
      key: 'remainder',
      title: t('invoices.line.remainder'),
      width: 120,
      align: 'right',
      render: (_, r) =>
        sign(r.remainder) !== 0 ? <AmountText amount={r.remainder} /> : <span className="list-none">—</span>,
    },
    {
      key: 'reason',
      title: t('invoices.line.reason'),
      width: '34%',
      render: (_, r) => (r.reason ? <span className="invoice-reason">{reasonText(t, language, r.reason)}</span> : null),
    },
  ];
  return (
    <Table<LineRow>
      className={dimmed ? 'invoice-lines invoice-lines-dimmed' : 'invoice-lines'}
      aria-label={label}
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
    />
  );
}
