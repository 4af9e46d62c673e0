import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Skeleton, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { ASSOCIATION_TYPE, codeLabel } from '../../../../../shared/codes/bss';
import { useLanguage, useT } from '../../../i18n/useT';
import { PageHeader } from '../../../shell/PageHeader';
import { FeeTotalsCard } from './FeeTotalsCard';
import { OrdersCard } from './OrdersCard';
import { FrozenTag, ProfileCard, VerifiedTag } from './ProfileCard';
import { RelatedCard } from './RelatedCard';
import { SpendChartCard } from './SpendChartCard';
import { useCustomerDetail } from './useCustomerDetail';
import './customer-page.css';

function BackLink() {
  const t = useT();
  return (
    <Link to="/customers" className="customer-back">
      <ArrowLeftOutlined aria-hidden /> {t('customer.back')}
    </Link>
  );
}

/** One customer: profile, orders and refunds, monthly spend, fee totals; all from the local cache. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const t = useT();
  const language = useLanguage();
  const { state, reload } = useCustomerDetail(customerId);
  const navigate = useNavigate();

  if (state.kind === 'loading')
    return (
      <div aria-busy="true">
        <BackLink />
        <PageHeader title={t('customer.title')} description={t('customer.loading')} />
        <Card className="customer-card">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </div>
    );

  if (state.kind === 'notFound' || state.kind === 'error') {
    const notFound = state.kind === 'notFound';
    return (
      <>
        <BackLink />
        <PageHeader title={notFound ? t('customer.notFound.title') : t('customer.error.title')} />
        <Card className="customer-message">
          <Result
            status={notFound ? 'warning' : 'error'}
            title={<span role="alert">{state.message}</span>}
            subTitle={notFound ? t('customer.notFound.hint') : undefined}
            extra={
              notFound ? (
                <Button type="primary" onClick={() => void navigate('/customers')}>
                  {t('customer.back')}
                </Button>
              ) : (
                <Button type="primary" onClick={reload}>
                  {t('customer.retry')}
                </Button>
              )
            }
          />
        </Card>
      </>
    );
  }

  const { detail } = state;
  const { customer } = detail;
  const name = customer.name ?? customer.accountName;
  return (
    <>
      <BackLink />
      <PageHeader
        title={name}
        description={`${customer.accountName} · ${customer.customerId}`}
        extra={
          <Flex gap={4} wrap className="customer-tags">
            {customer.associationType && (
              <Tag color="blue">{codeLabel(ASSOCIATION_TYPE, customer.associationType, language)}</Tag>
            )}
            {customer.level && <Tag>{customer.level}</Tag>}
            <VerifiedTag status={customer.verifiedStatus} />
            <FrozenTag frozen={customer.isFrozen} />
          </Flex>
        }
      />
      <Row gutter={[16, 16]} className="customer-row">
        <Col xs={24} xl={15}>
          <ProfileCard customer={customer} />
        </Col>
        <Col xs={24} xl={9}>
          <OrdersCard detail={detail} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="customer-row">
        <Col xs={24} xl={15}>
          <SpendChartCard name={name} spend={detail.spend} />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16} className="customer-side">
            <FeeTotalsCard totals={detail.feeTotals} />
            <RelatedCard customerId={customer.customerId} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
