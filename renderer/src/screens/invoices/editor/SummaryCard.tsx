import { Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import type { InvoiceDetail } from '../../../../../shared/invoices/contract';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatDateTime } from '../../sync/format';
import { AmountText } from '../../orders/list/AmountText';
import { PageCard } from '../../customers/customer-page/PageCard';
import { InvoiceStatusTag } from '../InvoiceTags';

/** An issued or voided invoice at a glance: number, customer, total, when, and why voided. */
export function SummaryCard({ detail }: { detail: InvoiceDetail }) {
  const t = useT();
  const language = useLanguage();
  const inv = detail.invoice;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : null);
  const items = [
    { key: 'number', label: t('invoices.summary.number'), children: <span className="list-mono">{inv.number}</span> },
    { key: 'status', label: t('invoices.col.status'), children: <InvoiceStatusTag status={inv.status} /> },
    {
      key: 'customer',
      label: t('invoices.summary.customer'),
      children: (
        <Link to={`/customers/${encodeURIComponent(inv.customerId)}`}>{inv.customerName ?? inv.customerId}</Link>
      ),
    },
    { key: 'total', label: t('invoices.summary.total'), children: <AmountText amount={inv.totalAmount} /> },
    ...(inv.requestedAmount !== null && inv.mode === 'amount'
      ? [
          {
            key: 'requested',
            label: t('invoices.summary.requested'),
            children: <AmountText amount={inv.requestedAmount} />,
          },
        ]
      : []),
    {
      key: 'lines',
      label: t('invoices.summary.lines'),
      children: t('invoices.lines.count', { count: detail.lines.length }),
    },
    { key: 'created', label: t('invoices.summary.created'), children: when(inv.createdAt) },
    { key: 'issued', label: t('invoices.summary.issued'), children: when(inv.issuedAt) },
    ...(inv.voidedAt
      ? [
          { key: 'voided', label: t('invoices.summary.voided'), children: when(inv.voidedAt) },
          { key: 'reason', label: t('invoices.summary.voidReason'), children: inv.voidReason },
        ]
      : []),
  ];
  return (
    <PageCard title={t('invoices.editor.side')}>
      <Descriptions column={1} size="small" items={items} />
    </PageCard>
  );
}
