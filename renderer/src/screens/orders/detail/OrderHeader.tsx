import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import type { OrderDetail } from '../../../../../shared/orders/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatDateTime } from '../../sync/format';
import { OrderTypeText, StatusTag } from '../list/OrderTags';

type Order = NonNullable<OrderDetail['order']>;

/** Who ordered what and when: the order's own fields, codes as words. */
export function OrderHeader({ order }: { order: Order }) {
  const t = useT();
  const language = useLanguage();
  const none = <span className="list-none">—</span>;
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : none);
  const items: DescriptionsProps['items'] = [
    {
      key: 'orderId',
      label: t('orders.detail.field.orderId'),
      children: (
        <Typography.Text copyable className="list-mono">
          {order.orderId}
        </Typography.Text>
      ),
    },
    { key: 'status', label: t('orders.detail.field.status'), children: <StatusTag status={order.status} /> },
    { key: 'orderType', label: t('orders.detail.field.orderType'), children: <OrderTypeText type={order.orderType} /> },
    {
      key: 'service',
      label: t('orders.detail.field.service'),
      children: order.serviceTypeName ?? order.serviceTypeCode ?? none,
    },
    {
      key: 'customer',
      label: t('orders.detail.field.customer'),
      span: 2,
      children: (
        <span className="order-customer">
          <span>{order.customerName ?? t('orders.unnamedCustomer')}</span>
          <Link to={`/customers/${encodeURIComponent(order.customerId)}`}>{t('orders.detail.viewCustomer')}</Link>
        </span>
      ),
    },
    {
      key: 'customerId',
      label: t('orders.detail.field.customerId'),
      span: 2,
      children: <span className="list-mono">{order.customerId}</span>,
    },
    { key: 'createTime', label: t('orders.detail.field.createTime'), children: time(order.createTime) },
    { key: 'paymentTime', label: t('orders.detail.field.paymentTime'), children: time(order.paymentTime) },
    { key: 'userName', label: t('orders.detail.field.userName'), children: order.userName ?? none },
    { key: 'contractId', label: t('orders.detail.field.contractId'), children: order.contractId ?? none },
    { key: 'currency', label: t('orders.detail.field.currency'), children: order.currency ?? 'CNY' },
  ];
  return <Descriptions size="small" column={2} items={items} className="order-fields" />;
}
