import { Badge, Tag, Tooltip } from 'antd';
import { SYNC_RESOURCES } from '../../../../shared/sync/schema';
import { useLanguage, useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';
import { formatCount, formatDateTime, formatRelative, resourceLabel, useNow } from '../sync/format';
import { DashboardCard } from './DashboardCard';
import type { DataState } from './model';

/** Data not synced for longer than this is marked stale. */
const STALE_MS = 24 * 3600_000;

/** How old each kind of cached data is: rows, last sync, "stale" after a day. */
export function FreshnessCard({ state }: { state: DataState | null }) {
  const t = useT();
  const language = useLanguage();
  const now = useNow();
  const status = useSyncStore((s) => s.status);
  const resources = SYNC_RESOURCES.map(
    (name) =>
      status?.resources.find((r) => r.resource === name) ?? {
        resource: name,
        rows: 0,
        quarantined: 0,
        lastSyncedAt: null,
        lastFullAt: null,
      },
  );
  const synced = resources.some((r) => r.lastSyncedAt !== null);
  return (
    <DashboardCard
      title={t('dashboard.freshness.title')}
      subtitle={t('dashboard.freshness.subtitle')}
      state={status === null ? null : synced ? 'ready' : (state ?? 'beforeSync')}
      empty={!synced}
      emptyText={t('dashboard.freshness.empty')}
    >
      <table className="freshness">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.freshness.resource')}</th>
            <th scope="col" className="num">
              {t('dashboard.freshness.rows')}
            </th>
            <th scope="col">{t('dashboard.freshness.lastSynced')}</th>
          </tr>
        </thead>
        <tbody>
          {resources.map((r) => {
            const stale = r.lastSyncedAt !== null && now - Date.parse(r.lastSyncedAt) > STALE_MS;
            const detail = [
              r.lastSyncedAt ? formatDateTime(r.lastSyncedAt, language) : null,
              r.lastFullAt
                ? t('dashboard.freshness.lastFull', { time: formatDateTime(r.lastFullAt, language) })
                : t('dashboard.freshness.noFull'),
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <tr key={r.resource}>
                <th scope="row">{resourceLabel(t, r.resource)}</th>
                <td className="num">{formatCount(r.rows, language)}</td>
                <td>
                  {r.lastSyncedAt === null ? (
                    <Tag>{t('dashboard.freshness.never')}</Tag>
                  ) : (
                    <>
                      <Tooltip title={detail}>
                        <time dateTime={r.lastSyncedAt} tabIndex={0} className="freshness-time">
                          <Badge status={stale ? 'warning' : 'success'} />
                          {formatRelative(r.lastSyncedAt, now, language, t)}
                        </time>
                      </Tooltip>
                      {stale && (
                        <Tooltip title={t('dashboard.freshness.staleHint')}>
                          <Tag color="warning">{t('dashboard.freshness.stale')}</Tag>
                        </Tooltip>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DashboardCard>
  );
}
