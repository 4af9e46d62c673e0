import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Checkbox, Tag } from 'antd';
import type { CertificateStatus, CertificateView } from '../../../../shared/certificates/schema';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { Column } from '../../components/list/VirtualTable';
import type { TFunction } from '../../i18n/useT';

const STATUS_COLOR: Record<CertificateStatus, string> = {
  applying: 'processing',
  passed: 'success',
  expired: 'error',
  revoked: 'default',
};

export function CertificateStatusTag({ status, t }: { status: CertificateStatus; t: TFunction }) {
  return <Tag color={STATUS_COLOR[status]}>{t(`certificates.status.${status}` as MessageKey)}</Tag>;
}

export const kindText = (t: TFunction, c: Pick<CertificateView, 'kind'>) =>
  t(`certificates.kind.${c.kind}` as MessageKey);

/** "30 天" / "已过期 3 天" / "—". */
export function daysLeftText(t: TFunction, c: Pick<CertificateView, 'daysLeft'>): string {
  if (c.daysLeft === null) return '—';
  return c.daysLeft < 0
    ? t('certificates.expiredDays', { days: -c.daysLeft })
    : t('certificates.daysLeft', { days: c.daysLeft });
}

/** The list's columns; the first ticks a certificate for the bid pack (a click there does not open it). */
export function certificateColumns(
  t: TFunction,
  selection: { selected: ReadonlySet<string>; toggle(id: string, on: boolean): void },
): Column<CertificateView, 'expiry'>[] {
  return [
    {
      key: 'pick',
      title: '',
      width: 44,
      render: (c) => (
        <span onClick={(e) => e.stopPropagation()}>
          <Checkbox
            checked={selection.selected.has(c.id)}
            onChange={(e) => selection.toggle(c.id, e.target.checked)}
            aria-label={`${t('certificates.select')} ${c.number}`}
          />
        </span>
      ),
    },
    {
      key: 'kind',
      title: t('certificates.col.kind'),
      width: 190,
      render: (c) => (
        <span>
          <Tag>{t(`certificates.scope.${c.scope}`)}</Tag>
          {kindText(t, c)}
        </span>
      ),
      hint: (c) => `${t(`certificates.scope.${c.scope}`)} · ${kindText(t, c)}`,
    },
    {
      key: 'name',
      title: t('certificates.col.name'),
      render: (c) => <span className="list-primary">{c.name}</span>,
      hint: (c) => c.name,
    },
    { key: 'track', title: t('certificates.col.track'), width: 130, render: (c) => c.track || '—' },
    {
      key: 'number',
      title: t('certificates.col.number'),
      width: 170,
      render: (c) => <span className="list-mono">{c.number}</span>,
      hint: (c) => c.number,
    },
    {
      key: 'status',
      title: t('certificates.col.status'),
      width: 96,
      render: (c) => <CertificateStatusTag status={c.status} t={t} />,
      hint: (c) => t(`certificates.status.${c.status}`),
    },
    {
      key: 'expiry',
      title: t('certificates.col.expiryDate'),
      width: 112,
      render: (c) => c.expiryDate ?? '—',
    },
    {
      key: 'daysLeft',
      title: t('certificates.col.daysLeft'),
      width: 120,
      align: 'end',
      render: (c) => (
        <span className={c.daysLeft !== null && c.daysLeft >= 0 && c.daysLeft <= 30 ? 'cert-soon' : undefined}>
          {daysLeftText(t, c)}
        </span>
      ),
    },
    { key: 'account', title: t('certificates.col.account'), width: 150, render: (c) => c.account ?? '—' },
    {
      key: 'file',
      title: t('certificates.col.file'),
      width: 64,
      render: (c) =>
        c.file === null ? (
          '—'
        ) : c.file.mime === 'application/pdf' ? (
          <FilePdfOutlined aria-label="PDF" />
        ) : (
          <FileImageOutlined aria-label={c.file.mime} />
        ),
    },
  ];
}
