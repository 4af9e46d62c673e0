import { Table, type TableColumnsType } from 'antd';
import type { OrderDetail } from '../../../../../shared/orders/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatDate } from '../../../components/list/format';
import { AmountText } from '../list/AmountText';
import { periodLabel } from '../order-codes';

type LineItem = OrderDetail['lineItems'][number];

/** What the order bought: one row per line item, amounts settled with the exact value on hover. */
export function OrderLineItems({ items, label }: { items: LineItem[]; label: string }) {
  const t = useT();
  const language = useLanguage();
  const none = <span className="list-none">—</span>;
  const columns: TableColumnsType<LineItem> = [
    {
      key: 'service',
      title: t('orders.detail.li.service'),
      render: (_, i) => (
        <div className="order-li-service">
          <span>{i.serviceTypeName ?? none}</span>
          {i.productSpecDesc && <span className="order-muted">{i.productSpecDesc}</span>}
        </div>
      ),
    },
    {
      key: 'period',
      title: t('orders.detail.li.period'),
      width: 96,
      render: (_, i) => periodLabel(i.periodType, i.periodNum, language) ?? none,
    },
    {
      key: 'quantity',
      title: t('orders.detail.li.quantity'),
      width: 64,
      align: 'end',
      render: (_, i) => i.subscriptionNum ?? none,
    },
    {
      key: 'time',
      title: t('orders.detail.li.time'),
      width: 120,
      render: (_, i) =>
        i.effectiveTime || i.expireTime ? (
          <div className="order-li-time">
            <span>{i.effectiveTime ? formatDate(i.effectiveTime) : '—'}</span>
            <span className="order-muted">{i.expireTime ? formatDate(i.expireTime) : '—'}</span>
          </div>
        ) : (
          none
        ),
    },
    {
      key: 'amount',
      title: t('orders.detail.li.amount'),
      width: 120,
      align: 'end',
      render: (_, i) => <AmountText amount={i.amountAfterDiscount} />,
    },
    {
      key: 'official',
      title: t('orders.detail.li.official'),
      width: 120,
      align: 'end',
      render: (_, i) => <AmountText amount={i.officialAmount} />,
    },
  ];
  return (
    <Table<LineItem>
      size="small"
      aria-label={label}
      columns={columns}
      dataSource={items}
      rowKey={(i) => i.lineItemId ?? `${i.serviceTypeName}-${i.productSpecDesc}`}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small' } : false}
      className="order-line-items"
    />
  );
}
