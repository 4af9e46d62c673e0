import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';

/** The bid pack: the selected certificates' files and an index PDF, as one ZIP (saved or downloaded). */
export function BidPackDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const count = useCertificatesStore((s) => s.selected.length);
  const busy = useCertificatesStore((s) => s.busy === 'pack');
  const error = useCertificatesStore((s) => s.error);
  const [title, setTitle] = useState('');
  useEffect(() => {
    if (open) {
      setTitle(t('certificates.pack.defaultTitle'));
      useCertificatesStore.getState().dismiss();
    }
  }, [open, t]);
  return (
    <Modal
      open={open}
      title={t('certificates.bidPack.title')}
      okText={t('certificates.bidPack.confirm')}
      cancelText={t('certificates.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: count === 0 }}
      onOk={async () => {
        if (await useCertificatesStore.getState().bidPack(title.trim())) onClose();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('certificates.bidPack.help', { count })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('certificates.bidPack.name')} htmlFor="cert-pack-title">
          <Input id="cert-pack-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
