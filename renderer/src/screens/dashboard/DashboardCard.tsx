import { useId, type ReactNode } from 'react';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';
import type { DataState } from './model';

interface DashboardCardProps {
  title: string;
  subtitle?: string;
  extra?: ReactNode;
  /** null while the first read is in flight. */
  state: DataState | null;
  /** The card has nothing to show (after a sync: an honest "none" message). */
  empty: boolean;
  emptyText: string;
  className?: string;
  children: ReactNode;
}

/**
 * One dashboard card: an h2 title (tests and screen readers find the card by it), a loading
 * skeleton, and an empty state that says why there is nothing — before the first sync it
 * points to the sync screen instead of drawing empty axes.
 */
export function DashboardCard({
  title,
  subtitle,
  extra,
  state,
  empty,
  emptyText,
  className,
  children,
}: DashboardCardProps) {
  const t = useT();
  const headingId = useId();
  // While a sync runs, "none" may only mean "not fetched yet".
  const syncing = useSyncStore((s) => s.status?.state === 'syncing');
  let body: ReactNode;
  if (state === null) body = <Skeleton active paragraph={{ rows: 5 }} title={false} />;
  else if (state !== 'ready')
    body = (
      <Empty
        className="dashboard-card-empty"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={state === 'syncing' ? t('dashboard.empty.syncing') : t('dashboard.empty.beforeSync')}
      />
    );
  else if (empty)
    body = (
      <Empty
        className="dashboard-card-empty"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={syncing ? t('dashboard.empty.syncing') : emptyText}
      />
    );
  else body = children;
  return (
    <Card
      className={className ? `dashboard-card ${className}` : 'dashboard-card'}
      aria-labelledby={headingId}
      role="region"
      title={
        <div className="dashboard-card-title">
          <h2 className="card-heading" id={headingId}>
            {title}
          </h2>
          {subtitle && <span className="dashboard-card-subtitle">{subtitle}</span>}
        </div>
      }
      extra={state === 'ready' ? extra : undefined}
    >
      {body}
    </Card>
  );
}

/** The action under the first-sync banner. */
export function SyncLink() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/sync')}>
      {t('dashboard.firstSync.action')}
    </Button>
  );
}
