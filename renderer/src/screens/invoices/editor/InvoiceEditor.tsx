import { useMemo, useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row } from 'antd';
import { Link } from 'react-router-dom';
import { useLanguage, useT } from '../../../i18n/useT';
import { PageHeader } from '../../../shell/PageHeader';
import { issueBlockers, preview, type BuyerField, type Issue } from '../../../stores/invoice-draft';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { InvoiceStatusTag } from '../InvoiceTags';
import { AuditCard } from './AuditCard';
import { BuyerCard, BuyerDetails } from './BuyerCard';
import { InvoiceActions } from './InvoiceActions';
import { issueText } from './issue-text';
import { LinesCard } from './LinesCard';
import { MatchCard } from './MatchCard';
import { PickCard } from './PickTable';
import { SaveStatus } from './SaveStatus';
import { SummaryCard } from './SummaryCard';

export function BackToInvoices() {
  const t = useT();
  return (
    <Link to="/invoices" className="customer-back">
      <ArrowLeftOutlined aria-hidden /> {t('invoices.editor.back')}
    </Link>
  );
}

/** Refusals of issue, void, delete and re-match; a conflict offers to match again. */
function ActionAlerts() {
  const t = useT();
  const actionError = useInvoiceEditorStore((s) => s.actionError);
  const rematched = useInvoiceEditorStore((s) => s.rematched);
  const busy = useInvoiceEditorStore((s) => s.busy);
  const { rematch, dismissActionError } = useInvoiceEditorStore.getState();
  if (actionError && actionError.action !== 'void')
    return (
      <Alert
        className="invoice-banner"
        type="error"
        showIcon
        role="alert"
        title={actionError.conflict ? t('invoices.conflict.title') : t('invoices.action.failed')}
        description={actionError.message}
        closable={{ onClose: dismissActionError }}
        action={
          actionError.conflict ? (
            <Button type="primary" loading={busy === 'rematch'} onClick={() => void rematch()}>
              {t('invoices.conflict.rematch')}
            </Button>
          ) : undefined
        }
      />
    );
  if (rematched) return <Alert className="invoice-banner" type="success" showIcon title={t('invoices.rematched')} />;
  return null;
}

/**
 * One invoice (#/invoices/:invoiceId). A draft is a form that saves itself: buyer and
 * type, the amount or the picked items, and the live preview of the lines with why each
 * was chosen. Issued and voided invoices are read-only with their number. The audit trail
 * is at the bottom.
 */
export function InvoiceEditor() {
  const t = useT();
  const language = useLanguage();
  const saved = useInvoiceEditorStore((s) => s.saved)!;
  const fields = useInvoiceEditorStore((s) => s.fields)!;
  const matchPool = useInvoiceEditorStore((s) => s.matchPool);
  const [issues, setIssues] = useState<Partial<Record<BuyerField, Issue>> | null>(null);
  const [noLines, setNoLines] = useState(false);
  const { invoice } = saved;
  const draft = invoice.status === 'draft';
  const shown = useMemo(() => preview(fields, matchPool), [fields, matchPool]);

  // After a refused attempt to issue, the marks follow the edits (a fixed field clears).
  const liveIssues = issues ? issueBlockers(fields) : {};

  const readyToIssue = () => {
    const found = issueBlockers(fields);
    const empty = useInvoiceEditorStore.getState().saved!.lines.length === 0;
    setIssues(found);
    setNoLines(empty);
    return Object.keys(found).length === 0 && !empty;
  };

  const blockers = Object.values(liveIssues);
  return (
    <div className="invoice-editor">
      <BackToInvoices />
      <PageHeader
        title={draft ? t('invoices.editor.draftTitle') : t('invoices.editor.title', { number: invoice.number ?? '' })}
        description={`${invoice.customerName ?? invoice.customerId} · ${t(`invoices.type.${invoice.type}`)}`}
        extra={
          <Flex vertical gap={8} align="flex-end">
            <Flex gap={12} align="center" wrap justify="flex-end">
              {draft && <SaveStatus />}
              <InvoiceStatusTag status={invoice.status} />
            </Flex>
            <InvoiceActions readyToIssue={readyToIssue} />
          </Flex>
        }
      />
      <ActionAlerts />
      {draft && (blockers.length > 0 || (noLines && saved.lines.length === 0)) && (
        <Alert
          className="invoice-banner"
          type="warning"
          showIcon
          role="alert"
          title={t('invoices.action.issueBlocked')}
          description={
            <ul className="list-issues">
              {noLines && saved.lines.length === 0 && <li>{t('invoices.action.noLines')}</li>}
              {blockers.map((b) => (
                <li key={b.key}>{issueText(t, language, b)}</li>
              ))}
            </ul>
          }
        />
      )}
      {!draft && (
        <Alert
          className="invoice-banner"
          type={invoice.status === 'voided' ? 'warning' : 'info'}
          showIcon
          title={t(invoice.status === 'voided' ? 'invoices.readOnly.voided' : 'invoices.readOnly.issued')}
        />
      )}
      <Row gutter={[16, 16]} className="invoice-row">
        <Col xs={24} xl={draft ? 11 : 12}>
          {draft ? <BuyerCard issues={liveIssues} /> : <BuyerDetails invoice={invoice} />}
        </Col>
        <Col xs={24} xl={draft ? 13 : 12}>
          {draft ? <MatchCard preview={shown} /> : <SummaryCard detail={saved} />}
        </Col>
      </Row>
      {draft && fields.mode === 'pick' && (
        <div className="invoice-row">
          <PickCard />
        </div>
      )}
      <div className="invoice-row">
        <LinesCard preview={shown} />
      </div>
      <div className="invoice-row">
        <AuditCard audit={saved.audit} />
      </div>
    </div>
  );
}
