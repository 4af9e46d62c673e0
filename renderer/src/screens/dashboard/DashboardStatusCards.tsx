import type { ReactNode } from 'react';
import { CloudSyncOutlined, DatabaseOutlined, WifiOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { formatBytes } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/useT';
import { useAppStatusStore } from '../../stores/app-status';
import { useConnectionStore } from '../../stores/connection';
import { useSyncStore } from '../../stores/sync';
import { formatCount } from '../sync/format';
import { SyncStateTag } from '../sync/SyncStateTag';

function StatusCard({
  icon,
  title,
  value,
  detail,
}: {
  icon: ReactNode;
  title: string;
  value: ReactNode;
  detail: string;
}) {
  return (
    <Card className="status-card">
      <Flex gap={12} align="flex-start">
        <span className="status-card-icon">{icon}</span>
        <div className="status-card-body">
          <h2 className="status-card-title">{title}</h2>
          <div className="status-card-value">{value}</div>
          <Typography.Text type="secondary" className="status-card-detail">
            {detail}
          </Typography.Text>
        </div>
      </Flex>
    </Card>
  );
}

/** Three facts that are true now: the local database, sync (state and counts) and the network. */
export function DashboardStatusCards() {
  const t = useT();
  const language = useLanguage();
  const db = useAppStatusStore((s) => s.db);
  const online = useConnectionStore((s) => s.online);
  const sync = useSyncStore((s) => s.status);
  const rows = (resource: string) => sync?.resources.find((r) => r.resource === resource)?.rows ?? 0;
  let syncDetail = '';
  if (sync && sync.resources.some((r) => r.rows > 0))
    syncDetail = t('dashboard.syncCounts', {
      customers: formatCount(rows('customers'), language),
      orders: formatCount(rows('orders'), language),
      fees: formatCount(rows('fee_records'), language),
    });
  else if (sync?.state === 'syncing') syncDetail = t('status.syncingHint');
  else if (sync?.message) syncDetail = sync.message;
  else if (sync) syncDetail = t('status.notSyncedHint');
  return (
    <Row gutter={[16, 16]} className="dashboard-status">
      <Col xs={24} md={8}>
        <StatusCard
          icon={<DatabaseOutlined aria-hidden />}
          title={t('dashboard.database')}
          value={<Tag color="success">{t('about.dbStateReady')}</Tag>}
          detail={db ? `${t('about.schemaVersion')} ${db.schemaVersion} · ${formatBytes(db.sizeBytes, language)}` : ''}
        />
      </Col>
      <Col xs={24} md={8}>
        <StatusCard
          icon={<CloudSyncOutlined aria-hidden />}
          title={t('dashboard.sync')}
          value={<SyncStateTag />}
          detail={syncDetail}
        />
      </Col>
      <Col xs={24} md={8}>
        <StatusCard
          icon={<WifiOutlined aria-hidden />}
          title={t('dashboard.network')}
          value={
            online ? (
              <Tag color="processing">{t('status.online')}</Tag>
            ) : (
              <Tag color="warning">{t('status.offline')}</Tag>
            )
          }
          detail={online ? '' : t('status.offlineHint')}
        />
      </Col>
    </Row>
  );
}
