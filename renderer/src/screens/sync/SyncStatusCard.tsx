import { Card, Descriptions, Tag, Typography } from 'antd';
import { useT } from '../../i18n/useT';

/** Sync arrives in a later issue; until then this says so instead of offering a dead button. */
export function SyncStatusCard() {
  const t = useT();
  return (
    <Card title={<h2 className="card-heading">{t('sync.title')}</h2>}>
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'last', label: t('sync.lastSync'), children: <Tag>{t('sync.never')}</Tag> }]}
      />
      <Typography.Paragraph type="secondary" className="sync-planned">
        {t('sync.planned')}
      </Typography.Paragraph>
    </Card>
  );
}
