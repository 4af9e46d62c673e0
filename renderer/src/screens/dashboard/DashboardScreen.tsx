import { Card, Col, Empty, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { DashboardStatusCards } from './DashboardStatusCards';
import { SectionLinks } from './SectionLinks';

/**
 * The landing screen. Until sync exists it shows only what is true now (the state of the
 * database, sync and network) and what the workstation will do, never invented figures.
 */
export function DashboardScreen() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('section.dashboard.title')} description={t('dashboard.intro')} />
      <DashboardStatusCards />
      <Row gutter={[16, 16]} className="dashboard-main">
        <Col xs={24} lg={14}>
          <Card className="dashboard-empty" title={<h2 className="card-heading">{t('dashboard.welcome')}</h2>}>
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  <strong className="dashboard-empty-title">{t('dashboard.emptyTitle')}</strong>
                  <span className="dashboard-empty-body">{t('dashboard.emptyBody')}</span>
                </>
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 className="card-heading">{t('dashboard.sections')}</h2>}>
            <SectionLinks />
          </Card>
        </Col>
      </Row>
    </>
  );
}
