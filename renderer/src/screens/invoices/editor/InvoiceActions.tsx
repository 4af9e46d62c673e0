import { useState } from 'react';
import { CheckOutlined, DeleteOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatMoney } from '../../../../../shared/money/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';
import { OutputButtons } from './OutputButtons';
import { VoidDialog } from './VoidDialog';

interface InvoiceActionsProps {
  /** Checks what the rep can fix before issuing (marks the fields); true when it may go ahead. */
  readyToIssue(): boolean;
}

/**
 * What can be done with the invoice now: a draft is issued (after a confirmation) or
 * deleted; an issued one voided (with a reason); any can be exported as the A4 statement.
 */
export function InvoiceActions({ readyToIssue }: InvoiceActionsProps) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const saved = useInvoiceEditorStore((s) => s.saved)!;
  const busy = useInvoiceEditorStore((s) => s.busy);
  const [voiding, setVoiding] = useState(false);
  const { issue, remove, flush } = useInvoiceEditorStore.getState();
  const { invoice } = saved;

  const confirmIssue = async () => {
    // What is on screen is what gets issued: save it first (or stop at the marked fields).
    if (!(await flush()) || !readyToIssue()) return;
    const current = useInvoiceEditorStore.getState().saved!;
    void modal.confirm({
      title: t('invoices.action.issueTitle'),
      content: (
        <>
          <p>
            {t('invoices.action.issueWhat', {
              customer: current.invoice.buyer.name || current.invoice.customerName || current.invoice.customerId,
              amount: formatMoney(current.invoice.totalAmount, language),
              lines: current.lines.length,
            })}
          </p>
          <p>{t('invoices.action.issueBody')}</p>
        </>
      ),
      okText: t('invoices.action.issueOk'),
      cancelText: t('invoices.action.cancel'),
      onOk: async () => {
        if (await issue()) {
          const number = useInvoiceEditorStore.getState().saved?.invoice.number ?? '';
          void message.success(t('invoices.action.issued', { number }));
        }
      },
    });
  };

  const confirmDelete = () =>
    void modal.confirm({
      title: t('invoices.action.deleteTitle'),
      content: t('invoices.action.deleteBody'),
      okText: t('invoices.action.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('invoices.action.cancel'),
      onOk: async () => {
        if (await remove()) {
          void message.success(t('invoices.action.deleted'));
          void navigate('/invoices');
        }
      },
    });

  return (
    <Flex gap={8} wrap justify="flex-end" className="invoice-actions">
      <OutputButtons id={invoice.id} />
      {invoice.status === 'draft' && (
        <>
          <Button danger icon={<DeleteOutlined aria-hidden />} loading={busy === 'delete'} onClick={confirmDelete}>
            {t('invoices.action.delete')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined aria-hidden />}
            loading={busy === 'issue'}
            disabled={busy === 'rematch'}
            onClick={() => void confirmIssue()}
          >
            {t('invoices.action.issue')}
          </Button>
        </>
      )}
      {invoice.status === 'issued' && (
        <>
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setVoiding(true)}>
            {t('invoices.action.void')}
          </Button>
          <VoidDialog
            open={voiding}
            number={invoice.number ?? ''}
            onClose={() => {
              setVoiding(false);
              if (useInvoiceEditorStore.getState().saved?.invoice.status === 'voided')
                void message.success(t('invoices.action.voided'));
            }}
          />
        </>
      )}
    </Flex>
  );
}
