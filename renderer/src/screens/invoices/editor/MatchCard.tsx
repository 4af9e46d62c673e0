import { Alert, Button, Flex, Form, Input, Radio, Spin, Typography } from 'antd';
import { maxInvoiceable } from '../../../../../shared/invoices/matching';
import { formatMoney } from '../../../../../shared/money/format';
import { sign } from '../../../../../shared/money/arith';
import { useLanguage, useT } from '../../../i18n/useT';
import type { Preview } from '../../../stores/invoice-draft';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { PageCard } from '../../customers/customer-page/PageCard';
import { issueText } from './issue-text';
import { MatchSummary } from './MatchSummary';

/** The pool's state where the rep would use it: reading, unreadable (with a retry), or empty. */
function PoolState() {
  const t = useT();
  const pool = useInvoiceEditorStore((s) => s.pool);
  const poolError = useInvoiceEditorStore((s) => s.poolError);
  const { reloadPool } = useInvoiceEditorStore.getState();
  if (poolError)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('invoices.pool.error', { message: poolError })}
        action={<Button onClick={() => void reloadPool()}>{t('invoices.pool.reload')}</Button>}
      />
    );
  if (!pool)
    return (
      <Flex gap={8} align="center" className="invoice-pool-loading">
        <Spin size="small" aria-hidden />{' '}
        <Typography.Text type="secondary">{t('invoices.pool.loading')}</Typography.Text>
      </Flex>
    );
  if (pool.length === 0) return <Alert type="info" showIcon title={t('invoices.pool.empty')} />;
  return null;
}

/**
 * How the invoice is filled: "specified amount" (the rep types T; the matching picks the
 * items) or "pick items" (a checkbox per invoiceable item). Problems show at the field.
 */
export function MatchCard({ preview }: { preview: Preview }) {
  const t = useT();
  const language = useLanguage();
  const fields = useInvoiceEditorStore((s) => s.fields)!;
  const pool = useInvoiceEditorStore((s) => s.pool);
  const matchPool = useInvoiceEditorStore((s) => s.matchPool);
  const { edit } = useInvoiceEditorStore.getState();

  const max = matchPool ? maxInvoiceable(matchPool) : null;
  const amountIssue = fields.mode === 'amount' && preview.kind === 'invalid' ? preview.issue : null;
  const aboveMax = amountIssue?.key === 'invoice.match.aboveAvailable';
  const known = new Set(pool?.map((p) => p.id));
  const missing = pool ? fields.itemIds.filter((id) => !known.has(id)) : [];

  return (
    <PageCard
      title={t('invoices.match.title')}
      extra={
        max !== null && sign(max) > 0 ? (
          <Typography.Text type="secondary" className="invoice-available">
            {t('invoices.amount.available', { amount: formatMoney(max, language) })}
          </Typography.Text>
        ) : null
      }
    >
      <Form layout="vertical" className="invoice-form" requiredMark>
        <Form.Item label={t('invoices.mode')}>
          <Radio.Group
            aria-label={t('invoices.mode')}
            optionType="button"
            buttonStyle="solid"
            value={fields.mode}
            onChange={(e) => edit({ mode: e.target.value as 'amount' | 'pick' })}
            options={[
              { value: 'amount', label: t('invoices.mode.amount') },
              { value: 'pick', label: t('invoices.mode.pick') },
            ]}
          />
        </Form.Item>
        {fields.mode === 'amount' ? (
          <Form.Item
            label={t('invoices.amount.label')}
            htmlFor="invoice-amount"
            required
            validateStatus={amountIssue ? 'error' : undefined}
            help={
              amountIssue ? (
                <span role="alert" className="invoice-amount-error">
                  <span>{issueText(t, language, amountIssue)}</span>
                  {aboveMax && max !== null && (
                    <Button type="link" size="small" onClick={() => edit({ requestedAmount: max })}>
                      {t('invoices.amount.useMax')}
                    </Button>
                  )}
                </span>
              ) : (
                t('invoices.amount.hint')
              )
            }
          >
            <Input
              id="invoice-amount"
              className="invoice-amount-input"
              size="large"
              inputMode="decimal"
              autoComplete="off"
              prefix={<span aria-hidden>{language === 'zh-CN' ? '¥' : 'CNY'}</span>}
              placeholder={t('invoices.amount.placeholder')}
              value={fields.requestedAmount}
              maxLength={64}
              status={amountIssue ? 'error' : undefined}
              aria-invalid={amountIssue ? true : undefined}
              onChange={(e) => edit({ requestedAmount: e.target.value })}
            />
          </Form.Item>
        ) : (
          <>
            {missing.length > 0 && (
              <Alert
                className="invoice-missing"
                type="warning"
                showIcon
                title={t('invoices.pick.missing', { count: missing.length })}
                action={
                  <Button onClick={() => edit({ itemIds: fields.itemIds.filter((id) => known.has(id)) })}>
                    {t('invoices.pick.dropMissing')}
                  </Button>
                }
              />
            )}
            <Typography.Paragraph type="secondary">{t('invoices.pick.hint')}</Typography.Paragraph>
            {preview.kind === 'invalid' && (
              <Alert type="error" showIcon role="alert" title={issueText(t, language, preview.issue)} />
            )}
          </>
        )}
      </Form>
      {preview.kind === 'matched' && <MatchSummary total={preview.result.total} lines={preview.result.lines} />}
      <PoolState />
    </PageCard>
  );
}
