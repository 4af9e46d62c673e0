import { memo } from 'react';
import { Progress, Tag } from 'antd';
import { SYNC_RESOURCES, type ResourceProgress, type SyncStatus } from '../../../../shared/sync/schema';
import type { Language } from '../../../../shared/settings/schema';
import { useLanguage, useT, type TFunction } from '../../i18n/useT';
import {
  RESOURCE_KEYS,
  formatCount,
  formatDateTime,
  formatDuration,
  formatRate,
  formatRelative,
  useNow,
} from './format';

/** What one row shows, all plain values so an unchanged row skips rendering (progress arrives 4×/s). */
interface RowProps {
  label: string;
  rows: number;
  quarantined: number;
  lastSyncedAt: string | null;
  lastFullAt: string | null;
  /** Set while a run is under way: this resource's progress, or null while it waits to start. */
  progress: ResourceProgress | null;
  running: boolean;
  now: number;
  language: Language;
  t: TFunction;
}

function progressDetail(p: ResourceProgress, language: Language, t: TFunction): string {
  if (p.state === 'waiting') return t('sync.progress.waiting');
  if (p.state === 'done') return t('sync.progress.done', { records: formatCount(p.records, language) });
  const counts = t('sync.progress.detail', {
    records: formatCount(p.records, language),
    pages: formatCount(p.pages, language),
    rate: formatRate(p.rate, language),
  });
  const eta =
    p.etaSeconds === null
      ? t('sync.progress.etaUnknown')
      : t('sync.progress.eta', { duration: formatDuration(p.etaSeconds, language, { rough: true }) });
  return `${counts} · ${eta}`;
}

const sameProgress = (a: ResourceProgress | null, b: ResourceProgress | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.state === b.state &&
    a.records === b.records &&
    a.pages === b.pages &&
    a.rate === b.rate &&
    a.etaSeconds === b.etaSeconds &&
    a.fraction === b.fraction);

const ResourceRow = memo(
  function ResourceRow({
    label,
    rows,
    quarantined,
    lastSyncedAt,
    lastFullAt,
    progress,
    running,
    now,
    language,
    t,
  }: RowProps) {
    const time = (iso: string) => (
      <time dateTime={iso} title={formatDateTime(iso, language)}>
        {formatRelative(iso, now, language, t)}
      </time>
    );
    let status;
    if (running && progress) {
      const percent = Math.round(progress.fraction * 1000) / 10;
      status = (
        <div className="sync-progress">
          <Progress
            percent={percent}
            size="small"
            // No 'active' shimmer: an endless animation per bar costs real CPU on software-rendered screens.
            status={progress.state === 'done' ? 'success' : 'normal'}
            aria-label={t('sync.progressLabel', { resource: label })}
          />
          <span className="sync-secondary sync-progress-detail">{progressDetail(progress, language, t)}</span>
        </div>
      );
    } else if (running) status = <span className="sync-secondary">{t('sync.progress.waiting')}</span>;
    else
      status = (
        <span className="sync-secondary">
          {lastFullAt
            ? t('sync.lastFull', { when: formatRelative(lastFullAt, now, language, t) })
            : t('sync.lastFullNever')}
        </span>
      );
    return (
      <tr>
        <th scope="row" className="sync-resource-name">
          {label}
        </th>
        <td className="sync-num">
          <span className="sync-count">{formatCount(rows, language)}</span>
        </td>
        <td className="sync-num">
          {quarantined > 0 ? (
            <Tag color="warning" className="sync-quarantined-tag">
              {formatCount(quarantined, language)}
            </Tag>
          ) : (
            <span className="sync-secondary">0</span>
          )}
        </td>
        <td>{lastSyncedAt ? time(lastSyncedAt) : <span className="sync-secondary">{t('sync.never')}</span>}</td>
        <td>{status}</td>
      </tr>
    );
  },
  (a, b) =>
    a.label === b.label &&
    a.rows === b.rows &&
    a.quarantined === b.quarantined &&
    a.lastSyncedAt === b.lastSyncedAt &&
    a.lastFullAt === b.lastFullAt &&
    a.running === b.running &&
    a.now === b.now &&
    a.language === b.language &&
    a.t === b.t &&
    sameProgress(a.progress, b.progress),
);

/**
 * One row per kind of data: what the local database holds, what was quarantined, when it
 * was last synced, and while syncing a progress bar. The table keeps its shape in every
 * state so nothing jumps when a run starts or ends. A plain table: it re-renders with every
 * progress event, and only the rows that changed do any work.
 */
export function ResourceTable({ status, labelledBy }: { status: SyncStatus; labelledBy: string }) {
  const t = useT();
  const language = useLanguage();
  const now = useNow();
  const running = status.state === 'syncing' && status.progress.length > 0;

  return (
    <table className="sync-resources" aria-labelledby={labelledBy}>
      <colgroup>
        <col className="sync-col-resource" />
        <col className="sync-col-rows" />
        <col className="sync-col-quarantined" />
        <col className="sync-col-last" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('sync.col.resource')}</th>
          <th scope="col" className="sync-num">
            {t('sync.col.rows')}
          </th>
          <th scope="col" className="sync-num">
            {t('sync.col.quarantined')}
          </th>
          <th scope="col">{t('sync.col.lastSynced')}</th>
          <th scope="col">{t('sync.col.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {SYNC_RESOURCES.map((resource) => {
          const summary = status.resources.find((r) => r.resource === resource);
          return (
            <ResourceRow
              key={resource}
              label={t(RESOURCE_KEYS[resource])}
              rows={summary?.rows ?? 0}
              quarantined={summary?.quarantined ?? 0}
              lastSyncedAt={summary?.lastSyncedAt ?? null}
              lastFullAt={summary?.lastFullAt ?? null}
              progress={status.progress.find((p) => p.resource === resource) ?? null}
              running={running}
              now={now}
              language={language}
              t={t}
            />
          );
        })}
      </tbody>
    </table>
  );
}
