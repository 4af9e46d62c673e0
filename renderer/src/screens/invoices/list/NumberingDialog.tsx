import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { invoke } from '../../../ipc/client';
import { useT } from '../../../i18n/useT';

const PREFIX = /^[A-Za-z0-9-]{0,12}$/;

/**
 * The invoice numbers of the active partner profile: a prefix the rep chooses, then a
 * sequence that never goes back (given at issue). Shows the next number as it will look.
 */
export function NumberingDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const [prefix, setPrefix] = useState('');
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    invoke('invoices.sequence').then(
      (s) => {
        setPrefix(s.prefix);
        setNext(s.nextNumber);
      },
      (err: Error) => setError(err.message),
    );
  }, [open]);

  const valid = PREFIX.test(prefix);
  const save = async () => {
    if (!valid) return;
    setSaving(true);
    try {
      await invoke('invoices.setPrefix', { prefix });
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('invoices.numbering.title')}
      okText={t('invoices.numbering.save')}
      onOk={() => void save()}
      okButtonProps={{ disabled: !valid || next === null, loading: saving, autoInsertSpace: false }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('invoices.numbering.prefix')}
          htmlFor="invoice-number-prefix"
          validateStatus={valid ? undefined : 'error'}
          help={valid ? t('invoices.numbering.help') : t('invoices.error.prefix')}
        >
          <Input
            id="invoice-number-prefix"
            value={prefix}
            maxLength={12}
            onChange={(e) => setPrefix(e.target.value.trim())}
          />
        </Form.Item>
      </Form>
      {next !== null && valid && (
        <Typography.Text type="secondary">
          {t('invoices.numbering.next', { number: `${prefix}${String(next).padStart(8, '0')}` })}
        </Typography.Text>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
