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
      width: w(120, 128),
      sort: { field: 'accountName', first: 'asc' },
      render: (c) => c.accountName,
    },
    {
      key: 'associationType',
      title: t('customers.col.associationType'),
      width: w(96, 100),
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
      width: w(68, 76),
      sort: { field: 'level', first: 'desc' },
      render: (c) => text(c.level),
    },
    {
      // Verification, plus the account state when it is frozen: "active" on every row is noise.
      key: 'status',
      title: t('customers.col.status'),
      width: w(176, 200),
      render: (c) => (
        <span className="list-tags">
          <VerifiedTag status={c.verifiedStatus} />
          {c.isFrozen ? <FrozenTag frozen={c.isFrozen} /> : null}
        </span>
      ),
      hint: (c) =>
        [codeLabel(VERIFIED_STATUS, c.verifiedStatus, language), codeLabel(FROZEN, c.isFrozen, language)].join(' · '),
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
