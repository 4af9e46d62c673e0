import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ASSOCIATION_TYPE, FROZEN, VERIFIED_STATUS, codeLabel } from '../../../../../shared/codes/bss';
import type { CustomerRow } from '../../../../../shared/customers/schema';
import type { Language } from '../../../../../shared/settings/schema';
import type { Column } from '../../../components/list/VirtualTable';
import { formatDate } from '../../../components/list/format';
import type { TFunction } from '../../../i18n/useT';
import type { CustomerSort } from '../../../stores/customers-list';
import { FrozenTag, VerifiedTag } from '../customer-page/ProfileCard';

const none = <span className="list-none">—</span>;
const text = (value: string | null) => (value ? value : none);

/** The customer list's columns: names as links to the customer page, codes as the partner center's words. */
export function customerColumns(t: TFunction, language: Language): Column<CustomerRow, CustomerSort>[] {
  // English words run longer than Chinese ones: those columns get a little more room.
  const w = (zh: number, en: number) => (language === 'zh-CN' ? zh : en);
  return [
    {
      key: 'name',
      title: t('customers.col.name'),
      sort: { field: 'name', first: 'asc' },
      render: (c) => (
        <Link to={`/customers/${encodeURIComponent(c.customerId)}`} className="list-primary" title={c.customerId}>
          {c.name ?? <Typography.Text type="secondary">{t('customers.unnamed')}</Typography.Text>}
        </Link>
      ),
    },
    {
      key: 'accountName',
      title: t('customers.col.accountName'),
      width: 120,
      sort: { field: 'accountName', first: 'asc' },
      render: (c) => c.accountName,
    },
    {
      key: 'associationType',
      title: t('customers.col.associationType'),
      width: w(84, 100),
      render: (c) =>
        c.associationType ? (
          <Tag color={c.associationType === '1' ? 'blue' : 'purple'} className="list-tag">
            {codeLabel(ASSOCIATION_TYPE, c.associationType, language)}
          </Tag>
        ) : (
          none
        ),
    },
    {
      key: 'level',
      title: t('customers.col.level'),
      width: 60,
      sort: { field: 'level', first: 'desc' },
      render: (c) => text(c.level),
    },
    {
      key: 'verifiedStatus',
      title: t('customers.col.verifiedStatus'),
      width: w(116, 140),
      render: (c) => <VerifiedTag status={c.verifiedStatus} />,
      hint: (c) => codeLabel(VERIFIED_STATUS, c.verifiedStatus, language),
    },
    {
      key: 'frozen',
      title: t('customers.col.frozen'),
      width: w(96, 104),
      render: (c) => <FrozenTag frozen={c.isFrozen} />,
      hint: (c) => codeLabel(FROZEN, c.isFrozen, language),
    },
    {
      key: 'label',
      title: t('customers.col.label'),
      width: 112,
      render: (c) => text(c.label),
    },
    {
      key: 'accountManager',
      title: t('customers.col.accountManager'),
      width: w(104, 112),
      render: (c) => text(c.accountManager),
    },
    {
      key: 'associatedOn',
      title: t('customers.col.associatedOn'),
      width: w(100, 108),
      sort: { field: 'associatedOn', first: 'desc' },
      render: (c) => (c.associatedOn ? formatDate(c.associatedOn) : none),
    },
  ];
}
