import { useId, type ReactNode } from 'react';
import { Alert, Button, Drawer, Result, Skeleton, Typography } from 'antd';
import type { OrderDetail } from '../../../../../shared/orders/schema';
import { useLanguage, useT } from '../../../i18n/useT';
import { formatCount, formatDateTime } from '../../sync/format';
import { OrderAmounts } from './OrderAmounts';
import { OrderHeader } from './OrderHeader';
import { OrderLineItems } from './OrderLineItems';
import { useOrderDetail } from './useOrderDetail';
import './order-detail.css';

/** A titled part of the drawer, found by its heading. */
function Section({ title, extra, children }: { title: string; extra?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="order-section" aria-labelledby={id}>
      <div className="order-section-head">
        <h2 id={id} className="card-heading">
          {title}
        </h2>
        {extra && <span className="order-muted">{extra}</span>}
      </div>
      {children}
    </section>
  );
}

function DetailBody({ detail }: { detail: OrderDetail }) {
  const t = useT();
  const language = useLanguage();
  const order = detail.order!;
  const lineItemsTitle = t('orders.detail.lineItems');
  return (
    <>
      {detail.notice && <Alert className="order-notice" type="warning" showIcon title={detail.notice} role="alert" />}
      <Section title={t('orders.detail.header')}>
        <OrderHeader order={order} />
      </Section>
      <Section title={t('orders.detail.amounts')}>
        <OrderAmounts order={order} />
      </Section>
      <Section
        title={lineItemsTitle}
        extra={
          detail.source === 'list'
            ? undefined
            : t('orders.detail.lineItems.count', { count: formatCount(detail.totalLineItems, language) })
        }
      >
        {detail.source === 'list' ? (
          <p className="order-muted">{t('orders.detail.lineItems.unknown')}</p>
        ) : detail.lineItems.length ? (
          <OrderLineItems items={detail.lineItems} label={lineItemsTitle} />
        ) : (
          <p className="order-muted">{t('orders.detail.lineItems.empty')}</p>
        )}
      </Section>
      {detail.fetchedAt && (
        <Typography.Text type="secondary" className="order-fetched">
          {t('orders.detail.fetchedAt', { time: formatDateTime(detail.fetchedAt, language) })}
        </Typography.Text>
      )}
    </>
  );
}

/**
 * One order over the list (#/orders/:orderId): header fields, amounts with the breakdown,
 * line items. Details come from the partner API when online; offline the cached copy (or
 * only the list's fields) with a plain notice saying which.
 */
export function OrderDrawer({ orderId, onClose }: { orderId: string | undefined; onClose(): void }) {
  const t = useT();
  const { state, reload } = useOrderDetail(orderId);
  let body: ReactNode;
  if (state.kind === 'loading')
    body = (
      <div aria-busy="true" aria-label={t('orders.detail.loading')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  else if (state.kind === 'ready' && state.detail.order) body = <DetailBody detail={state.detail} />;
  else
    body = (
      <Result
        status={state.kind === 'error' ? 'error' : 'warning'}
        title={state.kind === 'error' ? t('orders.detail.error') : undefined}
        subTitle={<span role="alert">{state.kind === 'ready' ? '' : state.message}</span>}
        extra={
          state.kind === 'error' ? (
            <Button type="primary" onClick={reload}>
              {t('orders.detail.retry')}
            </Button>
          ) : undefined
        }
      />
    );
  return (
    <Drawer
      open={Boolean(orderId)}
      onClose={onClose}
      size={720}
      title={
        <span className="order-drawer-title">
          {t('orders.detail.title')}
          {orderId && <span className="list-mono order-drawer-id">{orderId}</span>}
        </span>
      }
      closable={{ 'aria-label': t('orders.detail.close') }}
      destroyOnHidden
      className="order-drawer"
    >
      {orderId && body}
    </Drawer>
  );
}
