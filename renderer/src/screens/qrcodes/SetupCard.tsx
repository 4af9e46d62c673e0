import { useEffect, useId, useRef, useState } from 'react';
import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LOGO_MAX_CHARS, type QrSetup } from '../../../../shared/qrcodes/schema';
import { invoke } from '../../ipc/client';
import { useT } from '../../i18n/useT';
import { useQrCodesStore } from '../../stores/qrcodes-list';

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

/**
 * The partner expansion link of the profile, pasted once from the partner center. Until
 * there is one the form is open; then a line shows it with "Change". A refused link (not
 * https://, too long, not a link) is shown at the field, in the core's words, and the
 * saved link stays as it was.
 */
export function SetupCard() {
  const t = useT();
  const { message } = App.useApp();
  const setup = useQrCodesStore((s) => s.setup);
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const open = editing || (setup !== null && !setup.link);
  useEffect(() => {
    if (!open || !setup) return;
    setLink(setup.link ?? '');
    setPartnerName(setup.partnerName);
    setError(null);
  }, [open, setup]);

  const save = async (patch: Parameters<typeof invoke<'qrcodes.setup.set'>>[1]) => {
    setSaving(true);
    try {
      const next: QrSetup = await invoke('qrcodes.setup.set', patch);
      useQrCodesStore.getState().setSetup(next);
      setError(null);
      setEditing(false);
      void message.success(t('qrcodes.setup.saved'));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) return setError(t('qrcodes.error.logo'));
    const url = await readDataUrl(file);
    if (url.length > LOGO_MAX_CHARS) return setError(t('qrcodes.error.logoTooBig'));
    await save({ logo: url });
  };

  return (
    <Card
      className="qr-setup"
      size="small"
      role="region"
      aria-labelledby={headingId}
      title={
        <h2 className="card-heading" id={headingId}>
          {t('qrcodes.setup.title')}
        </h2>
      }
      extra={
        setup?.link && !open ? (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('qrcodes.setup.change')}
          </Button>
        ) : undefined
      }
    >
      {!setup ? null : open ? (
        <Form layout="vertical" onFinish={() => void save({ link, partnerName })}>
          <Typography.Paragraph type="secondary" className="qr-setup-help">
            {t('qrcodes.setup.help')}
          </Typography.Paragraph>
          <Form.Item
            label={t('qrcodes.setup.link')}
            htmlFor="qr-setup-link"
            validateStatus={error ? 'error' : undefined}
            help={error ? <span role="alert">{error}</span> : undefined}
          >
            <Input
              id="qr-setup-link"
              value={link}
              placeholder="https://…?tag={tag}"
              onChange={(e) => setLink(e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('qrcodes.setup.partnerName')} htmlFor="qr-setup-partner">
            <Input
              id="qr-setup-partner"
              value={partnerName}
              maxLength={80}
              onChange={(e) => setPartnerName(e.target.value)}
            />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('qrcodes.setup.save')}
            </Button>
            {setup.link && <Button onClick={() => setEditing(false)}>{t('qrcodes.form.cancel')}</Button>}
          </Flex>
        </Form>
      ) : (
        <Flex vertical gap={6}>
          <Typography.Text className="qr-setup-link" ellipsis={{ tooltip: setup.link }}>
            <LinkOutlined aria-hidden /> <span data-testid="qr-link">{setup.link}</span>
          </Typography.Text>
          {setup.partnerName && <Typography.Text type="secondary">{setup.partnerName}</Typography.Text>}
          {!setup.hasPlaceholder && <Alert type="warning" showIcon title={t('qrcodes.setup.noPlaceholder')} />}
          <Flex gap={8} align="center" wrap>
            {setup.logo && <img className="qr-setup-logo" src={setup.logo} alt={t('qrcodes.setup.logo')} />}
            <Button size="small" onClick={() => fileRef.current?.click()}>
              {t('qrcodes.setup.logoPick')}
            </Button>
            {setup.logo && (
              <Button size="small" type="link" onClick={() => void save({ logo: null })}>
                {t('qrcodes.setup.logoRemove')}
              </Button>
            )}
            <input
              ref={fileRef}
              type="file"
              accept="image/png,image/jpeg"
              hidden
              aria-label={t('qrcodes.setup.logoPick')}
              onChange={(e) => {
                void pickLogo(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Flex>
          {error && <Alert type="error" showIcon role="alert" title={error} />}
        </Flex>
      )}
    </Card>
  );
}
