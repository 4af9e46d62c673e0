import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ORDER_STATUS, codeLabel } from '../../../../../shared/codes/bss';
import type { OrderRow } from '../../../../../shared/orders/schema';
import type { Language } from '../../../../../shared/settings/schema';
import type { Column } from '../../../components/list/VirtualTable';
import { formatDateTimeShort } from '../../../components/list/format';
import type { TFunction } from '../../../i18n/useT';
import type { OrderSortKey } from '../../../stores/orders-list';
import { AmountText } from './AmountText';
import { OrderTypeText, StatusTag } from './OrderTags';

const none = <span className="list-none">—</span>;

/** The order list's columns: the id opens the detail drawer, codes read as words, amounts settled. */
export function orderColumns(t: TFunction, language: Language): Column<OrderRow, OrderSortKey>[] {
  // English words run longer than Chinese ones: those columns get a little more room.
  const w = (zh: number, en: number) => (language === 'zh-CN' ? zh : en);
  return [
    {
      key: 'orderId',
      title: t('orders.col.orderId'),
      width: 150,
      render: (o) => (
        <Link to={`/orders/${encodeURIComponent(o.orderId)}`} className="list-primary list-mono">
          {o.orderId}
        </Link>
      ),
    },
    {
      key: 'customer',
      title: t('orders.col.customer'),
      render: (o) =>
        o.customerName ?? <Typography.Text type="secondary">{t('orders.unnamedCustomer')}</Typography.Text>,
    },
    {
      key: 'service',
      title: t('orders.col.service'),
      width: 112,
      render: (o) => o.serviceTypeName ?? o.serviceTypeCode ?? none,
    },
    {
      key: 'orderType',
      title: t('orders.col.orderType'),
      width: w(96, 120),
      render: (o) => <OrderTypeText type={o.orderType} />,
    },
    {
      key: 'status',
      title: t('orders.col.status'),
      width: w(84, 112),
      render: (o) => <StatusTag status={o.status} />,
      hint: (o) => codeLabel(ORDER_STATUS, o.status, language),
    },
    {
      key: 'amount',
      title: t('orders.col.amount'),
      width: 124,
      align: 'end',
      sort: { field: 'amount', first: 'desc' },
      render: (o) => <AmountText amount={o.amountAfterDiscount} />,
    },
    {
      key: 'createTime',
      title: t('orders.col.created'),
      width: 128,
      sort: { field: 'createTime', first: 'desc' },
      render: (o) => formatDateTimeShort(o.createTime),
    },
    {
      key: 'paymentTime',
      title: t('orders.col.paid'),
      width: 128,
      sort: { field: 'paymentTime', first: 'desc' },
      render: (o) => (o.paymentTime ? formatDateTimeShort(o.paymentTime) : none),
    },
  ];
}
