import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { InvoiceView } from '../../../../../shared/invoices/contract';
import type { Language } from '../../../../../shared/settings/schema';
import type { Column } from '../../../components/list/VirtualTable';
import { formatDateTimeShort } from '../../../components/list/format';
import type { TFunction } from '../../../i18n/useT';
import { AmountText } from '../../orders/list/AmountText';
import { InvoiceStatusTag, InvoiceTypeText } from '../InvoiceTags';

/** The invoice list's columns: the number (or "numbered on issue") opens the invoice. */
export function invoiceColumns(t: TFunction, language: Language): Column<InvoiceView, 'updatedAt'>[] {
  const w = (zh: number, en: number) => (language === 'zh-CN' ? zh : en);
  return [
    {
      key: 'number',
      title: t('invoices.col.number'),
      width: 170,
      render: (i) => (
        <Link to={`/invoices/${encodeURIComponent(i.id)}`} className="list-primary">
          {i.number ? (
            <span className="list-mono">{i.number}</span>
          ) : (
            <span className="invoice-unnumbered">{t('invoices.noNumber')}</span>
          )}
        </Link>
      ),
      hint: (i) => i.number ?? t('invoices.noNumber'),
    },
    {
      key: 'customer',
      title: t('invoices.col.customer'),
      render: (i) =>
        i.customerName ?? <Typography.Text type="secondary">{t('invoices.unnamedCustomer')}</Typography.Text>,
      hint: (i) => i.customerName ?? t('invoices.unnamedCustomer'),
    },
    {
      key: 'buyer',
      title: t('invoices.col.buyer'),
      render: (i) => i.buyer.name || <span className="list-none">—</span>,
      hint: (i) => i.buyer.name,
    },
    {
      key: 'type',
      title: t('invoices.col.type'),
      width: w(72, 104),
      render: (i) => <InvoiceTypeText type={i.type} short />,
    },
    {
      key: 'status',
      title: t('invoices.col.status'),
      width: w(84, 96),
      render: (i) => <InvoiceStatusTag status={i.status} />,
      hint: (i) => t(`invoices.status.${i.status}`),
    },
    {
      key: 'total',
      title: t('invoices.col.total'),
      width: 136,
      align: 'end',
      render: (i) => <AmountText amount={i.totalAmount} />,
    },
    {
      key: 'updated',
      title: t('invoices.col.updated'),
      width: 136,
      render: (i) => formatDateTimeShort(i.updatedAt),
    },
  ];
}
