import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { useInvoiceEditorStore } from '../../../stores/invoice-editor';

/** Voiding needs a reason (kept in the audit trail) and a second look. */
export function VoidDialog({ open, number, onClose }: { open: boolean; number: string; onClose(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const busy = useInvoiceEditorStore((s) => s.busy === 'void');
  const error = useInvoiceEditorStore((s) => (s.actionError?.action === 'void' ? s.actionError.message : null));
  const { voidInvoice, dismissActionError } = useInvoiceEditorStore.getState();

  useEffect(() => {
    if (!open) return;
    setReason('');
    setTried(false);
    dismissActionError();
  }, [open, dismissActionError]);

  const missing = tried && reason.trim() === '';
  const submit = async () => {
    setTried(true);
    if (reason.trim() === '') return;
    if (await voidInvoice(reason.trim())) onClose();
  };

  return (
    <Modal
      title={t('invoices.action.voidTitle', { number })}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('invoices.action.voidOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('invoices.action.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('invoices.action.voidBody')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={t('invoices.action.voidReason')}
          htmlFor="void-reason"
          required
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('invoices.error.voidReason') : undefined}
        >
          <Input.TextArea
            id="void-reason"
            value={reason}
            maxLength={500}
            showCount
            autoSize={{ minRows: 2, maxRows: 5 }}
            aria-invalid={missing || undefined}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
