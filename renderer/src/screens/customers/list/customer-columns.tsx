import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ASSOCIATION_TYPE, codeLabel } from '../../../../../shared/codes/bss';
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
      width: 84,
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
      width: 116,
      render: (c) => <VerifiedTag status={c.verifiedStatus} />,
    },
    {
      key: 'frozen',
      title: t('customers.col.frozen'),
      width: 96,
      render: (c) => <FrozenTag frozen={c.isFrozen} />,
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
      width: 104,
      render: (c) => text(c.accountManager),
    },
    {
      key: 'associatedOn',
      title: t('customers.col.associatedOn'),
      width: 100,
      sort: { field: 'associatedOn', first: 'desc' },
      render: (c) => (c.associatedOn ? formatDate(c.associatedOn, language) : none),
    },
  ];
}
