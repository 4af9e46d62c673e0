import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  CloudSyncOutlined,
  ExclamationCircleOutlined,
  LockOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useLanguage, useT } from '../../i18n/useT';
import { lastSyncedAt, overallFraction, useSyncStore } from '../../stores/sync';
import { formatDateTime, formatRelative, useNow } from './format';
import './sync.css';

/**
 * The sync state in a few words, as a tag: syncing with a percentage, synced with a relative
 * time, partner center unreachable, error, password needed, or not synced yet. The tooltip
 * carries the details (the core's own message when there is one). Shown in the header and
 * on the dashboard; null until the core has answered.
 */
export function SyncStateTag({ className }: { className?: string }) {
  const t = useT();
  const language = useLanguage();
  const status = useSyncStore((s) => s.status);
  const now = useNow();
  if (!status) return null;

  let color: string | undefined;
  let icon;
  let text: string;
  let hint: string;
  switch (status.state) {
    case 'syncing': {
      const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(overallFraction(status));
      color = 'processing';
      icon = <SyncOutlined spin aria-hidden />;
      text = t('status.syncing', { percent });
      hint = t('status.syncingHint');
      break;
    }
    case 'offline':
      color = 'warning';
      icon = <ExclamationCircleOutlined aria-hidden />;
      text = t('status.syncOffline');
      hint = status.message ?? '';
      break;
    case 'error':
      color = 'error';
      icon = <CloseCircleOutlined aria-hidden />;
      text = t('status.syncError');
      hint = status.message ?? '';
      break;
    case 'needs-password':
      color = 'warning';
      icon = <LockOutlined aria-hidden />;
      text = t('status.needsPassword');
      hint = status.message ?? '';
      break;
    default: {
      const last = lastSyncedAt(status);
      if (last) {
        color = 'success';
        icon = <CheckCircleOutlined aria-hidden />;
        text = t('status.synced', { when: formatRelative(last, now, language, t) });
        hint = t('status.syncedHint', { time: formatDateTime(last, language) });
      } else {
        icon = <CloudSyncOutlined aria-hidden />;
        text = t('status.notSynced');
        hint = t('status.notSyncedHint');
      }
    }
  }

  return (
    <Tooltip title={hint || undefined}>
      <Tag color={color} icon={icon} className={className}>
        {text}
      </Tag>
    </Tooltip>
  );
}
