import { useId, useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Radio, type FormRule } from 'antd';
import type { Profile, ProfileInput } from '../../../../shared/sync/schema';
import { useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';

type SiteKind = ProfileInput['kind'];
const SITES: SiteKind[] = ['china', 'international', 'europe'];

interface FormValues {
  kind: SiteKind;
  name: string;
  domain: string;
  user: string;
  password?: string;
  forgetPassword?: boolean;
  rememberPassword: boolean;
}

/** Same limits as the core's zod schema (shared/sync/schema.ts ProfileInput). */
const NAME_MAX = 64;
const PASSWORD_MAX = 256;

interface ProfileFormModalProps {
  /** The profile to edit, or null to add one. */
  profile: Profile | null;
  open: boolean;
  onClose(): void;
  afterClose(): void;
}

/**
 * Add or edit a user profile. Validation mirrors the core's schema so a mistake is shown at
 * the field, before anything is sent; the core checks again and its message is shown too.
 * The password is never shown back: an empty field keeps the stored one.
 */
export function ProfileFormModal({ profile, open, onClose, afterClose }: ProfileFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const formId = useId();
  const ids = { remember: useId(), site: useId() };
  const [form] = Form.useForm<FormValues>();
  const saveProfile = useSyncStore((s) => s.saveProfile);
  const secretStorage = useSyncStore((s) => s.profiles?.secretStorage ?? 'session');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const forget = Form.useWatch('forgetPassword', form) === true;
  const canRemember = secretStorage === 'os';

  const text = (field: string, { spaces }: { spaces: boolean }): FormRule[] => [
    { required: true, whitespace: true, message: t('profiles.required', { field }) },
    {
      validator: async (_, value: string | undefined) => {
        const v = (value ?? '').trim();
        if (spaces && /\s/.test(v)) throw new Error(t('profiles.noSpaces', { field }));
        if (v.length > NAME_MAX) throw new Error(t('profiles.tooLong', { field, max: NAME_MAX }));
      },
    },
  ];

  const submit = async (values: FormValues) => {
    setSaving(true);
    setError(null);
    const input: ProfileInput = {
      ...(profile ? { id: profile.id } : {}),
      kind: values.kind,
      name: values.name.trim(),
      domain: values.domain.trim(),
      user: values.user.trim(),
      rememberPassword: canRemember && values.rememberPassword,
    };
    if (values.forgetPassword) input.password = '';
    else if (values.password) input.password = values.password;
    const failed = await saveProfile(input);
    setSaving(false);
    if (failed) setError(t('profiles.saveFailed', { message: failed }));
    else {
      void message.success(t('profiles.saved', { name: input.name }));
      onClose();
    }
  };

  const initialValues: FormValues = profile
    ? {
        kind: profile.kind === 'sandbox' ? 'china' : profile.kind,
        name: profile.name,
        domain: profile.domain,
        user: profile.user,
        rememberPassword: canRemember && profile.rememberPassword,
      }
    : { kind: 'china', name: '', domain: '', user: '', rememberPassword: canRemember };

  return (
    <Modal
      open={open}
      title={t(profile ? 'profiles.editTitle' : 'profiles.addTitle')}
      okText={t('profiles.save')}
      cancelText={t('profiles.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: saving }}
      onCancel={onClose}
      afterClose={afterClose}
      destroyOnHidden
      width={520}
    >
      <Form<FormValues>
        id={formId}
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        className="profile-form"
      >
        {error && <Alert type="error" showIcon title={error} className="profile-form-error" />}
        <Form.Item name="kind" label={<span id={ids.site}>{t('profiles.site')}</span>}>
          <Radio.Group
            aria-labelledby={ids.site}
            optionType="button"
            options={SITES.map((kind) => ({ value: kind, label: t(`profiles.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('profiles.name')} rules={text(t('profiles.name'), { spaces: false })}>
          <Input placeholder={t('profiles.namePlaceholder')} maxLength={NAME_MAX + 10} />
        </Form.Item>
        <Form.Item
          name="domain"
          label={t('profiles.domain')}
          extra={t('profiles.domainHint')}
          rules={text(t('profiles.domain'), { spaces: true })}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="user" label={t('profiles.user')} rules={text(t('profiles.user'), { spaces: true })}>
          <Input autoComplete="username" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('profiles.password')}
          rules={[
            { max: PASSWORD_MAX, message: t('profiles.tooLong', { field: t('profiles.password'), max: PASSWORD_MAX }) },
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            disabled={forget}
            placeholder={t(
              profile?.hasPassword ? 'profiles.passwordPlaceholderStored' : 'profiles.passwordPlaceholderNotStored',
            )}
          />
        </Form.Item>
        {profile?.hasPassword && (
          <Form.Item name="forgetPassword" valuePropName="checked" className="profile-form-check">
            <Checkbox>{t('profiles.forgetPassword')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="rememberPassword"
          valuePropName="checked"
          className="profile-form-check"
          extra={
            <span id={ids.remember}>{t(canRemember ? 'profiles.rememberHint' : 'profiles.rememberUnavailable')}</span>
          }
        >
          <Checkbox disabled={!canRemember || forget} aria-describedby={ids.remember}>
            {t('profiles.remember')}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
