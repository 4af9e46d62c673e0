import { useEffect } from 'react';
import { Col, Row, Skeleton } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ListEmpty, ListErrorResult, OfflineBanner } from '../../components/list/ListStates';
import { useT } from '../../i18n/useT';
import { PageHeader } from '../../shell/PageHeader';
import { useBillsStore } from '../../stores/bills';
import { BillCustomersTable } from './BillCustomersTable';
import { CycleChartCard } from './CycleChartCard';
import { CyclePicker } from './CyclePicker';
import { CycleSummaryCard } from './CycleSummaryCard';
import { RecordsDrawer } from './RecordsDrawer';
import '../../components/list/list.css';
import '../customers/customer-page/customer-page.css';
import './bills.css';

const billsHref = (cycle: string) => `/bills?cycle=${encodeURIComponent(cycle)}`;

/**
 * Bills (#/bills?cycle=YYYY-MM): one bill cycle at a time — its totals with the consistency
 * check, the last 18 cycles in a chart, and its customers with their sums, each opening
 * their fee records in a drawer (&customer=…). Everything is read from the local cache.
 * Without `cycle` the newest cycle with fee records is shown.
 */
export function BillsScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const view = useBillsStore((s) => s.view);
  const error = useBillsStore((s) => s.error);
  const cycle = useBillsStore((s) => s.cycle);
  const refresh = useBillsStore((s) => s.refresh);

  useEffect(() => useBillsStore.getState().init(), []);

  const asked = params.get('cycle');
  const customerId = params.get('customer');
  const known = view?.cycles.some((c) => c.cycle === asked) ? asked : null;
  const wanted = known ?? view?.latestWithData ?? view?.cycles[0]?.cycle ?? null;
  useEffect(() => {
    if (wanted) useBillsStore.getState().selectCycle(wanted);
  }, [wanted]);

  const summary = view?.cycles.find((c) => c.cycle === cycle) ?? null;
  const pick = (next: string) => void navigate(billsHref(next));

  let body;
  if (error && !view) body = <ListErrorResult message={error} onRetry={refresh} />;
  else if (!view || !summary)
    body = (
      <div aria-busy="true">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  else if (!view.latestWithData)
    body = (
      <div className="bills-before-sync">
        <ListEmpty filtered={false} noMatch="" onReset={() => {}} />
      </div>
    );
  else
    body = (
      <>
        <Row gutter={[16, 16]} className="bills-row">
          <Col xs={24} xl={10}>
            <CycleSummaryCard summary={summary} />
          </Col>
          <Col xs={24} xl={14}>
            <CycleChartCard cycles={view.cycles} selected={cycle} onSelect={pick} />
          </Col>
        </Row>
        <BillCustomersTable cycle={summary.cycle} />
        <RecordsDrawer
          cycle={summary.cycle}
          customerId={customerId}
          onClose={() => void navigate(billsHref(summary.cycle))}
        />
      </>
    );

  return (
    <div className="bills-screen">
      <PageHeader
        title={t('section.bills.title')}
        description={t('section.bills.description')}
        extra={view ? <CyclePicker cycles={view.cycles} value={cycle} onChange={pick} /> : null}
      />
      <OfflineBanner />
      {body}
    </div>
  );
}
