import { Descriptions, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { ASSOCIATION_TYPE, codeLabel, CUSTOMER_TYPE, FROZEN, VERIFIED_STATUS } from '../../../../../shared/codes/bss';
import type { CustomerDetail } from '../../../../../shared/customers/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatDateTime } from '../../sync/format';
import { PageCard } from './PageCard';

type Customer = CustomerDetail['customer'];

/** Verification and frozen state get a colour: they are what a rep must notice. */
export function VerifiedTag({ status }: { status: string | null }) {
  const language = useLanguage();
  if (status === null) return <>—</>;
  const color = status === '2' ? 'success' : status === '1' ? 'error' : status === '0' ? 'processing' : 'default';
  return <Tag color={color}>{codeLabel(VERIFIED_STATUS, status, language)}</Tag>;
}

export function FrozenTag({ frozen }: { frozen: number | null }) {
  const language = useLanguage();
  if (frozen === null) return <>—</>;
  return <Tag color={frozen === 0 ? 'success' : 'error'}>{codeLabel(FROZEN, frozen, language)}</Tag>;
}

/** Everything the partner center says about the customer, with code words in the UI language. */
export function ProfileCard({ customer }: { customer: Customer }) {
  const t = useT();
  const language = useLanguage();
  const text = (value: string | null) => (value === null || value === '' ? t('customer.none') : value);
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('customer.field.name'), children: text(customer.name) },
    { key: 'accountName', label: t('customer.field.accountName'), children: customer.accountName },
    {
      key: 'customerId',
      label: t('customer.field.customerId'),
      children: (
        <Typography.Text copyable className="customer-id">
          {customer.customerId}
        </Typography.Text>
      ),
    },
    {
      key: 'associationType',
      label: t('customer.field.associationType'),
      children: codeLabel(ASSOCIATION_TYPE, customer.associationType, language),
    },
    {
      key: 'label',
      label: t('customer.field.label'),
      children: customer.label ? <Tag>{customer.label}</Tag> : t('customer.none'),
    },
    {
      key: 'verifiedStatus',
      label: t('customer.field.verifiedStatus'),
      children: <VerifiedTag status={customer.verifiedStatus} />,
    },
    { key: 'frozen', label: t('customer.field.frozen'), children: <FrozenTag frozen={customer.isFrozen} /> },
    { key: 'level', label: t('customer.field.level'), children: text(customer.level) },
    { key: 'accountManager', label: t('customer.field.accountManager'), children: text(customer.accountManager) },
    {
      key: 'associatedOn',
      label: t('customer.field.associatedOn'),
      children: customer.associatedOn ? formatDateTime(customer.associatedOn, language) : t('customer.none'),
    },
    { key: 'telephone', label: t('customer.field.telephone'), children: text(customer.telephone) },
    { key: 'email', label: t('customer.field.email'), children: text(customer.email) },
    {
      key: 'customerType',
      label: t('customer.field.customerType'),
      children: codeLabel(CUSTOMER_TYPE, customer.customerType, language),
    },
    { key: 'countryCode', label: t('customer.field.countryCode'), children: text(customer.countryCode) },
  ];
  if (customer.xaccountId)
    items.push({ key: 'xaccountId', label: t('customer.field.xaccountId'), children: customer.xaccountId });
  return (
    <PageCard
      title={t('customer.profile.title')}
      extra={
        <Typography.Text type="secondary" className="customer-synced">
          {t('customer.syncedAt', { time: formatDateTime(customer.syncedAt, language) })}
        </Typography.Text>
      }
    >
      <Descriptions size="small" column={2} items={items} className="customer-profile" />
    </PageCard>
  );
}
