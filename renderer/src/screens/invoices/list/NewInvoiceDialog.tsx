import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Radio, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { InvoiceView } from '../../../../../shared/invoices/contract';
import { invoke } from '../../../ipc/client';
import { useT } from '../../../i18n/useT';
import { CustomerPicker } from '../../orders/list/CustomerPicker';

interface NewInvoiceDialogProps {
  open: boolean;
  /** A customer chosen already (from the customer's page). */
  customerId?: string;
  onClose(): void;
}

/** "New invoice": a customer (searchable) and a type; creates the draft and opens it. */
export function NewInvoiceDialog({ open, customerId: preset, onClose }: NewInvoiceDialogProps) {
  const t = useT();
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | undefined>(preset);
  const [type, setType] = useState<InvoiceView['type']>('ordinary');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setCustomerId(preset);
    setType('ordinary');
    setTried(false);
    setError(null);
  }, [open, preset]);

  const create = async () => {
    setTried(true);
    if (!customerId) return;
    setBusy(true);
    setError(null);
    try {
      const detail = await invoke('invoices.create', { customerId, type });
      onClose();
      void navigate(`/invoices/${encodeURIComponent(detail.invoice.id)}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const missing = tried && !customerId;
  return (
    <Modal
      title={t('invoices.new.title')}
      open={open}
      onCancel={onClose}
      onOk={() => void create()}
      okText={t('invoices.new.create')}
      cancelText={t('invoices.new.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      className="invoice-new"
    >
      <Form layout="vertical" requiredMark onFinish={() => void create()}>
        <Form.Item
          label={t('invoices.new.customer')}
          required
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('invoices.new.customerRequired') : undefined}
        >
          <CustomerPicker value={customerId} onChange={setCustomerId} />
        </Form.Item>
        <Form.Item label={t('invoices.new.type')} required>
          <Radio.Group
            aria-label={t('invoices.new.type')}
            value={type}
            onChange={(e) => setType(e.target.value as InvoiceView['type'])}
            options={[
              { value: 'ordinary', label: t('invoices.type.ordinary') },
              { value: 'special', label: t('invoices.type.special') },
            ]}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Typography.Text type="secondary">{t('invoices.new.hint')}</Typography.Text>
    </Modal>
  );
}
