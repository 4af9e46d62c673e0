import { useId, useState } from 'react';
import { Button, Flex, Form, Input, Typography } from 'antd';
import type { Profile } from '../../../../shared/sync/schema';
import { useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';

/**
 * Asked inline when the active profile's password is not held (it was not remembered, or
 * this machine has no keychain): saves it with the profile, then starts the sync.
 */
export function PasswordPrompt({ profile }: { profile: Profile }) {
  const t = useT();
  const labelId = useId();
  const saveProfile = useSyncStore((s) => s.saveProfile);
  const start = useSyncStore((s) => s.start);
  const secretStorage = useSyncStore((s) => s.profiles?.secretStorage ?? 'session');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (profile.kind === 'sandbox') return null;
  const kind = profile.kind;

  const submit = async ({ password }: { password: string }) => {
    setSaving(true);
    setError(null);
    const failed = await saveProfile({
      id: profile.id,
      kind,
      name: profile.name,
      domain: profile.domain,
      user: profile.user,
      password,
      rememberPassword: profile.rememberPassword && secretStorage === 'os',
    });
    if (failed) setError(t('profiles.saveFailed', { message: failed }));
    else {
      const startFailed = await start();
      if (startFailed) setError(t('sync.actionFailed', { message: startFailed }));
    }
    setSaving(false);
  };

  return (
    <Form layout="inline" onFinish={(v: { password: string }) => void submit(v)} className="sync-password-prompt">
      <Flex vertical gap={4}>
        <Typography.Text id={labelId}>{t('sync.passwordLabel', { name: profile.name })}</Typography.Text>
        <Flex gap={8} wrap align="flex-start">
          <Form.Item
            name="password"
            rules={[{ required: true, message: t('sync.passwordRequired') }]}
            validateStatus={error ? 'error' : undefined}
            help={error ?? undefined}
          >
            <Input.Password aria-labelledby={labelId} autoComplete="current-password" className="sync-password-input" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('sync.passwordSubmit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
