import { Alert, Empty, Flex, Tag, Typography } from 'antd';
import { formatMoney } from '../../../../../shared/money/format';
import { useLanguage, useT } from '../../../i18n/useT';
import type { Preview } from '../../../stores/invoice-draft';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { PageCard } from '../../customers/customer-page/PageCard';
import { previewRows, savedRows } from './line-rows';
import { LinesTable } from './LinesTable';

/**
 * The invoice's lines. On a draft, the live preview of the matching as the rep types
 * (what the next autosave will store); when the typed amount cannot be matched, the lines
 * last saved, marked as such. On an issued or voided invoice, its locked lines.
 */
export function LinesCard({ preview }: { preview: Preview }) {
  const t = useT();
  const language = useLanguage();
  const saved = useInvoiceEditorStore((s) => s.saved)!;
  const pool = useInvoiceEditorStore((s) => s.pool);
  const mode = useInvoiceEditorStore((s) => s.fields?.mode ?? 'amount');
  const draft = saved.invoice.status === 'draft';

  const live = draft && preview.kind === 'matched' && pool;
  const rows = live ? previewRows(preview.result.lines, pool) : savedRows(saved.lines);
  const total = live ? preview.result.total : saved.invoice.totalAmount;
  const stale = draft && !live && preview.kind !== 'waiting' && saved.lines.length > 0;
  const empty = rows.length === 0 || (draft && preview.kind === 'empty');

  return (
    <PageCard
      title={t('invoices.lines.title')}
      className="invoice-lines-card"
      extra={
        <Flex gap={12} align="baseline">
          {live && <Tag color="processing">{t('invoices.lines.preview')}</Tag>}
          {!empty && (
            <>
              <Typography.Text type="secondary">{t('invoices.lines.count', { count: rows.length })}</Typography.Text>
              <span
                className="invoice-total"
                aria-label={`${t('invoices.summary.total')} ${formatMoney(total, language)}`}
              >
                <span className="invoice-total-label">{t('invoices.summary.total')}</span>
                <span className="invoice-total-value">{formatMoney(total, language)}</span>
              </span>
            </>
          )}
        </Flex>
      }
    >
      {preview.kind === 'poolError' && draft && (
        <Alert type="error" showIcon role="alert" title={t('invoices.pool.dataError', { message: preview.message })} />
      )}
      {stale && <Alert className="invoice-stale" type="warning" showIcon title={t('invoices.lines.savedNote')} />}
      {empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(mode === 'pick' ? 'invoices.lines.empty.pick' : 'invoices.lines.empty.amount')}
        />
      ) : (
        <LinesTable rows={rows} label={t('invoices.lines.title')} dimmed={stale} />
      )}
    </PageCard>
  );
}
