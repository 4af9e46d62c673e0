import { Col, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { PreferencesCard } from './PreferencesCard';
import { SyncStatusCard } from './SyncStatusCard';

/** Sync (a placeholder until the sync engine lands) and the user's preferences. */
export function SyncSettingsScreen() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('section.sync.title')} description={t('section.sync.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SyncStatusCard />
        </Col>
        <Col xs={24} xl={12}>
          <PreferencesCard />
        </Col>
      </Row>
    </>
  );
}
