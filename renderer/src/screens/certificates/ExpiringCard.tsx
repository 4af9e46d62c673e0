import { useEffect } from 'react';
import { Button, Card, Empty, List, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { useCertificatesStore } from '../../stores/certificates';
import { useCertificatesListStore } from '../../stores/certificates-list';
import { CertificateStatusTag, daysLeftText, kindText } from './certificate-columns';

/**
 * The dashboard's "expiring soon" card: how many certificates expire within 7, 30 and 90
 * days and how many have expired, the soonest few, and a way to the filtered list. Local
 * data, so it never waits for a sync.
 */
export function ExpiringCard() {
  const t = useT();
  const navigate = useNavigate();
  const summary = useCertificatesStore((s) => s.expiring);
  useEffect(() => {
    const s = useCertificatesStore.getState();
    s.init();
    void s.loadExpiring();
  }, []);
  const show = (days: number) => {
    useCertificatesListStore.getState().setFilter({ expiringWithin: days, status: undefined });
    void navigate('/certificates');
  };
  return (
    <Card
      className="dashboard-card cert-expiring-card"
      role="region"
      aria-labelledby="cert-expiring-heading"
      title={
        <h2 className="card-heading" id="cert-expiring-heading">
          {t('certificates.dashboard.title')}
        </h2>
      }
      extra={
        <Button type="link" onClick={() => void navigate('/certificates')}>
          {t('certificates.dashboard.open')}
        </Button>
      }
      loading={summary === null}
    >
      {summary && (
        <>
          <div className="cert-expiring-figures">
            {([7, 30, 90] as const).map((d) => (
              <button key={d} type="button" className="cert-expiring-figure" onClick={() => show(d)}>
                <Statistic title={t('certificates.dashboard.within', { days: d })} value={summary[`within${d}`]} />
              </button>
            ))}
            <Statistic title={t('certificates.dashboard.expired')} value={summary.expired} />
          </div>
          {summary.soonest.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certificates.dashboard.none')} />
          ) : (
            <List
              size="small"
              aria-label={t('certificates.dashboard.title')}
              dataSource={summary.soonest}
              renderItem={(c) => (
                <List.Item
                  extra={<CertificateStatusTag status={c.status} t={t} />}
                  onClick={() => void navigate(`/certificates?open=${encodeURIComponent(c.id)}`)}
                  className="cert-expiring-item"
                >
                  <List.Item.Meta
                    title={`${c.name} · ${kindText(t, c)}`}
                    description={`${c.number} · ${c.expiryDate} · ${daysLeftText(t, c)}`}
                  />
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Card>
  );
}
