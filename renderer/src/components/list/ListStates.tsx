import { CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Result } from 'antd';
import { isMessageKey } from '../../../../shared/i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { formatRelative, useNow } from '../../screens/sync/format';
import { useConnectionStore } from '../../stores/connection';
import type { FieldIssue, ListError } from '../../stores/paged-list';
import { lastSyncedAt, useSyncStore } from '../../stores/sync';

/**
 * Offline (no network, or the partner center out of reach): the list still works from the
 * local cache, and says so plainly with the age of what is shown.
 */
export function OfflineBanner() {
  const t = useT();
  const language = useLanguage();
  const now = useNow();
  const online = useConnectionStore((s) => s.online);
  const status = useSyncStore((s) => s.status);
  if (online && status?.state !== 'offline') return null;
  const when = lastSyncedAt(status);
  return (
    <Alert
      className="list-banner"
      type="warning"
      showIcon
      icon={<DisconnectOutlined aria-hidden />}
      title={when ? t('list.offline', { when: formatRelative(when, now, language, t) }) : t('list.offlineNever')}
    />
  );
}

/** What an empty list means: nothing synced yet (the way to sync), a sync under way, or no match. */
export function ListEmpty({ filtered, noMatch, onReset }: { filtered: boolean; noMatch: string; onReset(): void }) {
  const t = useT();
  const status = useSyncStore((s) => s.status);
  if (filtered)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noMatch}>
        <Button onClick={onReset}>{t('list.resetFilters')}</Button>
      </Empty>
    );
  if (status?.state === 'syncing')
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.syncing.body')} />;
  return (
    <Result
      className="list-before-sync"
      icon={<CloudSyncOutlined aria-hidden />}
      title={<h2 className="list-before-sync-title">{t('list.beforeSync.title')}</h2>}
      subTitle={t('list.beforeSync.body')}
      extra={
        <Button type="primary" href="#/sync">
          {t('list.beforeSync.action')}
        </Button>
      }
    />
  );
}

/** The core could not read the list: its message (already in the UI language) and a retry. */
export function ListErrorResult({ message, onRetry }: { message: string; onRetry(): void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={<h2 className="list-before-sync-title">{t('list.error.title')}</h2>}
      subTitle={<span role="alert">{message}</span>}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('list.retry')}
        </Button>
      }
    />
  );
}

/** A refused filter: each field named with what is wrong, worded in the UI language. */
export function FilterIssues({ error, labels }: { error: ListError | null; labels: Record<string, string> }) {
  const t = useT();
  if (!error?.fields.length) return null;
  const text = (issue: FieldIssue) => {
    const message = isMessageKey(issue.message) ? t(issue.message) : issue.message;
    const label = labels[issue.field];
    return label ? t('list.issue', { field: label, message }) : message;
  };
  // One message per field: the first rule it breaks (an id with a space also has a bad character).
  const first = error.fields.filter((f, i, all) => all.findIndex((g) => g.field === f.field) === i);
  const lines = [...new Set(first.map(text))];
  return (
    <Alert
      className="list-banner"
      type="error"
      showIcon
      role="alert"
      title={
        lines.length === 1 ? (
          lines[0]
        ) : (
          <ul className="list-issues">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** The body of a list whose filter was refused: nothing to show until it is corrected. */
export function ListInvalid() {
  const t = useT();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.invalid')} />;
}

/** The fields a refused filter names, for `status="error"` on their controls. */
export function invalidFields(error: ListError | null): Set<string> {
  return new Set(error?.fields.map((f) => f.field) ?? []);
}
