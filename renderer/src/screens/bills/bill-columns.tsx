import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { BillCustomerRow, BillCustomerSort } from '../../../../shared/bills/schema';
import type { Language } from '../../../../shared/settings/schema';
import type { Column } from '../../components/list/VirtualTable';
import type { TFunction } from '../../i18n/useT';
import { formatCount } from '../sync/format';
import { BillAmount } from './BillAmount';

/** Where a customer's fee records of a cycle open (the Bills screen's drawer). */
export const recordsHref = (cycle: string, customerId: string) =>
  `/bills?cycle=${encodeURIComponent(cycle)}&customer=${encodeURIComponent(customerId)}`;

const none = <span className="list-none">—</span>;

/** A count with its amount, or a dash when there is none (most customers have no refunds). */
function countedAmount(records: number, amount: string, language: Language) {
  if (records === 0) return none;
  return (
    <span className="bills-counted">
      <span className="bills-counted-n">{formatCount(records, language)} ×</span>
      <BillAmount amount={amount} />
    </span>
  );
}

/** The columns of a cycle's customers: the name opens their fee records; amounts settled, 抹零 in full. */
export function billColumns(
  t: TFunction,
  language: Language,
  cycle: string,
): Column<BillCustomerRow, BillCustomerSort>[] {
  const w = (zh: number, en: number) => (language === 'zh-CN' ? zh : en);
  return [
    {
      key: 'customer',
      title: t('bills.col.customer'),
      sort: { field: 'name', first: 'asc' },
      render: (r) => (
        <Link to={recordsHref(cycle, r.customerId)} className="list-primary" title={r.customerId}>
          {r.name ?? <Typography.Text type="secondary">{r.accountName ?? r.customerId}</Typography.Text>}
        </Link>
      ),
    },
    {
      key: 'records',
      title: t('bills.col.records'),
      width: w(84, 92),
      align: 'end',
      sort: { field: 'records', first: 'desc' },
      render: (r) => formatCount(r.records, language),
    },
    {
      key: 'official',
      title: t('bills.col.official'),
      width: 150,
      align: 'end',
      sort: { field: 'official', first: 'desc' },
      render: (r) => <BillAmount amount={r.official} />,
    },
    {
      key: 'settled',
      title: t('bills.col.settled'),
      width: 150,
      align: 'end',
      sort: { field: 'settled', first: 'desc' },
      render: (r) => <BillAmount amount={r.settled} className="bills-settled" />,
    },
    {
      key: 'erase',
      title: t('bills.col.erase'),
      width: w(132, 140),
      align: 'end',
      sort: { field: 'erase', first: 'desc' },
      render: (r) => <BillAmount amount={r.erase} show="full" className="bills-erase" />,
    },
    {
      key: 'refunds',
      title: t('bills.col.refunds'),
      width: 170,
      align: 'end',
      sort: { field: 'refunds', first: 'asc' },
      render: (r) => countedAmount(r.refunds.records, r.refunds.official, language),
    },
    {
      key: 'writeoffs',
      title: t('bills.col.writeoffs'),
      width: 150,
      align: 'end',
      sort: { field: 'writeoffs', first: 'desc' },
      render: (r) => countedAmount(r.writeoffs.records, r.writeoffs.amount, language),
    },
  ];
}
