import { Col, ConfigProvider, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { BackupsCard } from './BackupsCard';
import { PreferencesCard } from './PreferencesCard';
import { ProfilesCard } from './ProfilesCard';
import { QuarantineCard } from './QuarantineCard';
import { SyncStatusCard } from './SyncStatusCard';
import './sync.css';

/**
 * Sync with the partner center (state, controls, per-resource progress), where to sync
 * from (connection profiles), what failed validation (quarantine), the preferences, and
 * the backups of local-only data.
 */
export function SyncSettingsScreen() {
  const t = useT();
  return (
    // antd spaces out two-character Chinese button labels ("保 存"), which screen readers then
    // read as two words; this screen keeps labels as written.
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <PageHeader title={t('section.sync.title')} description={t('section.sync.description')} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <SyncStatusCard />
        </Col>
        <Col xs={24} xl={14}>
          <ProfilesCard />
        </Col>
        <Col xs={24} xl={10}>
          <PreferencesCard />
        </Col>
        <Col span={24}>
          <QuarantineCard />
        </Col>
        <Col span={24}>
          <BackupsCard />
        </Col>
      </Row>
    </ConfigProvider>
  );
}
