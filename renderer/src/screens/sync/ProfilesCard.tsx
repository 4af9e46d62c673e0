import { useId, useState } from 'react';
import {
  ApiOutlined,
  CloudServerOutlined,
  DeleteOutlined,
  EditOutlined,
  ExperimentOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Skeleton, Tag, Typography } from 'antd';
import type { Profile } from '../../../../shared/sync/schema';
import { useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';
import { KIND_KEYS, useProfileName } from './format';
import { ProfileFormModal } from './ProfileFormModal';

type TestResult = { ok: boolean; message: string };

function PasswordTag({ profile }: { profile: Profile }) {
  const t = useT();
  if (profile.kind === 'sandbox') return null;
  if (!profile.hasPassword) return <Tag>{t('profiles.passwordNotStored')}</Tag>;
  return (
    <Tag color={profile.rememberPassword ? 'success' : 'default'}>
      {t(profile.rememberPassword ? 'profiles.passwordStored' : 'profiles.passwordSession')}
    </Tag>
  );
}

function ProfileItem({
  profile,
  active,
  secretStorage,
  onEdit,
}: {
  profile: Profile;
  active: boolean;
  secretStorage: 'os' | 'session';
  onEdit(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const nameId = useId();
  const profileName = useProfileName();
  const name = profileName(profile);
  const testProfile = useSyncStore((s) => s.testProfile);
  const removeProfile = useSyncStore((s) => s.removeProfile);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const sandbox = profile.kind === 'sandbox';

  const test = async () => {
    setTesting(true);
    setResult(null);
    setResult(await testProfile(profile.id));
    setTesting(false);
  };

  const remove = async () => {
    const failed = await removeProfile(profile.id);
    if (failed) void message.error(t('profiles.saveFailed', { message: failed }));
    else void message.success(t('profiles.removed', { name }));
  };

  // A remembered password is only remembered where there is a keychain.
  const shown = secretStorage === 'session' ? { ...profile, rememberPassword: false } : profile;

  return (
    <li className={`profile-item${active ? ' profile-item-active' : ''}`} aria-labelledby={nameId}>
      <Flex gap={12} align="flex-start">
        <span className="profile-icon" aria-hidden>
          {sandbox ? <ExperimentOutlined /> : <CloudServerOutlined />}
        </span>
        <div className="profile-body">
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong id={nameId} className="profile-name">
              {name}
            </Typography.Text>
            <Tag color={sandbox ? 'purple' : 'blue'}>{t(KIND_KEYS[profile.kind])}</Tag>
            {sandbox && <Tag>{t('profiles.builtIn')}</Tag>}
            {active && <Tag color="processing">{t('profiles.active')}</Tag>}
          </Flex>
          {sandbox ? (
            <Typography.Text type="secondary" className="profile-meta">
              {t('profiles.sandboxNote')}
            </Typography.Text>
          ) : (
            <Flex gap={6} align="center" wrap className="profile-meta">
              <Typography.Text type="secondary">
                {t('profiles.credentials', { domain: profile.domain, user: profile.user })}
              </Typography.Text>
              <PasswordTag profile={shown} />
            </Flex>
          )}
          <Flex gap={4} wrap className="profile-actions">
            <Button
              size="small"
              icon={<ApiOutlined aria-hidden />}
              loading={testing}
              aria-label={t('profiles.testNamed', { name })}
              onClick={() => void test()}
            >
              {t('profiles.test')}
            </Button>
            {!sandbox && (
              <>
                <Button
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  aria-label={t('profiles.editNamed', { name })}
                  onClick={onEdit}
                >
                  {t('profiles.edit')}
                </Button>
                <Popconfirm
                  title={t('profiles.removeConfirm', { name })}
                  description={t('profiles.removeConfirmBody')}
                  okText={t('profiles.remove')}
                  cancelText={t('profiles.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove()}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('profiles.removeNamed', { name })}
                  >
                    {t('profiles.remove')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Flex>
          {result && (
            <Alert
              type={result.ok ? 'success' : 'error'}
              showIcon
              title={result.message}
              className="profile-test-result"
              closable={{ onClose: () => setResult(null) }}
            />
          )}
        </div>
      </Flex>
    </li>
  );
}

/**
 * Where to sync from: the built-in Sandbox (demo data) and the user's own profiles on the
 * China, International and Europe sites. The switcher picks the active one.
 */
export function ProfilesCard() {
  const t = useT();
  const { message } = App.useApp();
  const ids = { heading: useId(), switcher: useId() };
  const view = useSyncStore((s) => s.profiles);
  const activateProfile = useSyncStore((s) => s.activateProfile);
  const profileName = useProfileName();
  const [editor, setEditor] = useState<{ profile: Profile | null; open: boolean } | null>(null);
  const [switching, setSwitching] = useState(false);

  const activate = async (id: string) => {
    setSwitching(true);
    const failed = await activateProfile(id);
    setSwitching(false);
    const target = view?.profiles.find((p) => p.id === id);
    if (failed) void message.error(t('sync.actionFailed', { message: failed }));
    else if (target) void message.success(t('profiles.switched', { name: profileName(target) }));
  };

  return (
    <Card
      title={
        <h2 className="card-heading" id={ids.heading}>
          {t('profiles.title')}
        </h2>
      }
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditor({ profile: null, open: true })}>
          {t('profiles.add')}
        </Button>
      }
    >
      {!view ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Flex vertical gap={14}>
          <Flex align="center" gap={10} wrap>
            <Typography.Text strong id={ids.switcher}>
              {t('profiles.switcher')}
            </Typography.Text>
            <Select
              aria-labelledby={ids.switcher}
              className="profile-switcher"
              value={view.activeId}
              loading={switching}
              disabled={switching}
              onChange={(id: string) => void activate(id)}
              options={view.profiles.map((p) => ({
                value: p.id,
                label: p.kind === 'sandbox' ? profileName(p) : `${p.name} · ${t(KIND_KEYS[p.kind])}`,
              }))}
            />
          </Flex>
          <ul className="profile-list" aria-labelledby={ids.heading}>
            {view.profiles.map((p) => (
              <ProfileItem
                key={p.id}
                profile={p}
                active={p.id === view.activeId}
                secretStorage={view.secretStorage}
                onEdit={() => setEditor({ profile: p, open: true })}
              />
            ))}
          </ul>
        </Flex>
      )}
      {editor && (
        <ProfileFormModal
          profile={editor.profile}
          open={editor.open}
          onClose={() => setEditor({ ...editor, open: false })}
          afterClose={() => setEditor(null)}
        />
      )}
    </Card>
  );
}
