import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { AccountName } from '../../../../shared/certificates/schema';
import { localDate } from '../../../../shared/certificates/rules';
import { isMessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';

export type MoveAction = 'bind' | 'unbind' | 'transfer';

/**
 * Bind, unbind, or transfer — the partner center's flow, unbind from A then bind to B, as
 * one recorded step — with the day it happened there and a note.
 */
export function MoveDialog({ action, onClose }: { action: MoveAction | null; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ account: string; onDate: string; note: string }>();
  const current = useCertificatesStore((s) => s.detail?.certificate.account ?? null);
  const busy = useCertificatesStore((s) => s.busy === 'move');
  const error = useCertificatesStore((s) => s.error);

  useEffect(() => {
    if (!action) return;
    form.setFieldsValue({ account: '', onDate: localDate(new Date()), note: '' });
    useCertificatesStore.getState().dismiss();
  }, [action, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true) as { account: string; onDate: string; note: string };
    let account = '';
    if (action !== 'unbind') {
      const a = AccountName.safeParse(v.account ?? '');
      if (!a.success) {
        const m = a.error.issues[0]!.message;
        form.setFields([{ name: 'account', errors: [isMessageKey(m) ? t(m) : m] }]);
        return;
      }
      account = a.data;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.onDate ?? '')) {
      form.setFields([{ name: 'onDate', errors: [t('certificates.error.csvDate')] }]);
      return;
    }
    const ok = await useCertificatesStore.getState().move(action!, { account, onDate: v.onDate, note: v.note ?? '' });
    if (ok) onClose();
  };

  const title =
    action === 'transfer'
      ? t('certificates.transfer.title')
      : action === 'bind'
        ? t('certificates.bind.title')
        : t('certificates.detail.unbind');
  const ok =
    action === 'transfer'
      ? t('certificates.transfer.confirm')
      : action === 'bind'
        ? t('certificates.bind.confirm')
        : t('certificates.detail.unbind');
  return (
    <Modal
      open={action !== null}
      title={title}
      okText={ok}
      cancelText={t('certificates.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {action === 'transfer' && (
        <Typography.Paragraph>{t('certificates.transfer.help', { account: current ?? '—' })}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" requiredMark={false}>
        {action !== 'unbind' && (
          <Form.Item
            name="account"
            label={t(action === 'transfer' ? 'certificates.transfer.account' : 'certificates.form.account')}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="onDate" label={t('certificates.transfer.date')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('certificates.transfer.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
