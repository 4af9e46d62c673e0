import { useState, type ReactNode } from 'react';
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Col, Descriptions, Form, Input, Radio, Row } from 'antd';
import type { BuyerInput, InvoiceView } from '../../../../../shared/invoices/contract';
import { useLanguage, useT } from '../../../i18n/useT';
import { creditCodeIssue, type BuyerField, type Issue } from '../../../stores/invoice-draft';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { PageCard } from '../../customers/customer-page/PageCard';
import { issueText } from './issue-text';

const FIELDS: { field: BuyerField; max: number; special: boolean; span: number }[] = [
  { field: 'name', max: 200, special: false, span: 24 },
  { field: 'creditCode', max: 32, special: false, span: 24 },
  { field: 'address', max: 300, special: true, span: 24 },
  { field: 'phone', max: 40, special: true, span: 10 },
  { field: 'bank', max: 200, special: true, span: 14 },
  { field: 'account', max: 64, special: true, span: 24 },
];

/** The buyer as printed on the invoice, read-only (issued and voided invoices). */
export function BuyerDetails({ invoice }: { invoice: InvoiceView }) {
  const t = useT();
  return (
    <PageCard title={t('invoices.buyer.title')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'type', label: t('invoices.field.type'), children: t(`invoices.type.${invoice.type}`) },
          ...FIELDS.map(({ field }) => ({
            key: field,
            label: t(`invoices.buyer.${field}`),
            children: invoice.buyer[field] || <span className="list-none">—</span>,
          })),
          ...(invoice.note ? [{ key: 'note', label: t('invoices.field.note'), children: invoice.note }] : []),
        ]}
      />
    </PageCard>
  );
}

/**
 * The buyer's details and the invoice type, edited in place (every change is autosaved).
 * The credit code is checked as it is typed (GB 32100-2015); a special VAT invoice marks
 * every field required. `issues` are what an attempt to issue found missing.
 */
export function BuyerCard({ issues }: { issues: Partial<Record<BuyerField, Issue>> }) {
  const t = useT();
  const language = useLanguage();
  const fields = useInvoiceEditorStore((s) => s.fields)!;
  const { edit, editBuyer } = useInvoiceEditorStore.getState();
  const [leftCode, setLeftCode] = useState(false);
  const special = fields.type === 'special';

  const code = fields.buyer.creditCode.trim();
  const codeIssue = creditCodeIssue(code);
  // While typing the first 17 characters, a count instead of "too short".
  const showCodeIssue = codeIssue && (leftCode || code.length >= 18 || Boolean(issues.creditCode));

  const statusOf = (field: BuyerField): { status?: 'error'; help?: ReactNode } => {
    if (field === 'creditCode') {
      if (showCodeIssue) return { status: 'error', help: issueText(t, language, codeIssue) };
      if (!code && issues.creditCode) return { status: 'error', help: issueText(t, language, issues.creditCode) };
      if (code && !codeIssue)
        return {
          help: (
            <span className="invoice-code-ok">
              <CheckCircleFilled aria-hidden /> {t('invoices.buyer.creditCodeOk')}
            </span>
          ),
        };
      return { help: code ? `${code.length} / 18` : t('invoices.buyer.creditCodeHint') };
    }
    const issue = issues[field];
    return issue ? { status: 'error', help: issueText(t, language, issue) } : {};
  };

  return (
    <PageCard title={t('invoices.buyer.title')}>
      <Form layout="vertical" className="invoice-form" requiredMark>
        <Form.Item label={t('invoices.field.type')} required>
          <Radio.Group
            aria-label={t('invoices.field.type')}
            optionType="button"
            buttonStyle="solid"
            value={fields.type}
            onChange={(e) => edit({ type: e.target.value as InvoiceView['type'] })}
            options={[
              { value: 'ordinary', label: t('invoices.type.ordinary') },
              { value: 'special', label: t('invoices.type.special') },
            ]}
          />
        </Form.Item>
        {special && (
          <Alert className="invoice-special-note" type="info" showIcon title={t('invoices.buyer.specialNote')} />
        )}
        <Row gutter={12}>
          {FIELDS.map(({ field, max, special: forSpecial, span }) => {
            const { status, help } = statusOf(field);
            const label = t(`invoices.buyer.${field}`);
            return (
              <Col key={field} xs={24} md={span}>
                <Form.Item
                  label={label}
                  htmlFor={`buyer-${field}`}
                  required={!forSpecial || special}
                  validateStatus={status}
                  help={help}
                >
                  <Input
                    id={`buyer-${field}`}
                    value={fields.buyer[field]}
                    maxLength={max}
                    status={status}
                    aria-invalid={status === 'error' || undefined}
                    className={field === 'creditCode' || field === 'account' ? 'invoice-code-input' : undefined}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) => editBuyer({ [field]: e.target.value } as Partial<BuyerInput>)}
                    onBlur={field === 'creditCode' ? () => setLeftCode(true) : undefined}
                  />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
        <Form.Item label={t('invoices.field.note')} htmlFor="invoice-note">
          <Input.TextArea
            id="invoice-note"
            value={fields.note}
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('invoices.field.notePlaceholder')}
            onChange={(e) => edit({ note: e.target.value })}
          />
        </Form.Item>
      </Form>
    </PageCard>
  );
}
