import { useEffect } from 'react';
import { Alert, Button, Card, Col, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useDashboardStore } from '../../stores/dashboard';
import { useSyncStore } from '../../stores/sync';
import { ExpiringCard } from '../certificates/ExpiringCard';
import { DashboardStatusCards } from './DashboardStatusCards';
import { SyncLink } from './DashboardCard';
import { FreshnessCard } from './FreshnessCard';
import { dataState } from './model';
import { NewCustomersCard } from './NewCustomersCard';
import { OrdersByStatusCard } from './OrdersByStatusCard';
import { SectionLinks } from './SectionLinks';
import { SpendCard } from './SpendCard';
import { TopCustomersCard } from './TopCustomersCard';
import './dashboard.css';

/**
 * The landing screen: the state of the database, sync and network, then what the local
 * cache says about the business (spend, orders, top and new customers, data freshness).
 * Before the first sync every card says so; nothing is invented. Figures are read again
 * when a sync finishes.
 */
export function DashboardScreen() {
  const t = useT();
  const summary = useDashboardStore((s) => s.summary);
  const error = useDashboardStore((s) => s.error);
  const load = useDashboardStore((s) => s.load);
  const sync = useSyncStore((s) => s.status);

  useEffect(() => {
    useSyncStore.getState().init();
    useDashboardStore.getState().init();
  }, []);

  const state = summary ? dataState(summary, sync) : null;
  return (
    <>
      <PageHeader title={t('section.dashboard.title')} description={t('dashboard.intro')} />
      <DashboardStatusCards />
      {error && (
        <Alert
          className="dashboard-alert"
          type="error"
          showIcon
          title={t('dashboard.loadError', { message: error })}
          action={
            <Button size="small" onClick={() => void load()}>
              {t('dashboard.retry')}
            </Button>
          }
        />
      )}
      {(state === 'beforeSync' || state === 'syncing') && (
        <Alert
          className="dashboard-alert"
          type="info"
          showIcon
          title={t('dashboard.firstSync.title')}
          description={state === 'syncing' ? t('dashboard.firstSync.syncing') : t('dashboard.firstSync.body')}
          action={state === 'beforeSync' ? <SyncLink /> : undefined}
        />
      )}
      <Row gutter={[16, 16]} className="dashboard-row">
        <Col xs={24} xl={16}>
          <SpendCard summary={summary} state={state} />
        </Col>
        <Col xs={24} xl={8}>
          <TopCustomersCard summary={summary} state={state} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="dashboard-row">
        <Col xs={24} lg={12} xl={8}>
          <OrdersByStatusCard summary={summary} state={state} />
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <NewCustomersCard summary={summary} state={state} />
        </Col>
        <Col xs={24} xl={8}>
          <FreshnessCard state={state} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="dashboard-row">
        <Col xs={24} xl={12}>
          <ExpiringCard />
        </Col>
      </Row>
      <Card className="dashboard-sections" title={<h2 className="card-heading">{t('dashboard.sections')}</h2>}>
        <SectionLinks />
      </Card>
    </>
  );
}
