import { memo, useId, useState, type ReactNode } from 'react';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  CloudSyncOutlined,
  ExclamationCircleFilled,
  LockFilled,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Divider, Flex, Skeleton, Switch, Tooltip } from 'antd';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { SyncStatus } from '../../../../shared/sync/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { lastSyncedAt, useSyncStore, type SyncAction } from '../../stores/sync';
import {
  formatClock,
  formatCount,
  formatDateTime,
  formatDuration,
  formatRelative,
  useNow,
  useProfileName,
} from './format';
import { PasswordPrompt } from './PasswordPrompt';
import { ResourceTable } from './ResourceTable';

type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default';

const STATE_LOOK: Record<SyncStatus['state'] | 'never', { key: MessageKey; tone: Tone; icon: ReactNode }> = {
  idle: { key: 'sync.state.idle', tone: 'success', icon: <CheckCircleFilled aria-hidden /> },
  never: { key: 'sync.state.never', tone: 'default', icon: <CloudSyncOutlined aria-hidden /> },
  syncing: { key: 'sync.state.syncing', tone: 'processing', icon: <SyncOutlined aria-hidden /> },
  offline: { key: 'sync.state.offline', tone: 'warning', icon: <ExclamationCircleFilled aria-hidden /> },
  error: { key: 'sync.state.error', tone: 'error', icon: <CloseCircleFilled aria-hidden /> },
  'needs-password': { key: 'sync.state.needs-password', tone: 'warning', icon: <LockFilled aria-hidden /> },
};

/** Shows the core's message when an action did not work. */
function useAct() {
  const t = useT();
  const { message } = App.useApp();
  return async (action: Promise<string | null>) => {
    const failed = await action;
    if (failed) void message.error(t('sync.actionFailed', { message: failed }));
  };
}

/** Sync now / full reconcile / cancel. Memoized: progress arrives 4×/s and these rarely change. */
const SyncActions = memo(function SyncActions({ syncing, busy }: { syncing: boolean; busy: SyncAction | null }) {
  const t = useT();
  const act = useAct();
  const start = useSyncStore((s) => s.start);
  const cancel = useSyncStore((s) => s.cancel);
  return (
    <Flex gap={8} wrap className="sync-actions">
      <Tooltip title={t('sync.syncNowHint')}>
        <Button
          type="primary"
          icon={<SyncOutlined aria-hidden />}
          disabled={syncing}
          loading={busy === 'start'}
          onClick={() => void act(start())}
        >
          {t('sync.syncNow')}
        </Button>
      </Tooltip>
      <Tooltip title={t('sync.fullSyncHint')}>
        <Button
          icon={<CloudSyncOutlined aria-hidden />}
          disabled={syncing}
          loading={busy === 'full'}
          onClick={() => void act(start('full'))}
        >
          {t('sync.fullSync')}
        </Button>
      </Tooltip>
      {syncing && (
        <Button
          danger
          icon={<StopOutlined aria-hidden />}
          loading={busy === 'cancel'}
          onClick={() => void act(cancel())}
        >
          {t('sync.cancel')}
        </Button>
      )}
    </Flex>
  );
});

/** The auto-sync switch with its interval and next time, and the active profile. */
const AutoSyncRow = memo(function AutoSyncRow({
  enabled,
  intervalMinutes,
  nextAt,
  busy,
  profile,
}: {
  enabled: boolean;
  intervalMinutes: number;
  nextAt: string | null;
  busy: boolean;
  profile: string;
}) {
  const t = useT();
  const language = useLanguage();
  const act = useAct();
  const ids = { auto: useId(), detail: useId() };
  const setAutoSync = useSyncStore((s) => s.setAutoSync);
  const now = useNow(60_000);
  return (
    <Flex align="center" gap={10} wrap className="sync-auto">
      <Switch
        id={ids.auto}
        size="small"
        checked={enabled}
        loading={busy}
        aria-describedby={ids.detail}
        onChange={(on) => void act(setAutoSync(on))}
      />
      <label htmlFor={ids.auto} className="sync-auto-label">
        {t('sync.autoSync')}
      </label>
      <span className="sync-secondary" id={ids.detail}>
        {enabled
          ? nextAt
            ? t('sync.autoSyncOn', { minutes: intervalMinutes, time: formatClock(nextAt, now, language) })
            : t('sync.autoSyncOnNoNext', { minutes: intervalMinutes })
          : t('sync.autoSyncOff')}
      </span>
      <Divider orientation="vertical" />
      <span className="sync-secondary">{t('sync.profile', { name: profile })}</span>
    </Flex>
  );
});

