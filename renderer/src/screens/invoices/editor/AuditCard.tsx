import { useState } from 'react';
import { Button, Timeline, Typography } from 'antd';
import type { InvoiceDetail } from '../../../../../shared/invoices/contract';
import { formatMoney } from '../../../../../shared/money/format';
import type { Language } from '../../../../../shared/settings/schema';
import { useLanguage, useT, type TFunction } from '../../../i18n/useT';
import { formatDateTime } from '../../sync/format';
import { PageCard } from '../../customers/customer-page/PageCard';

type Entry = InvoiceDetail['audit'][number];
const LATEST = 8;
const ACTIONS = ['create', 'save', 'issue', 'void', 'delete'] as const;
type Action = (typeof ACTIONS)[number];

const FIELD_LABELS: Record<string, Parameters<TFunction>[0]> = {
  type: 'invoices.field.type',
  mode: 'invoices.mode',
  requestedAmount: 'invoices.amount.label',
  note: 'invoices.field.note',
  'buyer.name': 'invoices.buyer.name',
  'buyer.creditCode': 'invoices.buyer.creditCode',
  'buyer.address': 'invoices.buyer.address',
  'buyer.phone': 'invoices.buyer.phone',
  'buyer.bank': 'invoices.buyer.bank',
  'buyer.account': 'invoices.buyer.account',
};

function detailOf(raw: string): Record<string, unknown> {
  try {
    const d = JSON.parse(raw) as unknown;
    return d && typeof d === 'object' ? (d as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const money = (v: unknown, language: Language) => (typeof v === 'string' && v ? formatMoney(v, language) : '');

/** What one entry did, in words: the fields a save changed and its result, the number issued, the reason. */
function describe(e: Entry, t: TFunction, language: Language): string {
  const d = detailOf(e.detail);
  switch (e.action as Action) {
    case 'save': {
      const changed = Object.keys(FIELD_LABELS)
        .filter((k) => k in d)
        .map((k) => t(FIELD_LABELS[k]!));
      const result = t('invoices.audit.saveDetail', { lines: String(d.lines ?? 0), total: money(d.total, language) });
      return changed.length ? `${t('invoices.audit.changed', { fields: changed.join('、') })} · ${result}` : result;
    }
    case 'create':
      return typeof d.type === 'string' && (d.type === 'ordinary' || d.type === 'special')
        ? t(`invoices.type.${d.type}`)
        : '';
    case 'issue':
      return t('invoices.audit.issueDetail', { number: String(d.number ?? ''), total: money(d.total, language) });
    case 'void':
      return t('invoices.audit.voidDetail', { reason: String(d.reason ?? '') });
    default:
      return '';
  }
}

/** Who did what when, newest first: the latest few, all on request. */
export function AuditCard({ audit }: { audit: Entry[] }) {
  const t = useT();
  const language = useLanguage();
  const [all, setAll] = useState(false);
  const newest = [...audit].reverse();
  const shown = all ? newest : newest.slice(0, LATEST);
  return (
    <PageCard title={t('invoices.audit.title')} className="invoice-audit">
      <Timeline
        items={shown.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: e.action === 'issue' ? 'green' : e.action === 'void' || e.action === 'delete' ? 'red' : 'blue',
          content: (
            <div className="invoice-audit-entry">
              <div>
                <Typography.Text strong>
                  {(ACTIONS as readonly string[]).includes(e.action)
                    ? t(`invoices.audit.${e.action as Action}`)
                    : e.action}
                </Typography.Text>
                <Typography.Text type="secondary" className="invoice-audit-meta">
                  {' '}
                  · {formatDateTime(e.at, language)} · {e.actor}
                </Typography.Text>
              </div>
              <Typography.Text type="secondary" className="invoice-audit-detail">
                {describe(e, t, language)}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      {newest.length > LATEST && (
        <Button type="link" size="small" onClick={() => setAll(!all)}>
          {all ? t('invoices.audit.showLess') : t('invoices.audit.showAll', { count: newest.length })}
        </Button>
      )}
    </PageCard>
  );
}
