import { useEffect, useState } from 'react';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { CustomerQrCode as CustomerQrCodeSchema } from '../../../../shared/qrcodes/schema';
import { invoke } from '../../ipc/client';
import { useT } from '../../i18n/useT';

type Brought = z.infer<typeof CustomerQrCodeSchema>;

/**
 * On the customer page: the expansion code that brought the customer (their label is its
 * tag), with a link to it, or that none of this device's codes did.
 */
export function CustomerQrCode({ customerId }: { customerId: string }) {
  const t = useT();
  const [state, setState] = useState<{ id: string; code: Brought } | { id: string; error: string } | null>(null);

  useEffect(() => {
    let live = true;
    invoke('qrcodes.forCustomer', { customerId }).then(
      (code) => live && setState({ id: customerId, code }),
      (err: Error) => live && setState({ id: customerId, error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [customerId]);

  if (!state || state.id !== customerId) return <Typography.Text type="secondary">…</Typography.Text>;
  if ('error' in state) return <Typography.Text type="danger">{state.error}</Typography.Text>;
  const { code } = state;
  if (!code)
    return (
      <Typography.Text type="secondary" className="related-pending">
        {t('qrcodes.customer.none')}
      </Typography.Text>
    );
  return (
    <span className="customer-qrcode">
      <Typography.Text>
        {t('qrcodes.customer.broughtBy', { name: code.name, tag: code.tag })}
        {code.campaign && <> · {code.campaign}</>}
      </Typography.Text>{' '}
      {code.archived && <Tag>{t('qrcodes.status.archived')}</Tag>}
      <Link to={`/qrcodes?code=${encodeURIComponent(code.id)}`}>{t('qrcodes.customer.open')}</Link>
    </span>
  );
}