/**
 * The sync in plain words (state, what it means, what to do), the controls (sync now, full
 * reconcile, cancel, auto-sync) and the per-resource table with progress bars.
 */
export function SyncStatusCard() {
  const t = useT();
  const language = useLanguage();
  const ids = { heading: useId(), resources: useId() };
  const status = useSyncStore((s) => s.status);
  const loadError = useSyncStore((s) => s.loadError);
  const busy = useSyncStore((s) => s.busy);
  const profileName = useProfileName();
  const now = useNow(15_000);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const title = (
    <h2 className="card-heading" id={ids.heading}>
      {t('sync.title')}
    </h2>
  );
  if (!status)
    return (
      <Card title={title}>
        {loadError ? <Alert type="error" showIcon title={loadError} /> : <Skeleton active paragraph={{ rows: 4 }} />}
      </Card>
    );

  const syncing = status.state === 'syncing';
  const last = lastSyncedAt(status);
  const look = STATE_LOOK[status.state === 'idle' && !last ? 'never' : status.state];

  let detail: string;
  if (syncing) {
    const records = status.progress.reduce((n, p) => n + p.records, 0);
    detail = t('sync.detail.syncing', {
      kind: t(status.run?.kind === 'incremental' ? 'sync.kind.incremental' : 'sync.kind.full'),
      records: formatCount(records, language),
    });
  } else if (status.state !== 'idle') {
    // Offline, error, password needed: the alert below says what is wrong; this says what is there.
    detail = last
      ? t('sync.detail.lastSynced', {
          time: formatDateTime(last, language),
          when: formatRelative(last, now, language, t),
        })
      : t('sync.detail.nothingYet');
  } else if (last) {
    detail = t('sync.detail.idle', {
      when: formatRelative(last, now, language, t),
      time: formatDateTime(last, language),
    });
    const run = status.run;
    if (run?.status === 'finished' && run.finishedAt) {
      const lastRun = t(run.kind === 'incremental' ? 'sync.detail.lastRunIncremental' : 'sync.detail.lastRunFull', {
        records: formatCount(run.records, language),
        duration: formatDuration((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000, language),
      });
      // Chinese sentences run on; English ones are spaced.
      detail += (language === 'zh-CN' ? '' : ' ') + lastRun;
    }
  } else detail = t('sync.detail.never');

  // offline / error / needs-password / a note such as "cancelled": the core's own words.
  const note = status.message && status.message !== dismissed ? status.message : null;
  const auto = status.autoSync;

  return (
    <Card title={title} className="sync-card">
      <Flex vertical gap={16}>
        <Flex className="sync-state" gap={14} align="flex-start" wrap>
          <span className={`sync-state-icon sync-tone-${look.tone}`}>{look.icon}</span>
          <div className="sync-state-text">
            <div role="status" className="sync-state-title">
              {t(look.key)}
            </div>
            <span className="sync-secondary sync-state-detail">{detail}</span>
          </div>
          <SyncActions syncing={syncing} busy={busy} />
        </Flex>

        {note && status.state === 'needs-password' && (
          <Alert
            type="warning"
            showIcon
            title={note}
            description={<PasswordPrompt key={status.profile.id} profile={status.profile} />}
          />
        )}
        {note && (status.state === 'offline' || status.state === 'error') && (
          <Alert type={status.state === 'offline' ? 'warning' : 'error'} showIcon title={note} />
        )}
        {note && status.state === 'idle' && (
          <Alert type="info" showIcon title={note} closable={{ onClose: () => setDismissed(note) }} />
        )}

        <AutoSyncRow
          enabled={auto.enabled}
          intervalMinutes={auto.intervalMinutes}
          nextAt={auto.nextAt}
          busy={busy === 'autoSync'}
          profile={profileName(status.profile)}
        />

        <section aria-labelledby={ids.resources}>
          <h3 className="sync-subheading" id={ids.resources}>
            {t('sync.resources')}
          </h3>
          <ResourceTable status={status} labelledBy={ids.resources} />
        </section>
      </Flex>
    </Card>
  );
}
