import { Checkbox, Tag, Typography } from 'antd';
import type { QrCodeView } from '../../../../shared/qrcodes/schema';
import type { Language } from '../../../../shared/settings/schema';
import type { Column } from '../../components/list/VirtualTable';
import { formatDate } from '../../components/list/format';
import type { TFunction } from '../../i18n/useT';
import { AmountText } from '../orders/list/AmountText';
import { formatCount } from '../sync/format';

/** Archived, expired (on `today`) or active. */
export function codeStatus(c: QrCodeView, today: string): 'archived' | 'expired' | 'active' {
  if (c.archivedAt) return 'archived';
  if (c.expiresOn && c.expiresOn < today) return 'expired';
  return 'active';
}

export function CodeStatusTag({ code, today, t }: { code: QrCodeView; today: string; t: TFunction }) {
  const s = codeStatus(code, today);
  if (s === 'active') return null;
  return <Tag color={s === 'archived' ? 'default' : 'orange'}>{t(`qrcodes.status.${s}`)}</Tag>;
}

/** "2026-03-01 / 2026-05-20", or a dash before any customer came through the code. */
export function firstLast(c: QrCodeView): string {
  const a = c.attribution;
  if (!a.firstAssociatedOn) return '—';
  const first = formatDate(a.firstAssociatedOn);
  const last = a.lastAssociatedOn ? formatDate(a.lastAssociatedOn) : first;
  return first === last ? first : `${first} / ${last}`;
}

interface Options {
  t: TFunction;
  language: Language;
  today: string;
  selected: Record<string, unknown>;
  onSelect(code: QrCodeView, on: boolean): void;
}

/** The QR code list's columns: a tick for printing, the code, and what its tag brought since. */
export function qrColumns({ t, language, today, selected, onSelect }: Options): Column<QrCodeView, 'createdAt'>[] {
  const w = (zh: number, en: number) => (language === 'zh-CN' ? zh : en);
  return [
    {
      key: 'select',
      title: '',
      width: 44,
      render: (c) => (
        <span onClick={(e) => e.stopPropagation()}>
          <Checkbox
            aria-label={t('qrcodes.selectOne', { tag: c.tag })}
            checked={c.id in selected}
            onChange={(e) => onSelect(c, e.target.checked)}
          />
        </span>
      ),
    },
    {
      key: 'tag',
      title: t('qrcodes.col.tag'),
      width: 150,
      render: (c) => (
        <span className="list-mono list-primary">
          {c.tag} <CodeStatusTag code={c} today={today} t={t} />
        </span>
      ),
      hint: (c) => c.tag,
    },
    { key: 'name', title: t('qrcodes.col.name'), render: (c) => c.name, hint: (c) => c.name },
    {
      key: 'type',
      title: t('qrcodes.col.type'),
      width: w(64, 92),
      render: (c) => t(`qrcodes.type.${c.associationType}`),
    },
    {
      key: 'campaign',
      title: t('qrcodes.col.campaign'),
      width: 140,
      render: (c) => c.campaign || <span className="list-none">—</span>,
      hint: (c) => c.campaign,
    },
    {
      key: 'owner',
      title: t('qrcodes.col.owner'),
      width: w(90, 110),
      render: (c) => c.ownerRep || <span className="list-none">—</span>,
      hint: (c) => c.ownerRep,
    },
    {
      key: 'customers',
      title: t('qrcodes.col.customers'),
      width: w(80, 96),
      align: 'end',
      render: (c) =>
        c.attribution.customers ? (
          <Typography.Text strong>{formatCount(c.attribution.customers, language)}</Typography.Text>
        ) : (
          <span className="list-none">0</span>
        ),
    },
    {
      key: 'firstLast',
      title: t('qrcodes.col.firstLast'),
      width: 190,
      render: (c) => <span className="qr-dates">{firstLast(c)}</span>,
    },
    {
      key: 'orders',
      title: t('qrcodes.col.orders'),
      width: w(80, 100),
      align: 'end',
      render: (c) => formatCount(c.attribution.orders, language),
    },
    {
      key: 'spend',
      title: t('qrcodes.col.spend'),
      width: 130,
      align: 'end',
      render: (c) => <AmountText amount={c.attribution.spend} />,
    },
    {
      key: 'created',
      title: t('qrcodes.col.created'),
      width: 104,
      render: (c) => formatDate(c.createdAt),
    },
  ];
}
